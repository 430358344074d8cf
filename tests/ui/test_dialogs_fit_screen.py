"""The panels' large dialogs fit a laptop screen (1366×768 less the taskbar: 728 pixels high): each can be
made that small without hiding its 保存/关闭 buttons, and none opens taller than the screen it is on."""

from __future__ import annotations

from datetime import datetime

from test_councils_panel import Setup, setup  # noqa: F401 - setup is a fixture

from coordinator_app.core.database import Database
from coordinator_app.core.services import meetings
from coordinator_app.ui.councils.council_form import CouncilForm
from coordinator_app.ui.councils.meeting_dialog import MeetingDialog

LAPTOP_HEIGHT = 728


def test_meeting_dialog_and_council_form_fit_a_laptop_screen(qtbot, zh_app, db: Database,  # type: ignore[no-untyped-def]
                                                             setup: Setup) -> None:  # noqa: F811
    meeting = meetings.create_meeting(db, {"council_id": setup.council, "starts_at": datetime.now()})
    dialogs = [MeetingDialog(db, meeting), CouncilForm(db, setup.council)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        available = dialog.screen().availableGeometry()
        assert dialog.height() <= available.height(), type(dialog).__name__
        assert dialog.width() <= available.width(), type(dialog).__name__
        assert dialog.minimumSizeHint().height() <= LAPTOP_HEIGHT, type(dialog).__name__
    meeting_dialog = dialogs[0]
    for index in range(meeting_dialog.tabs.count()):
        meeting_dialog.tabs.setCurrentIndex(index)
        meeting_dialog.resize(1000, LAPTOP_HEIGHT - 40)
        qtbot.wait(10)
        assert meeting_dialog.save_button.isVisible()
        bottom = meeting_dialog.save_button.mapTo(meeting_dialog, meeting_dialog.save_button.rect().bottomLeft()).y()
        assert bottom < meeting_dialog.height(), "保存 stays on the dialog"
