"""The councils panel through the real window: recording a whole meeting (attendance, three agenda items of
which one passes, one fails for lack of votes and one for lack of quorum, with the reason on screen), a late
notice recorded with a warning, an action item that closes the appeal it answers; overdue appeals and
councils in red; masked names; an appeal raised from a reception."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_sites_support import type_text

from coordinator_app.core.database import Database
from coordinator_app.core.models import AgendaItem
from coordinator_app.core.services import appeals, councils, geography, meetings, people, receptions, sites
from coordinator_app.ui.councils.marked import RED
from coordinator_app.ui.councils.meeting_dialog import MeetingDialog
from coordinator_app.ui.main_window import MainWindow


@dataclass
class Setup:
    council: str
    members: list[str]
    appeal: str
    street: str


@pytest.fixture
def setup(db: Database) -> Setup:
    street = geography.list_streets(db)[0].id
    community = geography.create_community(db, street, "东华社区")
    members = [people.create_person(db, {"name": f"成员{n:02d}"}) for n in range(20)]
    council = councils.save_council(db, {"name": "东华社区居民议事会", "kind": "community_council", "street_id": street,
                                         "community_id": community}, [(m, "resident_representative") for m in members])
    appeal = appeals.save_appeal(db, {"channel": "hotline", "content": "加装电梯协调", "street_id": street,
                                      "community_id": community, "received_on": date.today() - timedelta(days=40),
                                      "resident_name": "陈大明", "resident_phone": "13812345678"})
    return Setup(council, members, appeal, street)


def show_panel(qtbot, window: MainWindow, view):  # type: ignore[no-untyped-def]
    nav = window.nav
    row = window.stack.indexOf(window.councils_panel)
    assert nav.item(row).text() == "议事会"
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    tabs = window.councils_panel.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(view)).center())
    assert view.isVisible()
    return view


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def new_item(qtbot, dialog: MeetingDialog, title: str) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.new_item_button)
    type_text(qtbot, dialog.item_title, title)
    click(qtbot, dialog.save_item_button)
    assert dialog.items_list.currentItem().text().endswith(title)


def vote(qtbot, dialog: MeetingDialog, votes_for: int, against: int, abstain: int,  # type: ignore[no-untyped-def]
         present: int | None = None) -> str:
    if present is not None:
        dialog.present_spin.setValue(present)
    for spin, value in ((dialog.for_spin, votes_for), (dialog.against_spin, against), (dialog.abstain_spin, abstain)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), str(value))
    click(qtbot, dialog.vote_button)
    return dialog.outcome_label.text()


def test_record_a_whole_meeting(qtbot, main_window: MainWindow, db: Database, setup: Setup,  # type: ignore[no-untyped-def]
                                message_boxes) -> None:
    view = show_panel(qtbot, main_window, main_window.councils_panel.meetings_view)
    view.council_filter.setCurrentIndex(view.council_filter.findData(setup.council))
    click(qtbot, view.new_button)
    dialog = main_window.findChild(MeetingDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.attendance_table.rowCount() == 20

    # the notice goes up tomorrow for a meeting the day after: recorded, with a warning
    dialog.time_edit.setDateTime(dialog.time_edit.dateTime().currentDateTime().addDays(1))
    click(qtbot, dialog.notice_button)
    assert any("不足3天" in text for text in message_boxes.texts())
    assert "不足3天" in dialog.warnings_label.text() and dialog.status_label.text() == "状态：已发通知"

    # attendance: 15 present, 3 on leave, 2 absent
    for n in range(15, 18):
        dialog.set_attendance(f"成员{n:02d}", "leave")
    for n in range(18, 20):
        dialog.set_attendance(f"成员{n:02d}", "absent")
    assert dialog.quorum_label.text().startswith("出席成员15人（共20人）")
    click(qtbot, dialog.save_button)
    assert (meetings.get_meeting(db, dialog.meeting_id).present, meetings.get_meeting(db, dialog.meeting_id).members) \
        == (15, 20)

    # item 1, from the appeal: passes
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.new_item_button)
    type_text(qtbot, dialog.item_title, "加装电梯")
    dialog.item_source.setCurrentIndex(dialog.item_source.findData("appeal"))
    dialog.item_appeal.setCurrentIndex(dialog.item_appeal.findData(setup.appeal))
    click(qtbot, dialog.save_item_button)
    assert vote(qtbot, dialog, 11, 3, 1) == "通过：赞成11票，超过全体成员半数（10票）"
    # item 2: fails for lack of votes (10 is not more than half of 20)
    new_item(qtbot, dialog, "更换路灯")
    assert vote(qtbot, dialog, 10, 4, 1) == "未通过（票数不足）：赞成10票，未超过全体成员半数（10票）"
    # item 3: two members have left: no quorum, whatever the votes
    new_item(qtbot, dialog, "增设宣传栏")
    assert vote(qtbot, dialog, 13, 0, 0, present=13) == "未通过（未达法定人数）：出席13人，未达法定人数14人"
    assert [dialog.items_list.item(n).text() for n in range(3)] == [
        "1. 加装电梯（通过）", "2. 更换路灯（未通过（票数不足））", "3. 增设宣传栏（未通过（未达法定人数））"]
    outcomes = [(i.title, i.outcome) for i in meetings.get_meeting(db, dialog.meeting_id).agenda]
    assert outcomes == [("加装电梯", "passed"), ("更换路灯", "failed_votes"), ("增设宣传栏", "failed_quorum")]

    # an action item for the passed item; closing it proposes closing the appeal, and the user agrees
    dialog.tabs.setCurrentIndex(2)
    type_text(qtbot, dialog.action_title, "联系施工方进场")
    dialog.action_item_combo.setCurrentIndex(1)
    click(qtbot, dialog.add_action_button)
    assert dialog.actions_table.rowCount() == 1
    assert appeals.get_appeal(db, setup.appeal)["status"] == "in_progress"
    dialog.actions_table.selectRow(0)
    type_text(qtbot, dialog.action_result, "电梯已开工")
    click(qtbot, dialog.action_done_button)
    assert any("办结" in text for kind, _title, text in message_boxes.shown if kind == "question")
    appeal = appeals.get_appeal(db, setup.appeal)
    assert (appeal["status"], appeal["result"], appeal["satisfaction"]) == ("closed", "电梯已开工", "satisfied")
    assert dialog.actions_table.item(0, 3).text() == "已完成"

    # held, minutes, archived
    click(qtbot, dialog.held_button)
    dialog.tabs.setCurrentIndex(3)
    type_text(qtbot, dialog.minutes_edit, "会议审议三项议题。")
    click(qtbot, dialog.minutes_button)
    click(qtbot, dialog.archive_button)
    assert meetings.get_meeting(db, dialog.meeting_id).status == "archived"


def test_next_meeting_from_the_previous_one(qtbot, main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                            setup: Setup) -> None:
    first = meetings.create_meeting(db, {"council_id": setup.council, "starts_at": datetime.now() - timedelta(days=30)})
    meetings.save_agenda_item(db, first, {"title": "上月决议落实情况", "recurring": True})
    meetings.save_agenda_item(db, first, {"title": "一次性议题"})
    view = show_panel(qtbot, main_window, main_window.councils_panel.meetings_view)
    view.table.selectRow(0)
    click(qtbot, view.next_button)
    dialog = [d for d in main_window.findChildren(MeetingDialog) if d.meeting_id != first][0]
    qtbot.addWidget(dialog)
    assert [dialog.items_list.item(n).text() for n in range(dialog.items_list.count())] == ["1. 上月决议落实情况"]
    assert dialog.attendance_table.rowCount() == 20
    assert meetings.count_meetings(db, meetings.MeetingFilter(council_id=setup.council)) == 2


def test_overdue_appeals_and_councils_stand_out(qtbot, main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                setup: Setup) -> None:
    view = show_panel(qtbot, main_window, main_window.councils_panel.appeals_view)
    model = view.model
    assert model.total() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "陈*明" in texts and "138****5678" in texts
    assert any(t.startswith("⚠ 逾期") for t in texts)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == RED
    click(qtbot, view.full_names)
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "陈大明" in texts and "13812345678" in texts
    click(qtbot, view.overdue_only)
    assert model.total() == 1
    councils_view = show_panel(qtbot, main_window, main_window.councils_panel.councils_view)
    row = councils_view.model.row_at(0)
    assert row.overdue and councils_view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == RED
    closure = show_panel(qtbot, main_window, main_window.councils_panel.closure_view)
    assert closure.model.rowCount() == len(geography.list_streets(db))
    assert "办结率" in closure.summary.text()


def test_appeal_raised_from_a_reception(qtbot, main_window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.councils.appeal_form import AppealForm

    street = geography.list_streets(db)[0].id
    site = sites.create_site(db, {"name": "北京街两代表一委员工作室", "kind": "deputies_studio", "street_id": street})
    reception = receptions.save_reception(db, {"site_id": site, "held_at": datetime.now() - timedelta(days=2),
                                               "topics": "小区停车难"})
    stations = main_window.station_panel
    stations.tabs.setCurrentWidget(stations.receptions_view)
    view = stations.receptions_view
    view.site_chooser.reload()  # the site was made behind the window's back
    view.show_site(site)
    qtbot.waitUntil(lambda: view.log_model.rowCount() == 1, timeout=2000)
    view.log_table.selectRow(0)
    click(qtbot, view.appeal_button)
    form = main_window.findChild(AppealForm)
    assert form is not None
    qtbot.addWidget(form)
    assert form.content_edit.toPlainText() == "小区停车难" and form.location.street_id() == street
    type_text(qtbot, form.resident_edit, "黄小姐")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    [row] = appeals.list_appeals(db, appeals.AppealFilter(), full_names=True)
    data = appeals.get_appeal(db, row.id)
    assert (data["reception_id"], data["channel"], data["resident_name"], data["status"]) == (
        reception, "reception", "黄小姐", "accepted")


def test_councils_panel_builds_each_tab_when_first_shown(qtbot, main_window: MainWindow, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    panel = main_window.councils_panel
    tabs = panel.tabs
    assert not any(tabs.is_built(name) for name in ("appeals", "councils", "meetings", "closure"))
    show_panel(qtbot, main_window, panel.appeals_view)
    assert tabs.is_built("appeals") and not tabs.is_built("meetings") and not tabs.is_built("closure")
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["群众诉求", "议事会", "会议", "办结率"]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert tabs.is_built("meetings") and tabs.currentWidget() is panel.meetings_view
    assert panel.meetings_view.isVisible() and panel.meetings_view.model.total() >= 0


def test_a_reason_recorded_with_half_width_brackets_is_shown_full_width(qtbot, zh_app, db: Database,  # type: ignore[no-untyped-def]
                                                                       setup: Setup) -> None:
    meeting = meetings.create_meeting(db, {"council_id": setup.council, "starts_at": datetime.now()})
    item = meetings.save_agenda_item(db, meeting, {"title": "加装电梯", "source": "proposal"})
    meetings.record_vote(db, item, 11, 3, 1)
    with db.unit_of_work("a reason as earlier versions recorded it") as session:
        session.get(AgendaItem, item).outcome_reason = "赞成11票，超过全体成员半数(10票)"
    dialog = MeetingDialog(db, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.items_list.setCurrentRow(0)
    assert dialog.outcome_label.text() == "通过：赞成11票，超过全体成员半数（10票）"


def test_undo_from_the_main_window_shows_at_once_in_an_open_meeting(qtbot, main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                    setup: Setup, message_boxes) -> None:
    """The meeting window stays open beside the main window: 编辑 → 撤销 of the vote just recorded there takes the
    outcome back on its screen at once, and undoing the meeting's creation closes it."""
    view = show_panel(qtbot, main_window, main_window.councils_panel.meetings_view)
    view.council_filter.setCurrentIndex(view.council_filter.findData(setup.council))
    click(qtbot, view.new_button)
    dialog = main_window.findChild(MeetingDialog)
    qtbot.addWidget(dialog)
    for member in setup.members[:15]:
        dialog.set_attendance(next(m.name for m in meetings.get_meeting(db, dialog.meeting_id).attendance
                                   if m.person_id == member), "present")
    click(qtbot, dialog.save_button)
    dialog.tabs.setCurrentIndex(1)
    new_item(qtbot, dialog, "加装电梯")
    assert vote(qtbot, dialog, 11, 3, 1).startswith("通过")

    undo = next(a for a in main_window.menuBar().actions()[1].menu().actions() if a.text().startswith("撤销"))
    assert undo.text() == "撤销(&U)：记录表决"
    with qtbot.waitSignal(main_window.undo_done):  # undo runs in the background
        undo.trigger()
    assert dialog.outcome_label.text() == "尚未表决"
    assert dialog.items_list.item(0).text() == "1. 加装电梯"
    assert meetings.get_meeting(db, dialog.meeting_id).agenda[0].outcome is None

    while dialog.isVisible() and undo.isEnabled() and not undo.text().endswith("新建会议"):
        with qtbot.waitSignal(main_window.undo_done):
            undo.trigger()
    assert undo.text().endswith("新建会议")
    with qtbot.waitSignal(main_window.undo_done):
        undo.trigger()
    assert not dialog.isVisible()
    assert not any("找不到" in text for text in message_boxes.texts())


