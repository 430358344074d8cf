"""The Network tab: streets → street centres → community centres → rooms, refreshed on changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_sites_support import small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import sites
from coordinator_app.ui import operations
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.network_view import NODE_KIND_ROLE, NetworkView
from coordinator_app.ui.stations.site_form import TAB_ROOMS, SiteForm


def _network(window: MainWindow) -> NetworkView:
    panel = window.station_panel
    assert panel is not None
    panel.tabs.setCurrentWidget(panel.network_view)
    return panel.network_view


def _path(index: QModelIndex) -> list[str]:
    names = []
    while index.isValid():
        names.insert(0, index.data())
        index = index.parent()
    return names


def test_community_centre_sits_under_its_street_centre(main_window: MainWindow, db: Database) -> None:
    net = small_network(db)
    room = sites.create_room(db, net.community_centre, "党员活动室", 30)
    assert room
    view = _network(main_window)
    centre = f"{net.street_a_name}党群服务中心"
    assert _path(view.find_item("东华社区党群服务中心")) == [net.street_a_name, centre, "东华社区党群服务中心"]
    assert _path(view.find_item("党员活动室")) == [net.street_a_name, centre, "东华社区党群服务中心", "党员活动室"]
    index = view.find_item(centre)
    assert index.siblingAtColumn(1).data() == "街道党群服务中心"
    assert index.siblingAtColumn(2).data() == "2"  # the community centre and its room
    assert view.find_item(net.street_a_name).data(NODE_KIND_ROLE) == "street"
    assert view.tree.isExpanded(view.find_item(net.street_a_name))
    assert view.summary.text() == "共 4 个阵地、1 个功能室"


def test_street_filter_and_refresh_on_changes(main_window: MainWindow, db: Database) -> None:
    net = small_network(db)
    view = _network(main_window)
    view.street.set_current_id(net.street_b)
    top = [view.model.item(r).text() for r in range(view.model.rowCount())]
    assert top == [net.street_b_name]
    assert view.find_item("东华社区党群服务中心") == QModelIndex()
    operations.write(None, "site", sites.create_site, db,
                     {"name": "流花爱心屋", "kind": "charity_point", "street_id": net.street_b})
    assert _path(view.find_item("流花爱心屋")) == [net.street_b_name, "流花爱心屋"]
    view.street.set_current_id(None)
    assert view.model.rowCount() == 18  # every street, those without sites too


def test_double_click_opens_the_site_form(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    sites.create_room(db, net.community_centre, "党员活动室")
    view = _network(main_window)
    view.tree.expandAll()
    opened: list[tuple[str, int]] = []

    def check() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SiteForm), timeout=3000)
        form = QApplication.activeModalWidget()
        opened.append((form.name_edit.text(), form.tabs.currentIndex()))
        form.reject()

    for name in ("东华社区党群服务中心", "党员活动室"):
        QTimer.singleShot(0, check)
        index = view.find_item(name)
        view.tree.scrollTo(index)
        rect = view.tree.visualRect(index)
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("东华社区党群服务中心", 0), ("东华社区党群服务中心", TAB_ROOMS)]
