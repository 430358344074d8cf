"""The co-building units panel (共建单位): one tab per view."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coordinator_app.core.database import Database


class UnitsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .needs_view import NeedsView
        from .reminders_view import RemindersView
        from .units_view import UnitsView

        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.units_view = UnitsView(db, self)
        self.tabs.addTab(self.units_view, self.tr("Units"))
        self.needs_view = NeedsView(db, self)
        self.tabs.addTab(self.needs_view, self.tr("Needs and matching"))
        self.reminders_view = RemindersView(db, self)
        self.tabs.addTab(self.reminders_view, self.tr("Reminders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
