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
        from .docking_view import DockingView
        from .network_view import NetworkView
        from .people_view import PeopleView
        from .receptions_view import ReceptionsView
        from .sites_view import SitesView

        self.sites_view = SitesView(self.db, self)
        self.tabs.addTab(self.sites_view, self.tr("Sites"))
        self.network_view = NetworkView(self.db, self)
        self.tabs.addTab(self.network_view, self.tr("Network"))
        self.people_view = PeopleView(self.db, self)
        self.tabs.addTab(self.people_view, self.tr("People"))
        self.docking_view = DockingView(self.db, self)
        self.tabs.addTab(self.docking_view, self.tr("One social worker per site"))
        self.receptions_view = ReceptionsView(self.db, self)
        self.tabs.addTab(self.receptions_view, self.tr("Receptions"))
        self.sites_view.receptions_requested.connect(self.show_receptions)

    def show_receptions(self, site_id: str) -> None:
        """The Receptions tab with one site's log (接访记录 on the Sites tab)."""
        self.tabs.setCurrentWidget(self.receptions_view)
        self.receptions_view.show_site(site_id)
