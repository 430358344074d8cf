"""A short table of a unit's parts (resources, agreements, contacts, matches) with its buttons: the rows
come from the unit's page; the buttons call back into the page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.lazy_table_model import Column
from ..widgets.name_column import give_name_column_the_room
from ..widgets.row_table_model import RowTableModel


class PartTable(QWidget):
    def __init__(self, columns: Sequence[Column[Any]], widths: Sequence[int], stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[Any] = RowTableModel(columns, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        give_name_column_the_room(self.table, stretch)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self._needs_selection: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def add_button(self, text: str, name: str, slot: Callable[[], Any], needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        if needs_selection:
            self._needs_selection.append(button)
            button.setEnabled(False)
        return button

    def on_double_click(self, slot: Callable[[], Any]) -> None:
        self.table.doubleClicked.connect(lambda _index: slot())

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(getattr(selected, "id", None))
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, record_id: Any) -> bool:
        row = self.model.row_of_id(record_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def texts(self, column: int = 0) -> list[str]:
        return [self.model.data(self.model.index(r, column)) for r in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in self._needs_selection:
            button.setEnabled(has)
