"""The councils panel: appeals, councils, meetings and the closure rate, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coordinator_app.core.database import Database


class CouncilsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .appeals_view import AppealsView
        from .closure_view import ClosureView
        from .councils_view import CouncilsView
        from .meetings_view import MeetingsView

        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.appeals_view = AppealsView(db, self)
        self.tabs.addTab(self.appeals_view, self.tr("Appeals"))
        self.councils_view = CouncilsView(db, self)
        self.tabs.addTab(self.councils_view, self.tr("Councils"))
        self.meetings_view = MeetingsView(db, self)
        self.tabs.addTab(self.meetings_view, self.tr("Meetings"))
        self.closure_view = ClosureView(db, self)
        self.tabs.addTab(self.closure_view, self.tr("Closure rate"))
        self.councils_view.meetings_requested.connect(self.show_meetings_of)

    def show_meetings_of(self, council_id: str) -> None:
        self.meetings_view.set_council(council_id)
        self.tabs.setCurrentWidget(self.meetings_view)
