"""Rows that need attention (an overdue appeal, a council overdue for a meeting) in red, in both kinds of
table model the panel uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ..stations.keyed_table_model import KeyedRowTableModel
from ..widgets.lazy_table_model import Index, LazyTableModel

RED = QColor("#b3261e")
PALE_RED = QColor("#fdecea")


def _marked_data(model: Any, index: Index, role: int, is_marked: Callable[[Any], bool], base: Any) -> Any:
    if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and index.isValid() \
            and index.row() < model.rowCount() and is_marked(model.row_at(index.row())):
        return QBrush(RED if role == Qt.ItemDataRole.ForegroundRole else PALE_RED)
    return base(index, role)


class MarkedLazyModel(LazyTableModel):  # type: ignore[type-arg]
    def __init__(self, *args: Any, marked: Callable[[Any], bool], **kwargs: Any) -> None:
        self._marked = marked
        super().__init__(*args, **kwargs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _marked_data(self, index, role, self._marked, super().data)


class MarkedRowModel(KeyedRowTableModel):  # type: ignore[type-arg]
    def __init__(self, *args: Any, marked: Callable[[Any], bool], **kwargs: Any) -> None:
        self._marked = marked
        super().__init__(*args, **kwargs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _marked_data(self, index, role, self._marked, super().data)
