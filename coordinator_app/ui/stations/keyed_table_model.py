"""A table model over a short list of rows already in memory (a report, a site's reception log), sorted
in Python. Big tables use ``widgets.lazy_table_model`` instead."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..widgets.lazy_table_model import ID_ROLE, ROW_ROLE

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListColumn(Generic[Row]):
    """A column: its (translated) header, its text, and the value it sorts by (its text when None)."""

    header: str
    text: Callable[[Row], str]
    key: Callable[[Row], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[ListColumn[Row]], id_of: Callable[[Row], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, record_id: str) -> int:
        for i, r in enumerate(self._rows):
            if self._id_of(r) == record_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self._id_of(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [id(self._rows[i.row()]) for i in before]
        self._sort = (column, order)
        self._apply_sort()
        where = {id(r): n for n, r in enumerate(self._rows)}
        after = [self.index(where[k], i.column()) for k, i in zip(kept, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None or not (0 <= self._sort[0] < len(self._columns)):
            return
        column = self._columns[self._sort[0]]
        key = column.key or column.text
        self._rows.sort(key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
