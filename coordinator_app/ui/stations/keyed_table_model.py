"""``widgets.row_table_model.RowTableModel`` sorted by a key per column — dates by date, counts by number,
streets in the district's order — and kept in that order when the rows are refreshed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ..widgets.lazy_table_model import Row
from ..widgets.name_column import give_name_column_the_room
from ..widgets.row_table_model import RowTableModel


@dataclass(frozen=True)
class ListColumn(Generic[Row]):
    """A column: its (translated) header, its text, and the value it sorts by (its text when None)."""

    header: str
    text: Callable[[Row], str]
    key: Callable[[Row], Any] | None = None


class KeyedRowTableModel(RowTableModel[Row]):
    def __init__(self, columns: Sequence[ListColumn[Row]], id_of: Callable[[Row], Any], parent: Any = None) -> None:
        super().__init__(columns, (), id_of, parent)  # type: ignore[arg-type] - same header/text protocol
        self._keyed_columns = list(columns)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 (no sort indicator) keeps the service's order."""
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
        if self._sort is None or not (0 <= self._sort[0] < len(self._keyed_columns)):
            return
        column = self._keyed_columns[self._sort[0]]
        self._rows.sort(key=column.key or column.text, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)


def list_table(model: KeyedRowTableModel[Any], widths: tuple[int, ...],
               sort: tuple[int, Qt.SortOrder] | None = None, name_column: int = 0) -> QTableView:
    """A read-only table of whole rows over ``model``, sortable by clicking a header; ``sort`` is the
    initial order (None: the service's order); ``name_column`` takes the width the others leave."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    give_name_column_the_room(table, name_column)
    header.setSortIndicator(*(sort or (-1, Qt.SortOrder.AscendingOrder)))
    table.setSortingEnabled(True)
    return table
