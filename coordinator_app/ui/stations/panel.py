"""The station-hub panel (阵地建设): one tab per view, each built the first time it is shown or asked for, so
that opening the panel builds only the sites list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.database import Database

from ..widgets.lazy_tabs import LazyTabWidget

if TYPE_CHECKING:
    from .docking_view import DockingView
    from .network_view import NetworkView
    from .people_view import PeopleView
    from .receptions_view import ReceptionsView
    from .sites_view import SitesView


class StationHubPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.add_lazy_tab("sites", self.tr("Sites"), self._build_sites)
        self.tabs.add_lazy_tab("network", self.tr("Network"), self._build_network)
        self.tabs.add_lazy_tab("people", self.tr("People"), self._build_people)
        self.tabs.add_lazy_tab("docking", self.tr("One social worker per site"), self._build_docking)
        self.tabs.add_lazy_tab("receptions", self.tr("Receptions"), self._build_receptions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_sites(self) -> QWidget:
        from .sites_view import SitesView

        view = SitesView(self.db, self)
        view.receptions_requested.connect(self.show_receptions)
        return view

    def _build_network(self) -> QWidget:
        from .network_view import NetworkView

        return NetworkView(self.db, self)

    def _build_people(self) -> QWidget:
        from .people_view import PeopleView

        return PeopleView(self.db, self)

    def _build_docking(self) -> QWidget:
        from .docking_view import DockingView

        return DockingView(self.db, self)

    def _build_receptions(self) -> QWidget:
        from .receptions_view import ReceptionsView

        return ReceptionsView(self.db, self)

    @property
    def sites_view(self) -> SitesView:
        return self.tabs.page("sites")  # type: ignore[return-value]

    @property
    def network_view(self) -> NetworkView:
        return self.tabs.page("network")  # type: ignore[return-value]

    @property
    def people_view(self) -> PeopleView:
        return self.tabs.page("people")  # type: ignore[return-value]

    @property
    def docking_view(self) -> DockingView:
        return self.tabs.page("docking")  # type: ignore[return-value]

    @property
    def receptions_view(self) -> ReceptionsView:
        return self.tabs.page("receptions")  # type: ignore[return-value]

    def show_receptions(self, site_id: str) -> None:
        """The Receptions tab with one site's log (接访记录 on the Sites tab)."""
        self.tabs.setCurrentWidget(self.receptions_view)
        self.receptions_view.show_site(site_id)
