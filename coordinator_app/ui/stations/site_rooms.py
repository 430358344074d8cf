"""A site's function rooms (党群服务功能室): the list, a line to add one, and delete (to the recycle bin).
Each change is saved at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import sites

from .. import operations
from ..widgets.form_errors import clear_when_edited, write_form
from ..widgets.lazy_table_model import Column
from ..widgets.row_table_model import RowTableModel


class SiteRoomsEditor(QWidget):
    def __init__(self, db: Database, site_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.model: RowTableModel[sites.RoomRow] = RowTableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Capacity"), lambda r: "" if r.capacity is None else str(r.capacity)),
            Column(self.tr("Purpose"), lambda r: r.purpose),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("roomsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 90)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("roomName")
        self.name_edit.setPlaceholderText(self.tr("Room name, e.g. reading room"))
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setObjectName("roomCapacity")
        self.capacity_edit.setPlaceholderText(self.tr("Capacity"))
        self.capacity_edit.setMaximumWidth(90)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("roomPurpose")
        self.purpose_edit.setPlaceholderText(self.tr("Purpose"))
        self.add_button = QPushButton(self.tr("Add room"))
        self.add_button.setObjectName("addRoom")
        self.delete_button = QPushButton(self.tr("Delete room"))
        self.delete_button.setObjectName("deleteRoom")
        self.fields = {"name": self.name_edit, "capacity": self.capacity_edit, "purpose": self.purpose_edit}
        for widget in self.fields.values():
            clear_when_edited(widget)

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(self.capacity_edit)
        add_row.addWidget(self.purpose_edit, 2)
        add_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add_room)
        self.name_edit.returnPressed.connect(self.add_room)
        self.delete_button.clicked.connect(self.delete_room)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        operations.hub().changed.connect(self._data_changed)
        self.set_site(site_id)

    def set_site(self, site_id: str | None) -> None:
        self.site_id = site_id
        for widget in (self.table, self.name_edit, self.capacity_edit, self.purpose_edit, self.add_button):
            widget.setEnabled(site_id is not None)
        self.note.setText(self.tr("Rooms are saved as soon as they are added or deleted.") if site_id else
                          self.tr("Save the site first; then its function rooms can be added here."))
        self.reload()

    def reload(self) -> None:
        rows = operations.read(self, sites.list_rooms, self.db, self.site_id, default=[]) if self.site_id else []
        self.model.set_rows(rows)
        self._update_buttons()

    def _data_changed(self, record_type: str) -> None:
        if record_type in ("", "room", "site"):
            self.reload()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_room(self) -> None:
        if not self.site_id:
            return
        room_id = write_form(self, "room", self.fields, sites.create_room, self.db, self.site_id,
                             self.name_edit.text(), self.capacity_edit.text().strip() or None, self.purpose_edit.text())
        if room_id:
            for edit in (self.name_edit, self.capacity_edit, self.purpose_edit):
                edit.clear()
            self.name_edit.setFocus()

    def delete_room(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        room = self.model.row_at(rows[0].row())
        answer = QMessageBox.question(self, self.tr("Delete room"),
                                      self.tr("Move the room “%1” to the recycle bin?").replace("%1", room.name))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, "room", sites.delete_room, self.db, room.id)
