"""Long work runs off the GUI thread behind a progress dialog that can cancel: the dialog appears once the work
has taken a moment, even when the work reports no progress, and closes when it ends."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton, QWidget

from coordinator_app.core.errors import Cancelled
from coordinator_app.ui.tasks import run_in_background


def test_the_dialog_shows_for_work_that_reports_nothing_and_closes_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    results: list[str] = []

    def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
        release.wait(10)
        return "完成"

    task = run_in_background(parent, "正在撤销…", work, results.append)
    try:
        qtbot.waitUntil(task.dialog.isVisible, timeout=2000)  # shown after its minimum duration, with no setValue
    finally:
        with qtbot.waitSignal(task.finished):
            release.set()
    assert results == ["完成"] and not task.dialog.isVisible()


def test_cancel_reaches_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def work(_progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("已取消")

    task = run_in_background(parent, "正在导入…", work)
    qtbot.waitUntil(task.dialog.isVisible, timeout=2000)
    cancel = next(b for b in task.dialog.findChildren(QPushButton) if b.text() in ("取消", "Cancel"))
    with qtbot.waitSignal(task.finished) as finished:
        cancel.click()
    assert finished.args == [False] and isinstance(task.error, Cancelled)
