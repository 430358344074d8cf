"""导入… / 导出… / 模板… buttons for a directory list. Export writes the whole directory or the rows of the
current filtered list, phones masked unless the user ticks full values (the change log records that); the
rows of a filtered list are found by an ids-only query in the same background task that writes the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.errors import CoordinatorError
from coordinator_app.exchange.exporter import export_kind, write_template
from coordinator_app.exchange.kinds import kind as kind_of
from coordinator_app.ui import operations
from coordinator_app.ui.exchange.import_dialog import ask_xlsx_path, open_import
from coordinator_app.ui.tasks import run_in_background


class ExportOptions(QDialog):
    """What to export: the filtered list or everything; masked or full personal data."""

    def __init__(self, has_filter: bool, has_personal: bool, parent: QWidget | None = None, *,
                 names: bool = False) -> None:
        """``names``: the export masks names too (an appeal's 诉求人), not only phones."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        self.current = QRadioButton(self.tr("The rows of the current list (filters applied)"))
        self.everything = QRadioButton(self.tr("The whole directory"))
        (self.current if has_filter else self.everything).setChecked(True)
        self.current.setEnabled(has_filter)
        self.full = QCheckBox(self.tr("Full names and phone numbers (recorded in the change log)") if names
                              else self.tr("Full phone numbers (recorded in the change log)"))
        self.full.setVisible(has_personal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.current, self.everything, self.full, buttons):
            layout.addWidget(widget)


# What "the rows of the current list" are: None when no filter is set, else a function returning their ids
# (a query, run in the export's background task).
FilteredIds = Callable[[], Callable[[], list[str]] | None]


class ExchangeButtons(QWidget):
    """The three buttons, in a row, for one directory (``kind_code``: sites, people, units).
    ``filtered_ids`` tells what the list holds as filtered now (``FilteredListMixin.filtered_ids_query``)."""

    def __init__(self, db: Database, kind_code: str, filtered_ids: FilteredIds | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind_of(kind_code)
        self.filtered_ids = filtered_ids
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import rows from an Excel workbook (.xlsx)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the list as an Excel workbook (.xlsx)"))
        self.template_button = QPushButton(self.tr("Template…"))
        self.template_button.setToolTip(self.tr("Save a blank Excel template with an example row"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.import_button, self.export_button, self.template_button):
            layout.addWidget(button)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.template_button.clicked.connect(lambda: self.save_template())
        self.dialog: Any = None

    def import_file(self, path: str | None = None) -> Any:
        self.dialog = open_import(self.window(), self.db, self.kind.code, path)
        return self.dialog

    def export_file(self, path: str | None = None, *, current: bool | None = None, full: bool | None = None) -> Any:
        ids_query = self.filtered_ids() if self.filtered_ids else None
        has_personal = any(c.personal for c in self.kind.columns)
        if current is None or full is None:
            options = ExportOptions(ids_query is not None, has_personal, self, names=self.kind.masks_names)
            if options.exec() != QDialog.DialogCode.Accepted:
                return None
            current, full = options.current.isChecked(), options.full.isChecked()
        if not path:
            path = ask_xlsx_path(self, self.tr("Export to Excel"), f"{self.kind.label}名册-{date.today().isoformat()}.xlsx")
        if not path:
            return None
        chosen = ids_query if current else None
        target = path
        finding = self.tr("Finding the rows of the list…")

        def work(progress: Any, cancelled: Any) -> int:
            ids = None
            if chosen is not None:  # the filter's ids, queried here rather than on the GUI thread
                progress(0, 0, finding)
                ids = chosen()
            return export_kind(self.db, self.kind.code, target, ids=ids, full=bool(full), progress=progress,
                               cancelled=cancelled)

        def done(count: int) -> None:
            if full:
                operations.hub().changed.emit("export")
            QMessageBox.information(self, self.tr("Export to Excel"),
                                    self.tr("%1 rows saved to %2.").replace("%1", str(count)).replace("%2", target))

        self.task = run_in_background(self, self.tr("Exporting…"), work, done)
        return self.task

    def save_template(self, path: str | None = None) -> None:
        if not path:
            path = ask_xlsx_path(self, self.tr("Save template"), f"{self.kind.label}导入模板.xlsx")
        if not path:
            return
        try:
            write_template(self.kind.code, path)
        except CoordinatorError as exc:
            operations.show_error(self, exc)
