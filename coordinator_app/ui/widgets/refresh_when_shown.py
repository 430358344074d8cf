"""Views that follow the data: on ``DataHub.changed`` of a record type the view shows, a visible view
refreshes at once and a hidden one the next time it is shown; showing it again when nothing changed loads
nothing.

A view mixes it in before QWidget, sets ``relevant_changes``, implements ``refresh()`` (load now) and calls
``watch_changes()`` once its widgets are built."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from .. import operations


class RefreshWhenShown:
    #: change-log record types whose changes the view shows ("" = any change); None: every change
    relevant_changes: frozenset[str] | None = frozenset({""})
    _stale = False

    def refresh(self) -> None:
        """Load what the view shows, now."""
        raise NotImplementedError

    def watch_changes(self, *, load_when_shown: bool = False) -> None:
        """Follow data changes from now on. ``load_when_shown``: the view has not loaded its data yet and
        does so the first time it is shown."""
        self._stale = load_when_shown
        operations.hub().changed.connect(self._data_changed)

    def _note_change(self, record_type: str) -> None:
        """Called on every change, relevant or not, before the view refreshes or is marked stale."""

    def _data_changed(self, record_type: str) -> None:
        self._note_change(record_type)
        if self.relevant_changes is not None and record_type not in self.relevant_changes:
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self._refresh_now()
        else:
            self._stale = True  # refreshed when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()
