"""The councils panel: appeals, councils, meetings and the closure rate, one tab each, each built the first
time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.database import Database

from ..widgets.lazy_tabs import LazyTabWidget

if TYPE_CHECKING:
    from .appeals_view import AppealsView
    from .closure_view import ClosureView
    from .councils_view import CouncilsView
    from .meetings_view import MeetingsView


class CouncilsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.add_lazy_tab("appeals", self.tr("Appeals"), self._build_appeals)
        self.tabs.add_lazy_tab("councils", self.tr("Councils"), self._build_councils)
        self.tabs.add_lazy_tab("meetings", self.tr("Meetings"), self._build_meetings)
        self.tabs.add_lazy_tab("closure", self.tr("Closure rate"), self._build_closure)

    def _build_appeals(self) -> QWidget:
        from .appeals_view import AppealsView

        return AppealsView(self.db, self)

    def _build_councils(self) -> QWidget:
        from .councils_view import CouncilsView

        view = CouncilsView(self.db, self)
        view.meetings_requested.connect(self.show_meetings_of)
        return view

    def _build_meetings(self) -> QWidget:
        from .meetings_view import MeetingsView

        return MeetingsView(self.db, self)

    def _build_closure(self) -> QWidget:
        from .closure_view import ClosureView

        return ClosureView(self.db, self)

    @property
    def appeals_view(self) -> AppealsView:
        return self.tabs.page("appeals")  # type: ignore[return-value]

    @property
    def councils_view(self) -> CouncilsView:
        return self.tabs.page("councils")  # type: ignore[return-value]

    @property
    def meetings_view(self) -> MeetingsView:
        return self.tabs.page("meetings")  # type: ignore[return-value]

    @property
    def closure_view(self) -> ClosureView:
        return self.tabs.page("closure")  # type: ignore[return-value]

    def show_meetings_of(self, council_id: str) -> None:
        self.meetings_view.set_council(council_id)
        self.tabs.setCurrentWidget(self.meetings_view)
