"""The recycle bin (回收站): deleted sites, rooms, people, … newest first; select and restore."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import records

from .. import labels, operations
from ..widgets.lazy_table_model import Column
from ..widgets.row_table_model import RowTableModel
from ..widgets.timestamps import format_stored_time


class RecycleBinDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(860, 460)
        types = labels.record_types()
        self.model: RowTableModel[records.DeletedRecord] = RowTableModel([
            Column(self.tr("Type"), lambda r: types.get(r.record_type, r.type_label)),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Deleted"), lambda r: format_stored_time(r.deleted_at)),
            Column(self.tr("Note"), self._note),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("recycleBinTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(2, 170)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(False)

        self.hint = QLabel(self.tr("Deleted records stay here until restored. Restoring brings a record back "
                                   "with everything it had. A co-building unit merged into another is listed here "
                                   "too: restoring it takes back the merge, and its resources, agreements and "
                                   "contacts return to it."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self.count_label = QLabel()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.restore_button.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        operations.hub().changed.connect(self._data_changed)
        self.reload()

    def _note(self, record: records.DeletedRecord) -> str:
        if not record.merged_into:
            return ""
        return self.tr("Merged into \"%1\"; restoring takes back the merge").replace("%1", record.merged_into)

    def reload(self) -> None:
        rows = operations.read(self, records.recycle_bin, self.db, default=[]) or []
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 deleted records").replace("%1", str(len(rows))))
        self._update_buttons()

    def _data_changed(self, _record_type: str) -> None:
        if self.isVisible():
            self.reload()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def select_name(self, name: str) -> bool:
        """Select the row showing ``name`` (tests, keyboard)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).name == name:
                self.table.selectRow(row)
                return True
        return False

    def restore_selected(self) -> None:
        chosen = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        for record in chosen:  # one change each: Undo takes back the last one
            operations.write(self, record.record_type, records.restore, self.db, record.record_type, record.id)
        self.reload()
