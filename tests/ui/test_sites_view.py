"""The Sites tab: the list, its search and filters, sorting, delete to the recycle bin — driven through the
real main window, checked on screen and in the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from test_sites_support import sites_view, small_network, type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, records, sites
from coordinator_app.ui.main_window import MainWindow


def _reload(window: MainWindow):  # type: ignore[no-untyped-def]
    view = sites_view(window)
    view.apply_filter()
    return view


def test_list_shows_every_site_with_chinese_kind_and_count(main_window: MainWindow, db: Database) -> None:
    net = small_network(db)
    view = _reload(main_window)
    assert sorted(view.row_texts()) == sorted([f"{net.street_a_name}党群服务中心", "东华社区党群服务中心",
                                                f"{net.street_b_name}社工服务站", "两代表一委员工作室（流花）"])
    assert "社区党群服务中心" in view.row_texts(1)
    assert view.count_label.text() == "共 4 个阵地"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["阵地名称", "类型", "街道", "社区", "地址", "联系电话", "运营机构"]


def test_search_box_filters_as_you_type(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    small_network(db)
    view = _reload(main_window)
    type_text(qtbot, view.search, "东华")
    qtbot.waitUntil(lambda: view.row_texts() == ["东华社区党群服务中心"], timeout=2000)
    assert view.count_label.text() == "共 1 个阵地"
    # the address is searched too
    view.search.clear()
    type_text(qtbot, view.search, "流花路")
    qtbot.waitUntil(lambda: view.row_texts() == ["两代表一委员工作室（流花）"], timeout=2000)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.total() == 4, timeout=2000)


def test_street_community_and_kind_filters(main_window: MainWindow, db: Database) -> None:
    net = small_network(db)
    view = _reload(main_window)
    view.location.street.set_current_id(net.street_b)
    assert sorted(view.row_texts()) == sorted([f"{net.street_b_name}社工服务站", "两代表一委员工作室（流花）"])
    assert not view.location.community.isEnabled() or view.location.community.count() == 1
    view.location.street.set_current_id(net.street_a)
    assert view.location.community.isEnabled()
    view.location.community.set_current_id(net.community)
    assert view.row_texts() == ["东华社区党群服务中心"]
    view.location.street.set_current_id(None)
    assert view.model.total() == 4
    view.kind.setCurrentIndex(view.kind.findText("两代表一委员工作室"))
    assert view.row_texts() == ["两代表一委员工作室（流花）"]


def test_without_social_worker_filter(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    worker = people.create_person(db, {"name": "陈社工"}, roles=["social_worker"])
    people.assign_to_site(db, worker, net.station, start_date=date(2020, 1, 1))
    view = _reload(main_window)
    qtbot.mouseClick(view.undocked, Qt.MouseButton.LeftButton)
    assert view.undocked.isChecked()
    assert f"{net.street_b_name}社工服务站" not in view.row_texts()
    assert view.model.total() == 3
    qtbot.mouseClick(view.undocked, Qt.MouseButton.LeftButton)
    assert view.model.total() == 4


def test_sorting_by_a_header_reorders_rows(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    small_network(db)
    view = _reload(main_window)
    header = view.table.horizontalHeader()
    address = 4
    x = header.sectionViewportPosition(address) + header.sectionSize(address) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ascending = view.row_texts(address)
    assert header.sortIndicatorSection() == address
    assert ascending == sorted(ascending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    descending = view.row_texts(address)
    assert descending == list(reversed(ascending))
    assert descending != ascending


def test_delete_asks_then_moves_to_recycle_bin(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                               message_boxes) -> None:
    net = small_network(db)
    view = _reload(main_window)
    assert view.select_site(net.studio)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[0][0] == "question"
    assert "两代表一委员工作室（流花）" in message_boxes.shown[0][2] and "回收站" in message_boxes.shown[0][2]
    assert "两代表一委员工作室（流花）" not in view.row_texts()
    assert view.count_label.text() == "共 3 个阵地"
    assert [r.id for r in records.recycle_bin(db)] == [net.studio]


def test_delete_answered_no_keeps_the_site(main_window: MainWindow, db: Database, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    net = small_network(db)
    message_boxes.answer = QMessageBox.StandardButton.No
    view = _reload(main_window)
    view.select_site(net.studio)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert sites.count_sites(db, sites.SiteFilter()) == 4


def test_buttons_need_a_selection_and_selection_survives_refresh(main_window: MainWindow, db: Database) -> None:
    net = small_network(db)
    view = _reload(main_window)
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    view.select_site(net.station)
    assert view.edit_button.isEnabled() and view.history_button.isEnabled()
    # another window's write: the list refreshes, the selection stays on the same site
    sites.create_site(db, {"name": "一个新站点", "kind": "charity_point", "street_id": net.street_a})
    from coordinator_app.ui import operations

    operations.hub().changed.emit("site")
    assert "一个新站点" in view.row_texts()
    assert view.selected_id() == net.station
