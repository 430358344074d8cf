"""The roster (人员) and the person form, driven through the real main window in Chinese."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, records, sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.assign_dialog import AssignDialog, EndDockingDialog
from coordinator_app.ui.stations.people_view import PeopleView
from coordinator_app.ui.stations.person_form import PersonForm
from coordinator_app.ui.widgets.form_errors import is_invalid


@dataclass
class Roster:
    station: str
    studio: str
    wang: str  # 王小红: party social worker docked to the station, skills 义剪
    li: str  # 李建国: NPC deputy, not a Party member
    chen: str  # 陈芳: Party-member volunteer


@pytest.fixture
def roster(db: Database) -> Roster:
    street = geography.list_streets(db)[0]
    station = sites.create_site(db, {"name": f"{street.name}社工服务站", "kind": "social_work_station",
                                     "street_id": street.id})
    studio = sites.create_site(db, {"name": "两代表一委员工作室（北京路）", "kind": "deputies_studio",
                                    "street_id": street.id})
    wang = people.create_person(db, {"name": "王小红", "phone": "13800001111", "is_party_member": True,
                                     "skills": "义剪"}, ["party_social_worker"])
    li = people.create_person(db, {"name": "李建国", "phone": "020-83001234"}, ["npc_deputy"])
    chen = people.create_person(db, {"name": "陈芳", "is_party_member": True, "skills": "义诊"}, ["party_volunteer"])
    people.assign_to_site(db, wang, station, role="party_social_worker")
    return Roster(station, studio, wang, li, chen)


def show_people(qtbot, window: MainWindow) -> PeopleView:  # type: ignore[no-untyped-def]
    panel = window.station_panel
    view = panel.people_view
    bar = panel.tabs.tabBar()
    index = panel.tabs.indexOf(view)
    assert panel.tabs.tabText(index) == "人员"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.tabs.currentWidget() is view
    return view


def open_dialog(qtbot, parent: QWidget, cls: type) -> QWidget:  # type: ignore[no-untyped-def]
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [d for d in parent.findChildren(cls) if d.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(visible)
    return found[0]


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a Chinese input method does: QTest can only type ASCII keys; an IME commits whole words."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_check(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def shown_names(view: PeopleView) -> list[str]:
    return [view.model.index(n, 0).data() for n in range(view.model.rowCount())]


def save(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def select_person(view: PeopleView, name: str) -> None:
    view.table.selectRow(shown_names(view).index(name))


def test_people_roster_shows_people_with_chinese_labels(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    assert view.count_label.text() == "共 3 人"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["姓名", "联系电话", "党员", "角色", "对接站点", "特长"]
    row = shown_names(view).index("王小红")
    assert [view.model.index(row, c).data() for c in range(6)] == [
        "王小红", "13800001111", "是", "党员社工", "北京街社工服务站", "义剪"]
    assert view.model.index(shown_names(view).index("李建国"), 2).data() == "否"


def test_people_create_person_with_roles_through_the_form(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    assert view.new_button.text() == "新建人员…"
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = open_dialog(qtbot, view, PersonForm)
    assert form.windowTitle() == "新建人员"
    assert not form.dock_button.isEnabled(), "docking needs a saved person"
    type_text(qtbot, form.name_edit, "赵志强")
    type_text(qtbot, form.phone_edit, "13912345678")
    click_check(qtbot, form.party_check)
    type_text(qtbot, form.skills_edit, "义修、电工")
    click_check(qtbot, form.role_checks["npc_deputy"])
    click_check(qtbot, form.role_checks["party_volunteer"])
    assert form.role_checks["npc_deputy"].text() == "人大代表"
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())

    found = people.list_people(main_window.db, people.PersonFilter(text="赵志强"))
    assert len(found) == 1
    person = people.get_person(main_window.db, found[0].id)
    assert person["phone"] == "13912345678" and person["is_party_member"] and person["skills"] == "义修、电工"
    assert set(person["roles"]) == {"npc_deputy", "party_volunteer"}
    assert view.count_label.text() == "共 4 人"
    assert view.selected_id() == found[0].id, "the new person is selected in the roster"
    row = shown_names(view).index("赵志强")
    assert view.model.index(row, 3).data() == "党员义工、人大代表"


def test_people_filter_by_role_party_text_and_site(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    assert sorted(shown_names(view)) == ["李建国", "王小红", "陈芳"]

    view.role_filter.setCurrentIndex(view.role_filter.findText("人大代表"))
    assert shown_names(view) == ["李建国"]
    assert view.count_label.text() == "共 1 人"
    view.role_filter.setCurrentIndex(view.role_filter.findText("全部角色"))

    view.party_filter.setCurrentIndex(view.party_filter.findText("党员"))
    assert sorted(shown_names(view)) == ["王小红", "陈芳"]
    view.party_filter.setCurrentIndex(view.party_filter.findText("非党员"))
    assert shown_names(view) == ["李建国"]
    view.party_filter.setCurrentIndex(0)

    type_text(qtbot, view.search_edit, "义诊")  # skills
    qtbot.waitUntil(lambda: shown_names(view) == ["陈芳"], timeout=2000)
    view.search_edit.clear()
    type_text(qtbot, view.search_edit, "8300")  # part of a phone number
    qtbot.waitUntil(lambda: shown_names(view) == ["李建国"], timeout=2000)
    view.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 3, timeout=2000)

    assert view.site_filter.currentText() == "全部站点"
    view.site_filter.lineEdit().clear()
    type_text(qtbot, view.site_filter.lineEdit(), "北京街社工服务站")
    qtbot.waitUntil(lambda: shown_names(view) == ["王小红"], timeout=2000)
    assert view.count_label.text() == "共 1 人"


def test_people_wrong_phone_shows_a_chinese_message_and_saves_nothing(qtbot, roster: Roster,  # type: ignore[no-untyped-def]
                                                                      main_window: MainWindow, message_boxes) -> None:
    view = show_people(qtbot, main_window)
    form = view.open_person_form()
    type_text(qtbot, form.name_edit, "错号码")
    type_text(qtbot, form.phone_edit, "12345")
    save(qtbot, form)
    assert len(message_boxes.shown) == 1
    kind, title, text = message_boxes.shown[0]
    assert title == "无法保存"
    assert "联系电话" in text and "12345" in text
    assert form.isVisible(), "the form stays open so the number can be corrected"
    assert form.focusWidget() is form.phone_edit and is_invalid(form.phone_edit)
    assert not is_invalid(form.name_edit)
    assert people.count_people(main_window.db, people.PersonFilter(text="错号码")) == 0
    assert view.count_label.text() == "共 3 人"

    form.phone_edit.clear()
    type_text(qtbot, form.phone_edit, "020-83005678")
    assert not is_invalid(form.phone_edit), "the red mark goes as soon as the number is edited"
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert people.count_people(main_window.db, people.PersonFilter(text="错号码")) == 1


def test_people_delete_moves_the_person_to_the_recycle_bin(qtbot, roster: Roster, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                          message_boxes) -> None:
    view = show_people(qtbot, main_window)
    select_person(view, "陈芳")
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[0][0] == "question" and "陈芳" in message_boxes.shown[0][2]
    assert "陈芳" not in shown_names(view)
    assert view.count_label.text() == "共 2 人"
    deleted = records.recycle_bin(main_window.db)
    assert [(d.record_type, d.name) for d in deleted] == [("person", "陈芳")]


def test_people_edit_docks_and_ends_docking_from_the_form(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    select_person(view, "李建国")
    form = view.edit_selected()
    assert form.windowTitle() == "编辑人员"
    assert form.name_edit.text() == "李建国" and form.role_checks["npc_deputy"].isChecked()
    assert form.assignments_table.rowCount() == 0

    qtbot.mouseClick(form.dock_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, form, AssignDialog)
    assert dialog.windowTitle() == "对接站点"
    assert dialog.role_combo.currentText() == "社工"
    type_text(qtbot, dialog.site_chooser.lineEdit(), "两代表一委员工作室（北京路）")
    assert dialog.site_chooser.site_id() == roster.studio
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: form.assignments_table.rowCount() == 1)
    assert form.assignments_table.item(0, 0).text() == "两代表一委员工作室（北京路）"
    assert form.assignments_table.item(0, 3).text() == "至今"
    assert form.role_checks["social_worker"].isChecked(), "docked as 社工, so the role shows at once"
    assert "两代表一委员工作室（北京路）" in view.model.index(shown_names(view).index("李建国"), 4).data()

    form.assignments_table.selectRow(0)
    qtbot.mouseClick(form.end_button, Qt.MouseButton.LeftButton)
    end = open_dialog(qtbot, form, EndDockingDialog)
    qtbot.mouseClick(end.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.assignments_table.item(0, 3).text() != "至今")
    assert "年" in form.assignments_table.item(0, 3).text()
    assert people.list_assignments(main_window.db, person_id=roster.li)[0].end_date is not None

    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert set(people.get_person(main_window.db, roster.li)["roles"]) == {"npc_deputy", "social_worker"}


def test_people_dock_to_site_button(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    select_person(view, "陈芳")
    qtbot.mouseClick(view.dock_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view, AssignDialog)
    type_text(qtbot, dialog.site_chooser.lineEdit(), "北京街社工服务站")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("党员社工"))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (assignment,) = people.list_assignments(main_window.db, person_id=roster.chen)
    assert (assignment.site_id, assignment.role) == (roster.station, "party_social_worker")
    view.site_filter.set_site_id(roster.station)
    assert sorted(shown_names(view)) == ["王小红", "陈芳"]


def test_people_sort_by_clicking_a_header(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = show_people(qtbot, main_window)
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))

    click(1)  # 联系电话
    phones = [view.model.index(n, 1).data() for n in range(view.model.rowCount())]
    assert phones == sorted(phones)
    click(1)
    assert [view.model.index(n, 1).data() for n in range(view.model.rowCount())] == sorted(phones, reverse=True)
    before = shown_names(view)
    click(3)  # 角色: not sortable in SQL; nothing changes
    assert shown_names(view) == before and header.sortIndicatorSection() == 1


def test_people_history_of_a_person(qtbot, roster: Roster, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    from coordinator_app.ui.dialogs.history_dialog import HistoryDialog

    view = show_people(qtbot, main_window)
    select_person(view, "王小红")
    assert view.history_button.text() == "修改记录…"
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view, HistoryDialog)
    assert dialog.windowTitle() == "修改记录：王小红"
    assert dialog.findChild(QTableView).model().rowCount() > 0
    dialog.close()


def test_deleting_a_docked_council_member_says_what_goes_with_them_and_every_list_shows_it(  # type: ignore[no-untyped-def]
        qtbot, roster: Roster, main_window: MainWindow, message_boxes) -> None:
    from test_councils_panel import show_panel
    from test_docking_view import show_docking, undocked_names

    from coordinator_app.core.services import councils

    db = main_window.db
    councils.save_council(db, {"name": "北京街议事会", "kind": "community_council",
                               "street_id": geography.list_streets(db)[0].id},
                          members=[(roster.wang, "social_worker"), (roster.li, "npc_deputy")])
    council_list = show_panel(qtbot, main_window, main_window.councils_panel.councils_view)
    members_column = 4
    assert council_list.model.index(0, members_column).data() == "2"
    nav = main_window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(0)).center())
    view = show_people(qtbot, main_window)
    select_person(view, "王小红")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    question = message_boxes.shown[0][2]
    assert "王小红" in question and "1 个站点对接" in question and "1 个议事会席位" in question, question
    assert "王小红" not in shown_names(view)
    assert sorted(undocked_names(show_docking(qtbot, main_window))) == sorted([
        "两代表一委员工作室（北京路）", f"{geography.list_streets(db)[0].name}社工服务站"])
    council_list = show_panel(qtbot, main_window, main_window.councils_panel.councils_view)
    assert council_list.model.index(0, members_column).data() == "1"


def test_a_person_entered_again_is_questioned_before_saving(qtbot, roster: Roster, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                           message_boxes) -> None:
    view = show_people(qtbot, main_window)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = open_dialog(qtbot, view, PersonForm)
    type_text(qtbot, form.name_edit, "王小红")
    type_text(qtbot, form.phone_edit, "13800001111")
    message_boxes.answer = message_boxes.answer.No
    save(qtbot, form)
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "question" and "王小红" in text and "138****1111" in text and "13800001111" not in text
    assert form.isVisible() and view.count_label.text() == "共 3 人"
    message_boxes.answer = message_boxes.answer.Yes
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert view.count_label.text() == "共 4 人"
    # a namesake with another number is simply saved
    asked = len(message_boxes.shown)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = open_dialog(qtbot, view, PersonForm)
    type_text(qtbot, form.name_edit, "李建国")
    type_text(qtbot, form.phone_edit, "13912345678")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert len(message_boxes.shown) == asked and view.count_label.text() == "共 5 人"
