"""A table model over a service's count/page functions: rows are fetched a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``); filtering and sorting happen in SQL, in the service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

#: role that returns the row object itself
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: role that returns the row's id
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header (already translated), how to show a row, and its sort key in the service
    (None: not sortable)."""

    header: str
    text: Callable[[Row], str]
    sort_key: str | None = None


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    PAGE = 200

    def __init__(self, columns: Sequence[Column[Row]], count: Callable[[Any], int],
                 fetch: Callable[[Any, int, int, str, bool], list[Row]], filter_: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._filter = filter_
        self._rows: list[Row] = []
        self._total = 0
        self._sort = next((c.sort_key for c in self._columns if c.sort_key), "name")
        self._descending = False
        self.reload()

    # --- queries ---------------------------------------------------------------------------------
    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, filter_: Any) -> None:
        self._filter = filter_
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count(self._filter)
        self._rows = self._fetch(self._filter, 0, self.PAGE, self._sort, self._descending)
        self.endResetModel()

    def total(self) -> int:
        """Rows matching the filter (not only those fetched so far)."""
        return self._total

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, record_id: str) -> int:
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == record_id:
                return i
        return -1

    # --- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._fetch(self._filter, len(self._rows), self.PAGE, self._sort, self._descending)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
