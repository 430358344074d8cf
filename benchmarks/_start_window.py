"""Child process for bench_startup.py: starts either the real app or a bare PySide6 window, and prints
(as JSON) when the main window was first shown, when its data was on screen, and the peak memory.

    python _start_window.py app DATA_DIR
    python _start_window.py bare
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

T0 = float(os.environ["BENCH_T0"])  # time.time() taken by the parent just before it started this process

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

figures: dict[str, float] = {}


class ShownWatcher(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow) and "shown_s" not in figures:
            figures["shown_s"] = time.time() - T0
            if mode == "bare":
                QTimer.singleShot(0, finish)
        return False


def peak_rss_mb() -> float:
    """VmHWM of this process. (getrusage's ru_maxrss is not used: Linux carries the parent's peak across
    fork and exec, so a child started by a big parent reports the parent's figure.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def finish() -> None:
    figures["max_rss_mb"] = peak_rss_mb()
    print(json.dumps(figures))
    sys.stdout.flush()
    QApplication.instance().quit()


mode = sys.argv[1]
app = QApplication(["bench"])
watcher = ShownWatcher()
app.installEventFilter(watcher)

if mode == "bare":
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
else:
    from coordinator_app.ui import app as app_module
    from coordinator_app.ui.main_window import MainWindow

    original_attach = MainWindow.attach_database

    def attach_and_measure(self, db):  # type: ignore[no-untyped-def]
        original_attach(self, db)
        figures["data_shown_s"] = time.time() - T0
        panel = self.station_panel
        # scroll through the people roster as a user would, to measure memory with pages loaded
        people = getattr(panel, "people_view", None)
        if people is not None:
            panel.tabs.setCurrentWidget(people)
            model = people.table.model() if hasattr(people, "table") else None
            while model is not None and model.canFetchMore() and model.rowCount() < 5000:
                model.fetchMore()
        QTimer.singleShot(0, finish)

    MainWindow.attach_database = attach_and_measure  # type: ignore[method-assign]
    sys.exit(app_module.run(["coordinator-app", "--data-dir", sys.argv[2]]))
