"""A table model over a short list of rows already fetched from a service (history, recycle bin, rooms):
the same ``Column`` description as ``LazyTableModel``, sorting in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .lazy_table_model import ID_ROLE, ROW_ROLE, Column, Index, Row


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], rows: Sequence[Row] = (),
                 id_of: Callable[[Row], Any] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = list(rows)
        self._id_of = id_of or (lambda r: getattr(r, "id", None))

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, record_id: Any) -> int:
        for i, r in enumerate(self._rows):
            if self._id_of(r) == record_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
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
        """In memory, by the column's text; selections follow their rows."""
        text = self._columns[column].text
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [id(self._rows[i.row()]) for i in before]
        self._rows.sort(key=text, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[k], i.column()) for k, i in zip(kept, before, strict=True)])
        self.layoutChanged.emit()
