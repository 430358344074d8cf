"""The site form: adding a site by typing into the real dialog, validation messages from the core, editing,
function rooms and Party organisations."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_sites_support import sites_view, small_network, type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.site_form import TAB_PARTY_ORGS, TAB_ROOMS, SiteForm
from coordinator_app.ui.stations.site_party_orgs import PartyOrgDialog
from coordinator_app.ui.widgets.form_errors import is_invalid


def _active_form(qtbot) -> SiteForm:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SiteForm), timeout=3000)
    form = QApplication.activeModalWidget()
    assert isinstance(form, SiteForm)
    return form


def test_new_site_typed_into_the_form_is_saved_and_listed(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    view = sites_view(main_window)
    filled: list[SiteForm] = []

    def fill() -> None:
        form = _active_form(qtbot)
        filled.append(form)
        assert form.windowTitle() == "新建阵地"
        type_text(qtbot, form.name_edit, "东华社区党员义工服务站")
        form.kind_combo.setCurrentIndex(form.kind_combo.findText("党群爱心超市/爱心屋"))
        form.street_combo.setCurrentIndex(form.street_combo.findText(net.street_a_name))
        form.community_combo.setCurrentIndex(form.community_combo.findText("东华社区"))
        form.parent_combo.setCurrentIndex(form.parent_combo.findText(f"{net.street_a_name}党群服务中心"))
        type_text(qtbot, form.address_edit, "东华东路12号")
        type_text(qtbot, form.phone_edit, "020-83005678")
        type_text(qtbot, form.hours_edit, "9:00-17:00")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert filled and filled[0].result() == SiteForm.DialogCode.Accepted
    rows = sites.list_sites(db, sites.SiteFilter(text="义工服务站"))
    assert len(rows) == 1
    saved = sites.get_site(db, rows[0].id)
    assert saved["kind"] == "charity_point" and saved["street_id"] == net.street_a
    assert saved["community_id"] == net.community and saved["parent_id"] == net.centre
    assert saved["phone"] == "020-83005678" and saved["address"] == "东华东路12号"
    assert "东华社区党员义工服务站" in view.row_texts()
    assert view.selected_id() == rows[0].id
    assert view.count_label.text() == "共 5 个阵地"


def test_wrong_phone_shows_chinese_message_marks_field_and_saves_nothing(main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                         qtbot, message_boxes) -> None:
    net = small_network(db)
    form = SiteForm(db, None, main_window)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "测试站点")
    form.kind_combo.set_current_id("social_work_station")
    form.street_combo.set_current_id(net.street_a)
    type_text(qtbot, form.phone_edit, "12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.shown) == 1
    kind, title, text = message_boxes.shown[0]
    assert kind == "warning" and title == "无法保存"
    assert "联系电话" in text and "12345" in text
    assert is_invalid(form.phone_edit) and form.focusWidget() is form.phone_edit
    assert form.isVisible() and form.result() == 0
    assert form.name_edit.text() == "测试站点" and form.phone_edit.text() == "12345"
    assert sites.count_sites(db, sites.SiteFilter()) == 4
    # fixing the number clears the mark and saves
    form.phone_edit.clear()
    type_text(qtbot, form.phone_edit, "13812345678")
    assert not is_invalid(form.phone_edit)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == SiteForm.DialogCode.Accepted
    assert sites.count_sites(db, sites.SiteFilter(text="测试站点")) == 1


def test_missing_name_and_street_are_pointed_at(main_window: MainWindow, db: Database, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    small_network(db)
    form = SiteForm(db, None, main_window)
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "阵地名称" in message_boxes.texts()[-1]
    assert is_invalid(form.name_edit)
    type_text(qtbot, form.name_edit, "无街道的站点")
    form.kind_combo.set_current_id("deputies_studio")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "所属街道" in message_boxes.texts()[-1]
    assert is_invalid(form.street_combo) and not is_invalid(form.name_edit)
    assert sites.count_sites(db, sites.SiteFilter()) == 4


def test_community_list_follows_the_street_and_parent_is_suggested(main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                   qtbot) -> None:
    net = small_network(db)
    form = SiteForm(db, None, main_window)
    qtbot.addWidget(form)
    assert not form.community_combo.isEnabled()
    form.kind_combo.set_current_id("community_service_center")
    form.street_combo.set_current_id(net.street_a)
    assert [form.community_combo.itemText(i) for i in range(form.community_combo.count())] == ["（无）", "东华社区"]
    assert form.parent_combo.current_id() == net.centre  # the street's one centre
    form.street_combo.set_current_id(net.street_b)
    assert form.community_combo.count() == 1
    assert f"{net.street_a_name}党群服务中心" not in [form.parent_combo.itemText(i)
                                                  for i in range(form.parent_combo.count())]


def test_edit_from_the_list_by_double_click(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    view = sites_view(main_window)
    view.apply_filter()
    row = view.model.row_of_id(net.station)
    seen: list[str] = []

    def edit() -> None:
        form = _active_form(qtbot)
        seen.append(form.name_edit.text())
        assert form.windowTitle() == "编辑阵地"
        form.operator_edit.clear()
        type_text(qtbot, form.operator_edit, "广州市启明社会工作服务中心")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, edit)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == [f"{net.street_b_name}社工服务站"]
    assert sites.get_site(db, net.station)["operator"] == "广州市启明社会工作服务中心"
    assert "广州市启明社会工作服务中心" in view.row_texts(6)


def test_cancel_with_changes_asks_before_discarding(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                   message_boxes) -> None:
    net = small_network(db)
    form = SiteForm(db, net.studio, main_window)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.notes_edit, "改了")
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown and message_boxes.shown[-1][0] == "question"
    assert sites.get_site(db, net.studio)["notes"] == ""


def test_rooms_tab_adds_and_deletes_rooms(main_window: MainWindow, db: Database, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    new_form = SiteForm(db, None, main_window)
    qtbot.addWidget(new_form)
    assert not new_form.rooms.add_button.isEnabled()  # a new site has no rooms yet
    form = SiteForm(db, net.community_centre, main_window, tab=TAB_ROOMS)
    qtbot.addWidget(form)
    form.show()
    assert form.tabs.currentIndex() == TAB_ROOMS
    rooms = form.rooms
    type_text(qtbot, rooms.name_edit, "党员活动室")
    type_text(qtbot, rooms.capacity_edit, "30")
    type_text(qtbot, rooms.purpose_edit, "组织生活会")
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in sites.list_rooms(db, net.community_centre)] == ["党员活动室"]
    assert rooms.model.rowCount() == 1 and rooms.model.data(rooms.model.index(0, 1)) == "30"
    assert rooms.name_edit.text() == ""
    # a capacity that is not a number: the core's message, the field marked
    type_text(qtbot, rooms.name_edit, "阅览室")
    type_text(qtbot, rooms.capacity_edit, "many")
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    assert "容纳人数" in message_boxes.texts()[-1] and is_invalid(rooms.capacity_edit)
    assert len(sites.list_rooms(db, net.community_centre)) == 1
    rooms.table.selectRow(0)
    qtbot.mouseClick(rooms.delete_button, Qt.MouseButton.LeftButton)
    assert sites.list_rooms(db, net.community_centre) == []
    assert rooms.model.rowCount() == 0


def test_party_org_with_secretary_found_by_search(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    secretary = people.create_person(db, {"name": "周书记", "phone": "13800001111"})
    people.create_person(db, {"name": "周小明"})
    form = SiteForm(db, net.station, main_window, tab=TAB_PARTY_ORGS)
    qtbot.addWidget(form)
    form.show()
    editor = form.party_orgs
    dialog = PartyOrgDialog(db, net.station, None, editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    type_text(qtbot, dialog.name_edit, "社工服务站党支部")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findText("党支部"))
    type_text(qtbot, dialog.secretary, "周")
    qtbot.waitUntil(lambda: dialog.secretary.matches.rowCount() == 2, timeout=2000)
    texts = [dialog.secretary.matches.item(i).text() for i in range(2)]
    assert any("周书记" in t and "138****1111" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if t.startswith("周书记"))
    popup = dialog.secretary.completer_.popup()
    assert popup.isVisible()  # the matches dropped down below the field; click one, as a user does
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.secretary.text() == "周书记"
    assert dialog.secretary.person_id() == secretary
    dialog.members_spin.setValue(9)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    orgs = sites.list_party_orgs(db, net.station)
    assert [(o.name, o.level, o.secretary_name, o.member_count) for o in orgs] == [("社工服务站党支部", "branch", "周书记", 9)]
    assert editor.model.rowCount() == 1
    assert editor.model.data(editor.model.index(0, 2)) == "周书记"
    # editing keeps the secretary and the notes
    again = PartyOrgDialog(db, net.station, orgs[0].id, editor)
    qtbot.addWidget(again)
    assert again.secretary.text() == "周书记" and again.secretary.person_id() == secretary
    assert again.level_combo.current_id() == "branch"


def test_party_org_secretary_typed_but_not_chosen_is_refused(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                             message_boxes) -> None:
    net = small_network(db)
    people.create_person(db, {"name": "周书记"})
    people.create_person(db, {"name": "周书记"})  # two namesakes: typing the name cannot choose one
    dialog = PartyOrgDialog(db, net.station, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "党支部")
    type_text(qtbot, dialog.secretary, "周书记")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "周书记" in message_boxes.texts()[-1] and "列表" in message_boxes.texts()[-1]
    assert is_invalid(dialog.secretary)
    assert sites.list_party_orgs(db, net.station) == []
