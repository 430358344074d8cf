"""The station-hub panel: one tab per view."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coordinator_app.core.database import Database


class StationHubPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._add_views()

    def _add_views(self) -> None:
        """Each view is optional while the panel is being built: a missing module leaves its tab out."""
        from .sites_view import SitesView

        self.sites_view = SitesView(self.db, self)
        self.tabs.addTab(self.sites_view, self.tr("Sites"))
        try:
            from .network_view import NetworkView
        except ImportError:
            pass
        else:
            self.network_view = NetworkView(self.db, self)
            self.tabs.addTab(self.network_view, self.tr("Network"))
        try:
            from .people_view import PeopleView
        except ImportError:
            pass
        else:
            self.people_view = PeopleView(self.db, self)
            self.tabs.addTab(self.people_view, self.tr("People"))
        try:
            from .docking_view import DockingView
        except ImportError:
            pass
        else:
            self.docking_view = DockingView(self.db, self)
            self.tabs.addTab(self.docking_view, self.tr("One social worker per site"))
        try:
            from .receptions_view import ReceptionsView
        except ImportError:
            pass
        else:
            self.receptions_view = ReceptionsView(self.db, self)
            self.tabs.addTab(self.receptions_view, self.tr("Receptions"))
