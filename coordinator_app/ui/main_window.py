"""The main window: a navigation bar for the panels, menus, undo, recycle bin, settings and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from coordinator_app.config import AppConfig, Settings
from coordinator_app.resources_path import resources_dir

from . import operations
from .tasks import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from coordinator_app.core.database import Database

    from .stations.panel import StationHubPanel


class MainWindow(QMainWindow):
    database_ready = Signal()
    #: an undo started from the Edit menu has finished (True: it was carried out)
    undo_done = Signal(bool)

    """Shown before the database is open (``db=None``) so that the window appears at once; the panels are
    built by ``attach_database`` when ``open_database_in_background`` has opened it."""

    def __init__(self, db: Database | None, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database = db  # type: ignore[assignment]  # set by attach_database
        self.config = config
        self.station_panel: StationHubPanel | None = None
        self._undo_task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Party-building coordinator's workbench"))
        icon = resources_dir() / "icons" / "app.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._show_panel)
        self._lazy_panels: dict[str, QWidget] = {}
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.status_label.setText(self.tr("Data folder: %1").replace("%1", str(config.data_dir)))
        self.demo_task: BackgroundTask | None = None
        self.open_task: BackgroundTask | None = None
        self._set_data_actions_enabled(False)
        if db is not None:
            self.attach_database(db)
        else:
            self.statusBar().showMessage(self.tr("Opening the database…"))

    # --- the database --------------------------------------------------------------------------------
    def open_database_in_background(self) -> BackgroundTask:
        """Open (back up, migrate) the database off the GUI thread, then build the panels."""
        config = self.config

        def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
            from coordinator_app.core.database import open_database

            return open_database(config)

        def failed(ok: bool) -> None:
            if not ok:
                self.statusBar().showMessage(self.tr("The database could not be opened."))

        self.open_task = run_in_background(self, self.tr("Opening the database…"), work, self.attach_database,
                                           error_title=self.tr("Cannot open the database"))
        self.open_task.finished.connect(failed)
        return self.open_task

    def attach_database(self, db: Database) -> None:
        from .stations.panel import StationHubPanel

        self.db = db
        self.station_panel = StationHubPanel(db, self)
        self._add_panel(self.tr("Station hubs"), self.station_panel)
        # the other panels are built when first shown (or asked for), so that start-up stays quick
        self._add_panel(self.tr("Co-building units"), QWidget())
        self._add_panel(self.tr("Councils"), QWidget())
        self.nav.setCurrentRow(0)
        operations.hub().changed.connect(self._refresh_undo)
        self._refresh_undo()
        self._set_data_actions_enabled(True)
        self.statusBar().clearMessage()
        self.database_ready.emit()

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        for action in (self.demo_action, self.undo_action, self.recycle_bin_action):
            action.setEnabled(enabled)

    #: panels built on first use: attribute name -> row in the navigation
    LAZY_PANEL_ROWS = {"units_panel": 1, "councils_panel": 2}

    def _build_lazy_panel(self, name: str) -> QWidget:
        if name == "units_panel":
            from .units.panel import UnitsPanel

            return UnitsPanel(self.db, self)
        from .councils.panel import CouncilsPanel

        return CouncilsPanel(self.db, self)

    def _lazy_panel(self, name: str) -> QWidget | None:
        if self.db is None:
            return None
        if name not in self._lazy_panels:
            row = self.LAZY_PANEL_ROWS[name]
            placeholder = self.stack.widget(row)
            widget = self._build_lazy_panel(name)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._lazy_panels[name] = widget
        return self._lazy_panels[name]

    @property
    def units_panel(self):  # type: ignore[no-untyped-def]
        return self._lazy_panel("units_panel")

    @property
    def councils_panel(self):  # type: ignore[no-untyped-def]
        return self._lazy_panel("councils_panel")

    def _show_panel(self, row: int) -> None:
        for name, panel_row in self.LAZY_PANEL_ROWS.items():
            if panel_row == row:
                self._lazy_panel(name)
        self.stack.setCurrentIndex(row)

    def _add_panel(self, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(140, 44))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.demo_action = QAction(self.tr("Load &demo data…"), self)
        self.demo_action.triggered.connect(self.load_demo_data)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.recycle_bin_action = QAction(self.tr("&Recycle bin…"), self)
        self.recycle_bin_action.triggered.connect(self.open_recycle_bin)
        edit_menu.addAction(self.recycle_bin_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self.open_about)
        help_menu.addAction(about_action)

    # --- undo ----------------------------------------------------------------------------------------
    def _refresh_undo(self, _record_type: str = "") -> None:
        from coordinator_app.core.services import records

        last = operations.read(self, records.last_change, self.db)
        self.undo_action.setEnabled(last is not None)
        self.undo_action.setText(self.tr("&Undo: %1").replace("%1", last) if last else self.tr("&Undo"))

    def undo(self) -> None:
        """Undo runs in the background: taking back an import of thousands of records takes a second or two."""
        from coordinator_app.core.services import records

        db = self.db
        if db is None or self._undo_task is not None:
            return

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return records.undo_last(db, progress=progress, cancelled=cancelled)

        def undone(action: str) -> None:
            operations.hub().changed.emit("")
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", action), 5000)

        self._undo_task = run_in_background(self, self.tr("Undo"), work, undone)
        self._undo_task.finished.connect(self._undo_finished)

    def _undo_finished(self, ok: bool) -> None:
        self._undo_task = None
        self._refresh_undo()
        self.undo_done.emit(ok)

    # --- dialogs -------------------------------------------------------------------------------------
    def open_recycle_bin(self) -> None:
        from .dialogs.recycle_bin_dialog import RecycleBinDialog

        RecycleBinDialog(self.db, self).exec()

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog  # imported when used: it loads the font tables

        dialog = SettingsDialog(Settings.load(), self)
        if dialog.exec() and self.db is not None:
            self.db.user_name = dialog.settings.user_name  # the change log records the new name at once

    def open_about(self) -> None:
        from .dialogs.about_dialog import AboutDialog

        AboutDialog(self.config, self).exec()

    # --- demo data -----------------------------------------------------------------------------------
    def offer_demo_if_empty(self) -> None:
        from coordinator_app.core.services import records

        if not operations.read(self, records.database_is_empty, self.db, default=False):
            return
        answer = QMessageBox.question(
            self, self.tr("Empty database"),
            self.tr("The database is empty. Load demo data (18 streets with their communities, sites, people "
                    "and receptions) to try the program?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo_data()

    def load_demo_data(self) -> BackgroundTask | None:
        from coordinator_app.core.demo import generate_demo
        from coordinator_app.core.services import records

        if not operations.read(self, records.database_is_empty, self.db, default=False):
            QMessageBox.information(self, self.tr("Demo data"),
                                    self.tr("Demo data can only be loaded into an empty database."))
            return None

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return generate_demo(self.db, "small", progress=progress, cancel=cancelled)

        def done(_summary: object) -> None:
            operations.hub().changed.emit("")
            self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

        self.demo_task = run_in_background(self, self.tr("Loading demo data…"), work, done)
        return self.demo_task

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.open_task is not None and self.open_task.worker.isRunning():
            self.open_task.worker.wait()
        if self.demo_task is not None and self.demo_task.worker.isRunning():
            self.demo_task.cancel()
            self.demo_task.worker.wait()
        super().closeEvent(event)


def schedule_demo_offer(window: MainWindow) -> None:
    """Offer demo data once the database is open, if it is empty."""
    window.database_ready.connect(lambda: QTimer.singleShot(0, window.offer_demo_if_empty))
