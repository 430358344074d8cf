"""The councils panel in Chinese shows no English: its four tabs with data, the meeting dialog's tabs, the
appeal and council forms (the walk of ``test_translations``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QWidget
from test_translations import assert_no_english

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, councils, geography, meetings, people
from coordinator_app.ui.main_window import MainWindow


def test_councils_panel_shows_no_english(qtbot, main_window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.councils.appeal_form import AppealForm
    from coordinator_app.ui.councils.council_form import CouncilForm
    from coordinator_app.ui.councils.meeting_dialog import MeetingDialog

    street = geography.list_streets(db)[0].id
    members = [people.create_person(db, {"name": f"成员{n}"}) for n in range(5)]
    council = councils.save_council(db, {"name": "联席会议", "kind": "joint_meeting", "street_id": street},
                                    [(m, "npc_deputy") for m in members])
    appeal = appeals.save_appeal(db, {"channel": "online", "content": "路灯不亮", "street_id": street,
                                      "received_on": date.today() - timedelta(days=30), "resident_name": "李四"})
    meeting = meetings.create_meeting(db, {"council_id": council, "starts_at": datetime.now()})
    item = meetings.save_agenda_item(db, meeting, {"title": "路灯维修", "appeal_id": appeal})
    meetings.record_vote(db, item, 4, 0, 0)
    meetings.save_action(db, {"title": "报修", "agenda_item_id": item})
    panel = main_window.councils_panel
    main_window.nav.setCurrentRow(main_window.stack.indexOf(panel))
    for view in (panel.appeals_view, panel.councils_view, panel.meetings_view, panel.closure_view):
        panel.tabs.setCurrentWidget(view)
        assert_no_english(main_window)
    dialog = MeetingDialog(db, meeting, main_window)
    forms: list[QWidget] = [AppealForm(db, None, main_window), AppealForm(db, appeal, main_window),
                            CouncilForm(db, None, main_window), CouncilForm(db, council, main_window)]
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert_no_english(dialog)
    for form in forms:
        qtbot.addWidget(form)
        form.show()
        assert_no_english(form)
        form.hide()
    from coordinator_app.ui.dialogs.history_dialog import HistoryDialog

    for record_id, record_type in ((appeal, "appeal"), (council, "council"), (meeting, "meeting"),
                                   (item, "agenda_item")):
        history = HistoryDialog(db, record_id, "历史记录", main_window, record_type=record_type)
        qtbot.addWidget(history)
        history.show()
        assert_no_english(history)
        history.hide()
