"""Long work off the GUI thread, with a progress dialog that can be cancelled.

    task = run_in_background(parent, title, fn, on_success=...)

``fn(progress, cancelled)`` runs in a worker thread; it calls ``progress(done, total, message)`` and polls
``cancelled()`` (the core raises ``Cancelled`` and rolls back). Domain errors become a message, anything
else an apology with the log file's path."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coordinator_app.core.errors import CoordinatorError

from .errors import report_unexpected
from .operations import show_error

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # noqa: D401 - Qt override
        try:
            result = self._work(lambda d, t, m="": self.progressed.emit(d, t, m), self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - passed to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """Owns the worker and the progress dialog; ``finished`` fires once, after success or failure."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget | None, title: str, work: Work,
                 on_success: Callable[[Any], None] | None = None, error_title: str | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._error_title = error_title
        self._on_success = on_success
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(200)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = _Worker(work, self)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.dialog.canceled.connect(self.worker.cancel)

    def start(self) -> BackgroundTask:
        # QProgressDialog times its minimum duration from the first setValue: without this, work that reports no
        # progress for a while (undo reading its batch) would run with no dialog at all
        self.dialog.setValue(0)
        self.worker.start()
        return self

    def cancel(self) -> None:
        self.worker.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self.worker.wait()
        self.dialog.reset()
        self.dialog.close()

    def _succeeded(self, result: Any) -> None:
        self._close()
        self.result = result
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self.error = exc
        from coordinator_app.core.errors import Cancelled

        if isinstance(exc, Cancelled):
            pass  # the user asked for it; nothing was written
        elif isinstance(exc, CoordinatorError):
            show_error(self._parent, exc, self._error_title)
        else:
            report_unexpected(exc, self._parent)
        self.finished.emit(False)


def run_in_background(parent: QWidget | None, title: str, work: Work,
                      on_success: Callable[[Any], None] | None = None, error_title: str | None = None) -> BackgroundTask:
    return BackgroundTask(parent, title, work, on_success, error_title).start()
