"""History (修改记录) of the councils panel's records: an appeal edited in its form lists the change with the
Chinese field label, old and new values as labels and names (never codes or ids); councils and meetings have
a 修改记录… button too."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QDialogButtonBox
from test_councils_panel import click, show_panel
from test_sites_support import type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, councils, geography, meetings, people
from coordinator_app.ui.councils.appeal_form import AppealForm
from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
from coordinator_app.ui.main_window import MainWindow


def edits(dialog: HistoryDialog) -> dict[str, list[str]]:
    """{field label: row} of each field's newest change (the rows come newest first)."""
    rows: dict[str, list[str]] = {}
    for row in dialog.texts():
        rows.setdefault(row[3], row)
    return rows


def test_edited_appeal_history_shows_labels_and_names(qtbot, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                      db: Database) -> None:
    street = geography.list_streets(db)[0]
    handler = people.create_person(db, {"name": "黄志强"})
    appeal = appeals.save_appeal(db, {"channel": "hotline", "category": "parking", "content": "小区停车难",
                                      "street_id": street.id, "received_on": date.today() - timedelta(days=3),
                                      "resident_name": "陈大明", "resident_phone": "13812345678"})
    view = show_panel(qtbot, main_window, main_window.councils_panel.appeals_view)
    assert not view.history_button.isEnabled()
    view.table.selectRow(0)
    click(qtbot, view.edit_button)
    form = main_window.findChild(AppealForm)
    form.category_combo.setCurrentIndex(form.category_combo.findText("加装电梯"))
    type_text(qtbot, form.transferred_edit, "区住建局")
    form.next_status.setCurrentIndex(form.next_status.findText("转办"))
    form.handler_chooser.set_person(handler, "黄志强")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    saved = appeals.get_appeal(db, appeal)
    assert (saved["category"], saved["status"], saved["handler_id"]) == ("elevator", "transferred", handler)

    view.table.selectRow(0)
    click(qtbot, view.history_button)
    dialog = main_window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert "诉求" in dialog.windowTitle()
    rows = edits(dialog)
    assert rows["类别"][4:] == ["停车交通", "加装电梯"]
    assert rows["状态"][4:] == ["受理", "转办"]
    assert rows["责任人"][4:] == ["", "黄志强"]  # a name, not the person's id
    assert rows["转办单位"][4:] == ["", "区住建局"]
    assert not any(handler in cell for r in dialog.texts() for cell in r)
    dialog.close()

    # the form has the same button
    view.table.selectRow(0)
    click(qtbot, view.edit_button)
    form = main_window.findChild(AppealForm)
    click(qtbot, form.history_button)
    assert form.findChild(HistoryDialog).texts() == dialog_texts_again(db, appeal)


def dialog_texts_again(db: Database, appeal: str) -> list[list[str]]:
    return HistoryDialog(db, appeal, "", record_type="appeal").texts()


def test_council_and_meeting_history(qtbot, main_window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    street = geography.list_streets(db)[0].id
    members = [people.create_person(db, {"name": f"成员{n}"}) for n in range(3)]
    council = councils.save_council(db, {"name": "东华议事会", "kind": "community_council", "street_id": street},
                                    [(m, "resident_representative") for m in members])
    values = {k: v for k, v in councils.get_council(db, council).items() if k not in ("id", "members")}
    councils.save_council(db, {**values, "kind": "joint_meeting", "notice_days": 5}, None, council)
    starts = datetime(2026, 12, 3, 19, 0)
    meeting = meetings.create_meeting(db, {"council_id": council, "starts_at": starts})
    meetings.update_meeting(db, meeting, {"council_id": council, "starts_at": starts, "title": "十二月议事",
                                          "chair_id": members[0]})

    view = show_panel(qtbot, main_window, main_window.councils_panel.councils_view)
    view.table.selectRow(0)
    click(qtbot, view.history_button)
    dialog = view.findChild(HistoryDialog)
    assert dialog.windowTitle() == "修改记录：东华议事会"
    rows = edits(dialog)
    assert rows["类型"][4:] == ["社区议事会", "联席会议"]
    assert rows["提前通知天数"][4:] == ["3", "5"]
    dialog.close()

    meetings_view = show_panel(qtbot, main_window, main_window.councils_panel.meetings_view)
    meetings_view.table.selectRow(0)
    click(qtbot, meetings_view.history_button)
    dialog = meetings_view.findChild(HistoryDialog)
    rows = edits(dialog)
    assert rows["主持人"][4:] == ["", "成员0"]
    assert rows["会议名称"][4:] == ["东华议事会12月例会", "十二月议事"]
    assert not any(members[0] in cell for r in dialog.texts() for cell in r)

    # the meeting dialog has the same button
    opened = meetings_view.open_selected()
    click(qtbot, opened.history_button)
    from_dialog = opened.findChild(HistoryDialog)
    assert from_dialog.windowTitle() == "修改记录：会议“十二月议事”"
    assert edits(from_dialog)["主持人"][4:] == ["", "成员0"]
    opened.close()
