"""The import dialog: the file's columns with what each maps to (correctable, remembered), every row with
its verdict before anything is written, the import in the background with a cancellable progress dialog,
then a summary; the rejected rows can be saved as an .xlsx with a reason column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.errors import Cancelled, CoordinatorError
from coordinator_app.exchange import mappings
from coordinator_app.exchange.exporter import write_rejected
from coordinator_app.exchange.importer import (
    NEW,
    REJECTED,
    SAME,
    SKIPPED,
    UPDATE,
    Plan,
    apply_plan,
    find_header,
    guess_mapping,
    plan_import,
)
from coordinator_app.exchange.kinds import kind as kind_of
from coordinator_app.exchange.reading import Sheet, read_sheet
from coordinator_app.exchange.values import text_of
from coordinator_app.ui import operations
from coordinator_app.ui.tasks import run_in_background

# a file larger than this (bytes) is read and checked in the background (about 5,000 rows)
READ_IN_BACKGROUND = 256 * 1024
#: rows shown in the preview (the counts cover them all)
PREVIEW_ROWS = 2000
COLOURS = {REJECTED: QColor("#c62828"), SKIPPED: QColor("#808080"), NEW: QColor("#1b5e20"), UPDATE: QColor("#0d47a1")}


class ImportDialog(QDialog):
    def __init__(self, db: Database, kind_code: str, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind_of(kind_code)
        self.path = Path(path)
        self.sheet: Sheet | None = None
        self.plan: Plan | None = None
        self.headers: list[str] = []
        self.header_index = 0
        self.imported = False
        self.preview_summary = ""
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(1100, 700)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.preview_button = QPushButton(self.tr("Check again with this mapping"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Reason")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for table in (self.mapping_table, self.preview):
            table.verticalHeader().setVisible(False)  # the file's own row numbers are shown instead
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.rejected_button = QPushButton(self.tr("Save rejected rows…"))
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Columns (correct what was not recognised; it is remembered):")))
        left.addWidget(self.mapping_table, 1)
        left.addWidget(self.preview_button)
        right = QVBoxLayout()
        right.addWidget(self.summary_label)
        right.addWidget(self.preview, 1)
        top.addLayout(left, 2)
        top.addLayout(right, 5)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.rejected_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

        self.preview_button.clicked.connect(self.check_again)
        self.import_button.clicked.connect(self.start_import)
        self.rejected_button.clicked.connect(self.save_rejected)
        self.close_button.clicked.connect(self.close)
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self._load()

    # --- reading and judging --------------------------------------------------------------------------
    def _data_dir(self) -> Path | None:
        return self.db.config.data_dir if self.db.config is not None else None

    def _load(self) -> None:
        """Read and check the file: at once when it is small, else in the background (10,000 rows take a second
        or two) with a progress dialog, the window staying responsive."""
        data_dir = self._data_dir()
        remembered = mappings.load(data_dir, self.kind.code) if data_dir else {}

        def read_and_plan() -> tuple[Sheet | None, Plan | CoordinatorError]:
            try:
                sheet = read_sheet(self.path)
            except CoordinatorError as exc:
                return None, exc
            try:
                return sheet, plan_import(self.db, self.kind.code, self.path, remembered=remembered, sheet=sheet)
            except CoordinatorError as exc:
                return sheet, exc

        try:
            large = self.path.stat().st_size > READ_IN_BACKGROUND
        except OSError:
            large = False  # read_sheet says what is wrong
        if not large:
            self._loaded(*read_and_plan(), remembered)
            return
        self.summary_label.setText(self.tr("Reading the workbook…"))
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)

        def work(_progress: Any, cancelled: Any) -> tuple[Sheet | None, Plan | CoordinatorError]:
            found = read_and_plan()
            if cancelled():
                raise Cancelled(f"已取消读取“{self.path.name}”。")
            return found

        self.task = run_in_background(self, self.tr("Reading the workbook…"), work,
                                      lambda found: self._loaded(*found, remembered))
        self.task.finished.connect(self._read_failed)

    def _read_failed(self, ok: bool) -> None:
        if not ok and isinstance(self.task.error, CoordinatorError):
            self._show_failure(self.task.error)

    def _loaded(self, sheet: Sheet | None, planned: Plan | CoordinatorError, remembered: dict[str, str]) -> None:
        self.sheet = sheet
        if sheet is None:
            assert isinstance(planned, CoordinatorError)
            self._show_failure(planned)
            return
        if isinstance(planned, Plan):
            self.plan = planned
        else:
            # a required column not recognised: offer the header's columns to map by hand (the first row's, when
            # no row looks like a header)
            self._show_failure(planned)
            if sheet.rows:
                try:
                    self.header_index = find_header(self.kind, sheet, remembered)
                except CoordinatorError:
                    self.header_index = 0
                self.headers = [text_of(v) for v in sheet.rows[self.header_index]]
                self._fill_mapping(guess_mapping(self.kind, self.headers, remembered))
            return
        self.header_index = sheet.numbers.index(self.plan.header_row)
        self.headers = self.plan.headers
        self._fill_mapping(self.plan.mapping)
        self._fill_preview()

    def _show_failure(self, exc: CoordinatorError) -> None:
        self.summary_label.setText(exc.message)
        self.preview.setRowCount(0)
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)

    def _fill_mapping(self, mapping: dict[int, str | None]) -> None:
        self.mapping_table.setRowCount(len(self.headers))
        shown = [_one_line(header) or self.tr("(no name)") for header in self.headers]
        for index, text in enumerate(shown):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.mapping_table.setItem(index, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for column in self.kind.columns:
                combo.addItem(column.header + ("*" if column.required else ""), column.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            # every choice is checked at once: 导入 always imports what the preview shows
            combo.currentIndexChanged.connect(lambda _index: self.check_again())
            self.mapping_table.setCellWidget(index, 1, combo)
        # the file's names as wide as they need up to a limit (the full name in the tooltip); the fields take the rest
        metrics = self.mapping_table.fontMetrics()
        self.mapping_table.setColumnWidth(0, min(150, max([80, *(metrics.horizontalAdvance(t) + 12 for t in shown)])))

    def current_mapping(self) -> dict[int, str | None]:
        mapping: dict[int, str | None] = {}
        for index in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(index, 1)
            mapping[index] = combo.currentData() if isinstance(combo, QComboBox) else None
        return mapping

    def set_mapping(self, header: str, field_key: str | None) -> None:
        """Choose what the column named ``header`` is imported as (tests and keyboard users)."""
        for index in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(index, 0).text() == _one_line(header):
                combo = self.mapping_table.cellWidget(index, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(field_key))

    def check_again(self) -> None:
        if self.sheet is None or not self.headers:
            return
        mapping = self.current_mapping()
        try:
            self.plan = plan_import(self.db, self.kind.code, self.path, mapping=mapping, sheet=self.sheet,
                                    header_index=self.header_index)
        except CoordinatorError as exc:
            self._show_failure(exc)
            return
        data_dir = self._data_dir()
        if data_dir:
            mappings.remember(data_dir, self.kind.code, self.headers, mapping)
        self._fill_preview()

    def _fill_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        labels = {NEW: self.tr("New"), UPDATE: self.tr("Update"), SAME: self.tr("Unchanged"),
                  REJECTED: self.tr("Not imported"), SKIPPED: self.tr("Skipped")}
        rows = [r for r in plan.rows if r.reason != "空行"][:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for index, row in enumerate(rows):
            items = [QTableWidgetItem(str(row.number)), QTableWidgetItem(labels[row.verdict]),
                     QTableWidgetItem(row.reason or self._describe(row.raw))]
            for column, item in enumerate(items):
                if row.verdict in COLOURS:
                    item.setForeground(COLOURS[row.verdict])
                self.preview.setItem(index, column, item)
        self.preview.resizeColumnToContents(0)
        self.preview.setColumnWidth(1, 90)
        text = (self.tr("%1 new, %2 to update, %3 unchanged, %4 not imported, %5 skipped (合计, notes).")
                .replace("%1", str(plan.count(NEW))).replace("%2", str(plan.count(UPDATE)))
                .replace("%3", str(plan.count(SAME))).replace("%4", str(plan.count(REJECTED)))
                .replace("%5", str(plan.count(SKIPPED) - sum(1 for r in plan.rows if r.reason == "空行"))))
        for note in plan.notes:
            text += "\n" + note
        self.preview_summary = text
        self.summary_label.setText(text)
        self.import_button.setEnabled(not self.imported and plan.count(NEW) + plan.count(UPDATE) > 0)
        self.rejected_button.setEnabled(bool(plan.rejected))

    @staticmethod
    def _describe(raw: tuple[Any, ...]) -> str:
        return " | ".join(str(v) for v in raw if v not in (None, ""))[:120]

    # --- importing ------------------------------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.import_button.setEnabled(False)

        def work(progress: Any, cancelled: Any) -> dict[str, int]:
            return apply_plan(self.db, plan, progress, cancelled)

        def done(counts: dict[str, int]) -> None:
            self.imported = True
            operations.hub().changed.emit(self.kind.model.__record_type__)
            self.summary_label.setText(
                self.tr("Imported: %1 new, %2 updated. %3 rows were not imported.")
                .replace("%1", str(counts.get(NEW, 0))).replace("%2", str(counts.get(UPDATE, 0)))
                .replace("%3", str(len(plan.rejected))))

        self.task = run_in_background(self, self.tr("Importing…"), work, done)
        self.task.finished.connect(self._finished)

    def _finished(self, ok: bool) -> None:
        self.import_button.setEnabled(not ok and not self.imported)
        error = self.task.error
        if isinstance(error, Cancelled):  # said above the preview, which still holds
            self.summary_label.setText(error.message + "\n" + self.preview_summary)

    def save_rejected(self, path: str | None = None) -> None:
        if self.plan is None:
            return
        if not path:
            path = ask_xlsx_path(self, self.tr("Save rejected rows"), str(self.path.with_name(self.path.stem + "-未导入.xlsx")))
        if not path:
            return
        try:
            write_rejected(self.plan, path)
        except CoordinatorError as exc:
            operations.show_error(self, exc)


def _one_line(header: str) -> str:
    """A header as one line (a cell may break 单位类别 and (必填) onto two)."""
    return " ".join(header.split())


def ask_xlsx_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """A save dialog for a workbook: a bare suggested name is put in the documents folder, and a name typed
    without .xlsx gets it (the dialog of Linux adds none)."""
    if not Path(suggested).is_absolute():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                          QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def open_import(parent: QWidget, db: Database, kind_code: str, path: str | None = None) -> ImportDialog | None:
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import from Excel"), "",
            QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;All files (*)"))
    if not path:
        return None
    dialog = ImportDialog(db, kind_code, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