def test_ctrl_z_in_the_meeting_window_undoes_as_the_edit_menu_does(qtbot, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   db: Database, setup: Setup) -> None:
    """The meeting window stands beside the main window: Ctrl+Z there takes back the agenda item just added, as
    编辑 → 撤销 does, while the text field being typed in keeps Ctrl+Z for its own typing."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view = show_panel(qtbot, main_window, main_window.councils_panel.meetings_view)
    view.council_filter.setCurrentIndex(view.council_filter.findData(setup.council))
    click(qtbot, view.new_button)
    dialog = main_window.findChild(MeetingDialog)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    new_item(qtbot, dialog, "加装电梯")

    # Qt gives a window's key to the actions of that window: the dialog itself carries an enabled action for
    # the undo key, and it is the main window's 撤销; then the key itself, pressed in the active dialog
    undo_key = QKeySequence(QKeySequence.StandardKey.Undo)
    mine = [a for a in dialog.actions() if undo_key in a.shortcuts() and a.isEnabled()]
    assert mine == [main_window.undo_action]
    assert mine[0].shortcutContext() == Qt.ShortcutContext.WindowShortcut

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.items_list.setFocus()
    with qtbot.waitSignal(main_window.undo_done):  # undo runs in the background
        QTest.keySequence(dialog.items_list, undo_key)
    assert dialog.items_list.count() == 0
    assert meetings.get_meeting(db, dialog.meeting_id).agenda == []

    typing = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(dialog.title_edit, typing)
    assert typing.isAccepted()  # the field takes Ctrl+Z before the window's shortcut sees it
