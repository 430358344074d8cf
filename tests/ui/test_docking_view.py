"""一社工一站点: the docking report in the real main window, and docking a social worker from it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.assign_dialog import AssignDialog
from coordinator_app.ui.stations.docking_view import DockingView


@dataclass
class Network:
    street_a: str
    street_b: str
    station: str  # docked to 王小红
    centre: str  # undocked, street A
    studio: str  # undocked, street B
    wang: str
    zhou: str  # social worker, not docked
    deputy: str  # NPC deputy: not offered when docking a social worker


@pytest.fixture
def network(db: Database) -> Network:
    streets = geography.list_streets(db)
    a, b = streets[0], streets[1]
    station = sites.create_site(db, {"name": f"{a.name}社工服务站", "kind": "social_work_station", "street_id": a.id})
    centre = sites.create_site(db, {"name": f"{a.name}党群服务中心", "kind": "street_service_center",
                                    "street_id": a.id})
    studio = sites.create_site(db, {"name": f"{b.name}两代表一委员工作室", "kind": "deputies_studio", "street_id": b.id})
    wang = people.create_person(db, {"name": "王小红"}, ["social_worker"])
    zhou = people.create_person(db, {"name": "周社工", "phone": "13800002222"}, ["party_social_worker"])
    deputy = people.create_person(db, {"name": "周代表"}, ["npc_deputy"])
    people.assign_to_site(db, wang, station)
    return Network(a.id, b.id, station, centre, studio, wang, zhou, deputy)


def show_docking(qtbot, window: MainWindow) -> DockingView:  # type: ignore[no-untyped-def]
    panel = window.station_panel
    view = panel.docking_view
    index = panel.tabs.indexOf(view)
    assert panel.tabs.tabText(index) == "一社工一站点"
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.tabs.currentWidget() is view
    return view


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a Chinese input method does (QTest types ASCII keys only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def undocked_names(view: DockingView) -> list[str]:
    return [view.undocked_model.index(n, 0).data() for n in range(view.undocked_model.rowCount())]


def multi_rows(view: DockingView) -> list[list[str]]:
    model = view.multi_model
    return [[model.index(n, c).data() for c in range(model.columnCount())] for n in range(model.rowCount())]


def dock_from_report(qtbot, view: DockingView, site_name: str, search: str, person_name: str) -> None:  # type: ignore[no-untyped-def]
    view.undocked_table.selectRow(undocked_names(view).index(site_name))
    assert view.dock_button.isEnabled()
    qtbot.mouseClick(view.dock_button, Qt.MouseButton.LeftButton)
    dialogs: list[AssignDialog] = []
    qtbot.waitUntil(lambda: bool(dialogs.extend(d for d in view.findChildren(AssignDialog) if d.isVisible())
                                 or dialogs))
    dialog = dialogs[0]
    assert dialog.site_chooser.currentText() == site_name, "the dialog starts at the chosen site"
    type_text(qtbot, dialog.person_search.edit, search)
    results = dialog.person_search.results
    qtbot.waitUntil(lambda: [results.item(n).text().split("　")[0] for n in range(results.count())] == [person_name],
                    timeout=2000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_docking_report_shows_gaps_and_docking_closes_one(qtbot, network: Network, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_docking(qtbot, main_window)
    assert "共 3 个阵地，其中 2 个未对接社工；0 名社工对接多个站点" in view.summary_label.text()
    assert view.summary_label.text().startswith("截至")
    assert undocked_names(view) == ["北京街党群服务中心", "人民街两代表一委员工作室"]
    assert [view.undocked_model.index(0, c).data() for c in range(3)] == ["北京街党群服务中心", "街道党群服务中心", "北京街"]
    assert not view.dock_button.isEnabled(), "choose a site first"

    dock_from_report(qtbot, view, "北京街党群服务中心", "周", "周社工")

    assert "北京街党群服务中心" not in undocked_names(view)
    assert "共 3 个阵地，其中 1 个未对接社工" in view.summary_label.text()
    (assignment,) = people.list_assignments(main_window.db, site_id=network.centre)
    assert (assignment.person_name, assignment.role) == ("周社工", "social_worker")


def test_docking_one_worker_to_two_sites_lists_them_as_multi_docked(qtbot, network: Network,  # type: ignore[no-untyped-def]
                                                                    main_window: MainWindow) -> None:
    view = show_docking(qtbot, main_window)
    dock_from_report(qtbot, view, "北京街党群服务中心", "王小红", "王小红")
    assert multi_rows(view) == [["王小红", "2", "北京街党群服务中心、北京街社工服务站"]]
    assert "1 名社工对接多个站点" in view.summary_label.text()
    assert undocked_names(view) == ["人民街两代表一委员工作室"]


def test_docking_report_filtered_by_street(qtbot, network: Network, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_docking(qtbot, main_window)
    view.street_filter.setCurrentIndex(view.street_filter.findText("人民街"))
    assert undocked_names(view) == ["人民街两代表一委员工作室"]
    assert "共 1 个阵地，其中 1 个未对接社工" in view.summary_label.text()
    view.street_filter.setCurrentIndex(view.street_filter.findText("全部街道"))
    assert len(undocked_names(view)) == 2


def test_docking_report_follows_changes_made_elsewhere(qtbot, network: Network, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Writes made in other views go through the one door for writes; the report refreshes itself."""
    from coordinator_app.ui import operations

    view = show_docking(qtbot, main_window)
    operations.write(None, "site_assignment", people.assign_to_site, main_window.db, network.zhou, network.centre)
    assert undocked_names(view) == ["人民街两代表一委员工作室"]
    operations.write(None, "site", sites.delete_site, main_window.db, network.studio)
    assert undocked_names(view) == []
    assert "共 2 个阵地，其中 0 个未对接社工" in view.summary_label.text()


def test_docking_dialog_offers_only_social_workers(qtbot, network: Network, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                  message_boxes) -> None:
    view = show_docking(qtbot, main_window)
    view.undocked_table.selectRow(0)
    dialog = view.dock_selected()
    type_text(qtbot, dialog.person_search.edit, "周")
    results = dialog.person_search.results
    qtbot.waitUntil(lambda: results.count() == 1, timeout=2000)
    assert results.item(0).text() == "周社工　党员社工　138****2222", "masked phone tells namesakes apart"
    dialog.person_search.edit.clear()
    qtbot.waitUntil(lambda: results.count() == 2, timeout=2000)
    results.clearSelection()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "nothing chosen: nothing saved"
    assert message_boxes.texts() == ["请在列表中选择一名社工。"]
    assert people.list_assignments(main_window.db, site_id=network.centre) == []


def test_social_worker_search_lists_both_roles_by_pinyin_cut_at_its_limit(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                                         main_window: MainWindow) -> None:
    for name, role in (("岑", "social_worker"), ("崔", "party_social_worker"), ("蔡", "social_worker"),
                       ("邓", "party_social_worker"), ("陈", "social_worker")):
        people.create_person(db, {"name": f"{name}社工"}, [role])
    dialog = AssignDialog(db, main_window)
    qtbot.addWidget(dialog)
    search = dialog.person_search
    shown = lambda: [search.results.item(n).text().split("　")[0] for n in range(search.results.count())]  # noqa: E731
    assert shown() == ["蔡社工", "岑社工", "陈社工", "崔社工", "邓社工"]
    search.limit = 3
    search.search()
    assert shown() == ["蔡社工", "岑社工", "陈社工"], "the first three by pinyin, not by character code"
    type_text(qtbot, search.edit, "社工")
    search.flush()
    assert shown() == ["蔡社工", "岑社工", "陈社工"]
