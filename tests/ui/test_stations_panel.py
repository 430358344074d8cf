"""The station-hub panel builds only the tab on screen; the others the first time they are shown or asked for."""

from __future__ import annotations

from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.network_view import NetworkView
from coordinator_app.ui.stations.people_view import PeopleView
from coordinator_app.ui.stations.sites_view import SitesView

NAMES = ("sites", "network", "people", "docking", "receptions")


def test_only_the_tab_on_screen_is_built(main_window: MainWindow) -> None:
    panel = main_window.station_panel
    assert panel is not None and main_window.stack.currentWidget() is panel
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == \
        ["阵地", "阵地网络", "人员", "一社工一站点", "接访"]
    assert [panel.tabs.is_built(name) for name in NAMES] == [True, False, False, False, False]
    assert isinstance(panel.tabs.currentWidget(), SitesView)

    panel.tabs.setCurrentIndex(2)  # the user clicks 人员
    assert panel.tabs.is_built("people") and isinstance(panel.tabs.currentWidget(), PeopleView)
    assert panel.tabs.currentWidget() is panel.people_view and panel.tabs.tabText(2) == "人员"
    assert not panel.tabs.is_built("network")
    network = panel.network_view  # asked for by code: built, the tab on screen stays
    assert isinstance(network, NetworkView) and panel.tabs.indexOf(network) == 1
    assert panel.tabs.currentIndex() == 2
