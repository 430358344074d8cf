"""Receptions of residents (群众接访): recording one with its hosts through the real window, the site's log,
the upcoming list, editing and deleting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, receptions, records, sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.fields import to_qdatetime
from coordinator_app.ui.stations.reception_form import ReceptionForm
from coordinator_app.ui.stations.receptions_view import ReceptionsView


@dataclass
class Studio:
    studio: str
    station: str
    deputy: str
    worker: str
    past: str  # a reception held last month at the studio


@pytest.fixture
def studio(db: Database) -> Studio:
    street = geography.list_streets(db)[0]
    studio = sites.create_site(db, {"name": "北京街两代表一委员工作室", "kind": "deputies_studio", "street_id": street.id})
    station = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street.id})
    deputy = people.create_person(db, {"name": "刘代表"}, ["npc_deputy"])
    worker = people.create_person(db, {"name": "黄社工", "phone": "13800003333"}, ["social_worker"])
    people.assign_to_site(db, worker, studio)
    past = receptions.save_reception(db, {"site_id": studio, "held_at": datetime.now() - timedelta(days=30),
                                          "visitor_count": 4, "topics": "加装电梯"}, [deputy])
    return Studio(studio, station, deputy, worker, past)


def show_receptions(qtbot, window: MainWindow) -> ReceptionsView:  # type: ignore[no-untyped-def]
    panel = window.station_panel
    view = panel.receptions_view
    index = panel.tabs.indexOf(view)
    assert panel.tabs.tabText(index) == "接访"
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    return view


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a Chinese input method does (QTest types ASCII keys only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def table_rows(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(n, c).data() for c in range(model.columnCount())] for n in range(model.rowCount())]


def add_host(qtbot, form: ReceptionForm, search: str, name: str) -> None:  # type: ignore[no-untyped-def]
    form.host_search.edit.clear()
    type_text(qtbot, form.host_search.edit, search)
    results = form.host_search.results
    qtbot.waitUntil(lambda: [results.item(n).text().split("　")[0] for n in range(results.count())] == [name],
                    timeout=2000)
    qtbot.mouseClick(form.add_host_button, Qt.MouseButton.LeftButton)


def save(qtbot, form: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_receptions_record_one_with_two_hosts(qtbot, studio: Studio, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_receptions(qtbot, main_window)
    assert table_rows(view.upcoming_model) == []
    type_text(qtbot, view.site_chooser.lineEdit(), "北京街两代表一委员工作室")
    assert view.log_count_label.text() == "共 1 次接访"
    assert table_rows(view.log_model)[0][1:4] == ["4", "刘代表", "加装电梯"]

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = next(f for f in view.findChildren(ReceptionForm) if f.isVisible())
    assert form.windowTitle() == "登记接访"
    assert form.site_chooser.site_id() == studio.studio, "starts at the site whose log is shown"
    results = form.host_search.results
    assert [results.item(n).text() for n in range(results.count())] == ["黄社工　社工　138****3333"], \
        "with nothing typed, the people docked to the site are offered"
    when = (datetime.now() + timedelta(days=3)).replace(hour=9, minute=30, second=0, microsecond=0)
    form.time_edit.setDateTime(to_qdatetime(when))
    assert form.time_edit.text().startswith(f"{when.year}年{when.month}月{when.day}日")
    add_host(qtbot, form, "刘代表", "刘代表")
    add_host(qtbot, form, "黄", "黄社工")
    assert [form.hosts_list.item(n).text() for n in range(form.hosts_list.count())] == ["刘代表", "黄社工"]
    form.visitors_spin.selectAll()
    qtbot.keyClicks(form.visitors_spin, "12")
    type_text(qtbot, form.topics_edit, "小区停车难，楼道照明不足")
    type_text(qtbot, form.follow_up_edit, "转街道城管科跟进")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())

    (saved,) = [r for r in receptions.receptions_for_site(main_window.db, studio.studio) if r.id != studio.past]
    assert saved.held_at == when and saved.visitor_count == 12
    assert saved.hosts == ("黄社工", "刘代表")  # pinyin order: huang, liu
    assert saved.follow_up == "转街道城管科跟进"
    time_text = f"{when.year}年{when.month}月{when.day}日 09:30"
    assert table_rows(view.log_model)[0] == [time_text, "12", "黄社工、刘代表", "小区停车难，楼道照明不足",
                                             "转街道城管科跟进"]
    assert view.log_count_label.text() == "共 2 次接访"
    assert table_rows(view.upcoming_model) == [[time_text, "北京街两代表一委员工作室", "北京街", "黄社工、刘代表",
                                                "小区停车难，楼道照明不足"]]
    assert view.upcoming_count_label.text() == "共 1 场"


def test_receptions_missing_site_is_refused_with_a_message(qtbot, studio: Studio, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                           message_boxes) -> None:
    view = show_receptions(qtbot, main_window)
    form = view.open_reception_form()
    assert form.site_chooser.currentText() == ""
    save(qtbot, form)
    assert message_boxes.texts() == ["请选择接访阵地。"]
    assert form.isVisible() and form.focusWidget() is form.site_chooser
    assert receptions.count_receptions(main_window.db) == 1


def test_receptions_edit_and_delete(qtbot, studio: Studio, main_window: MainWindow, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view = show_receptions(qtbot, main_window)
    view.show_site(studio.studio)
    view.log_table.selectRow(0)
    assert view.edit_button.isEnabled()
    form = view.edit_selected()
    assert form.windowTitle() == "编辑接访"
    assert form.topics_edit.toPlainText() == "加装电梯" and form.hosts_list.count() == 1
    form.hosts_list.item(0).setSelected(True)
    qtbot.mouseClick(form.remove_host_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.host_search.edit, "黄社工")
    qtbot.mouseClick(form.add_host_button, Qt.MouseButton.LeftButton)  # at once: the search runs first
    assert [form.hosts_list.item(n).text() for n in range(form.hosts_list.count())] == ["黄社工"]
    form.site_chooser.set_site_id(studio.station)
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    data = receptions.get_reception(main_window.db, studio.past)
    assert data["host_ids"] == [studio.worker] and data["site_id"] == studio.station
    assert view.site_chooser.site_id() == studio.station, "the log follows the reception to its new site"
    assert table_rows(view.log_model)[0][2] == "黄社工"

    view.log_table.selectRow(0)
    history = view.open_history()
    assert history.windowTitle().startswith("修改记录：北京街社工服务站")
    history.close()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][0] == "question" and "北京街社工服务站" in message_boxes.shown[-1][2]
    assert table_rows(view.log_model) == []
    assert receptions.count_receptions(main_window.db) == 0
    assert [d.record_type for d in records.recycle_bin(main_window.db)] == ["reception"]
