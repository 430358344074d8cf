"""What every filtered directory list does alike: reload with the current filter keeping the selection,
refresh when data changes (or, when hidden, the next time it is shown), find or select a row by id, and
tell an export which rows "the current list" holds.

A view mixes it in before QWidget and provides ``self.model`` (a LazyTableModel), ``self.table``,
``_current_filter()`` and ``relevant_changes`` (see RefreshWhenShown); ``self.location`` (a
StreetCommunityFilter) if it filters by street, and ``ids_query`` if it can be exported."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from .refresh_when_shown import RefreshWhenShown


class FilteredListMixin(RefreshWhenShown):
    #: the directory's ids-only query, ``(db, filter) -> ids`` of the rows the list shows for that filter
    #: (a service function; wrap it in ``staticmethod``)
    ids_query: Callable[[Any, Any], list[str]] | None = None

    db: Any
    model: Any
    table: Any
    location: Any = None

    def _current_filter(self) -> Any:
        raise NotImplementedError

    def _connect_list(self, open_selected: Callable[[], object],
                      selection_changed: Callable[[], object] | None = None, *, load_when_shown: bool = False) -> None:
        """Wire the list once its widgets are built: a double click opens the row, a new selection updates the
        buttons (or calls ``selection_changed``), the count follows the model, and data changes refresh the
        list (``load_when_shown``: once more when first shown); then show the count and the buttons as they
        are now."""
        on_selection = selection_changed or self._update_buttons  # type: ignore[attr-defined]
        self.table.doubleClicked.connect(lambda _index: open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: on_selection())
        self.model.modelReset.connect(self._update_count)  # type: ignore[attr-defined]
        self.watch_changes(load_when_shown=load_when_shown)
        self._update_count()  # type: ignore[attr-defined]
        on_selection()

    def _after_reload(self) -> None:
        """Called after every reload: update the buttons that need a selection."""
        self._update_buttons()  # type: ignore[attr-defined]

    def filtered_ids_query(self) -> Callable[[], list[str]] | None:
        """The rows of the list as filtered now, for export: a function returning their ids (it runs the
        directory's ids-only query, so call it in the export's background task, not on the GUI thread), or
        None when no filter is set (the list is the whole directory)."""
        f = self._current_filter()
        if f == type(f)(today=f.today):
            return None
        db, query = self.db, self.ids_query
        assert query is not None, "an exported list names its ids_query"
        return lambda: query(db, f)

    def apply_filter(self) -> None:
        self._reload(self._current_filter())

    def _reload(self, filter_: Any = None) -> None:
        selected = self.selected_id()
        if filter_ is None:
            self.model.reload()
        else:
            self.model.set_filter(filter_)
        if selected:
            self.select_row_id(selected)
        self._after_reload()

    def refresh(self) -> None:
        self._reload()

    def _note_change(self, record_type: str) -> None:
        if self.location is not None and record_type in ("street", "community", ""):
            self.location.reload_streets()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_row_id(self, record_id: str) -> bool:
        """Select the row of ``record_id`` among the rows fetched so far; False if it is not there."""
        row = self.model.row_of_id(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def row_texts(self, column: int = 0) -> list[str]:
        """What the list shows in ``column`` (rows fetched so far)."""
        return [self.model.data(self.model.index(r, column)) for r in range(self.model.rowCount(QModelIndex()))]
