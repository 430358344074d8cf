"""The co-building units panel (共建单位): one tab per view, each built the first time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.database import Database

from ..widgets.lazy_tabs import LazyTabWidget

if TYPE_CHECKING:
    from .needs_view import NeedsView
    from .reminders_view import RemindersView
    from .units_view import UnitsView


class UnitsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.add_lazy_tab("units", self.tr("Units"), self._build_units)
        self.tabs.add_lazy_tab("needs", self.tr("Needs and matching"), self._build_needs)
        self.tabs.add_lazy_tab("reminders", self.tr("Reminders"), self._build_reminders)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_units(self) -> QWidget:
        from .units_view import UnitsView

        return UnitsView(self.db, self)

    def _build_needs(self) -> QWidget:
        from .needs_view import NeedsView

        return NeedsView(self.db, self)

    def _build_reminders(self) -> QWidget:
        from .reminders_view import RemindersView

        return RemindersView(self.db, self)

    @property
    def units_view(self) -> UnitsView:
        return self.tabs.page("units")  # type: ignore[return-value]

    @property
    def needs_view(self) -> NeedsView:
        return self.tabs.page("needs")  # type: ignore[return-value]

    @property
    def reminders_view(self) -> RemindersView:
        return self.tabs.page("reminders")  # type: ignore[return-value]
