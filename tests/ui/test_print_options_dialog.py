"""The print options dialog of every document kind sizes itself to its content: no label, check box or button
is cut off, the word-wrapped note about phone numbers included, in Chinese and in English, at the usual font
size and at a large one (as set on a high-resolution screen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, councils, geography, meetings, people, units
from coordinator_app.printing.kinds import KINDS
from coordinator_app.ui.councils.meeting_dialog import MeetingDialog
from coordinator_app.ui.i18n import install_translators
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.printing.options_dialog import PrintOptionsDialog
from coordinator_app.ui.units.unit_page import UnitPage


def clipped(dialog: QDialog) -> list[str]:
    """The texts on ``dialog`` that do not fit where they are laid out: a word-wrapped label shorter than its
    height for its width, any other label, check box or button narrower or lower than its size hint, or a
    widget reaching past the dialog's edge."""
    out = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible():
            continue
        text = widget.text()
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.heightForWidth(size.width()) <= size.height()
        else:
            hint = widget.sizeHint()
            fits = hint.width() <= size.width() and hint.height() <= size.height()
        corner = widget.mapTo(dialog, QPoint(size.width(), size.height()))
        inside = corner.x() <= dialog.width() and corner.y() <= dialog.height()
        if not (fits and inside):
            out.append(f"{text!r}: {size.width()}×{size.height()}, hint {widget.sizeHint().toTuple()}, "
                       f"dialog {dialog.width()}×{dialog.height()}")
    return out


@pytest.fixture(params=[("zh_CN", None), ("zh_CN", 16), ("en", None)], ids=["zh", "zh-large-font", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, main_window: MainWindow) -> Iterator[str]:
    """The dialogs' language and font (None: the platform's; 16 pt: a large font), set once the main window
    (in Chinese) is open."""
    code, points = request.param
    font = qapp.font()
    if points:
        large = QFont(font)
        large.setPointSize(points)
        qapp.setFont(large)
    install_translators(qapp, code)
    yield code
    qapp.setFont(font)
    install_translators(qapp, "zh_CN")


def opened_dialogs(qtbot, main_window: MainWindow, db: Database) -> dict[str, PrintOptionsDialog]:  # type: ignore[no-untyped-def]
    """The options of every kind of document, opened the way the user opens them."""
    street = geography.list_streets(db)[0].id
    found: dict[str, PrintOptionsDialog] = {}

    def keep(dialog: QWidget | None) -> None:
        assert isinstance(dialog, PrintOptionsDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found[dialog.kind] = dialog

    sites_view = main_window.station_panel.sites_view
    sites_view.print_button.click()
    keep(sites_view.last_print_dialog)
    receptions_view = main_window.station_panel.receptions_view
    receptions_view.street_filter.setCurrentIndex(receptions_view.street_filter.findData(street))
    keep(receptions_view.print_notice())
    keep(main_window.units_panel.units_view.print_roster())
    unit = units.create_unit(db, {"name": "越秀区某某科技有限公司", "category": "other", "street_id": street,
                                  "contact_phone": "13900001111"})
    agreements.save_agreement(db, {"unit_id": unit, "street_id": street, "title": "共建协议",
                                   "signed_on": date(2026, 1, 1), "status": "active"})
    page = UnitPage(db, unit)
    qtbot.addWidget(page)
    page.agreements.table.selectRow(0)
    keep(page.print_agreement())
    member = people.create_person(db, {"name": "成员甲"})
    council = councils.save_council(db, {"name": "测试议事会", "kind": "community_council", "street_id": street},
                                    [(member, "resident_representative")])
    meeting = meetings.create_meeting(db, {"council_id": council, "starts_at": datetime.now() + timedelta(days=10)})
    meeting_dialog = MeetingDialog(db, meeting)
    qtbot.addWidget(meeting_dialog)
    meeting_dialog.show()
    for action in meeting_dialog.print_button.menu().actions():
        action.trigger()
        keep(meeting_dialog.last_print_dialog)
    return found


def test_no_text_is_cut_off_in_any_print_options_dialog(qtbot, main_window: MainWindow, language: str,  # type: ignore[no-untyped-def]
                                                        db: Database) -> None:
    dialogs = opened_dialogs(qtbot, main_window, db)
    assert (dialogs["unit-agreement"].windowTitle() == "Print the agreement") == (language == "en")
    assert set(dialogs) == set(KINDS)
    for kind, dialog in dialogs.items():
        assert clipped(dialog) == [], kind
        note = next(label for label in dialog.findChildren(QLabel) if label.wordWrap())
        assert "138" in note.text() and note.height() > note.fontMetrics().height(), "the note takes two lines"
        dialog.close()


def test_the_agreement_options_keep_their_note_whole_when_the_user_resizes(qtbot, zh_app, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                                           db: Database) -> None:
    """The 打印共建协议书 options, where the note was cut off: the user cannot shrink it into cutting it off."""
    dialog = opened_dialogs(qtbot, main_window, db)["unit-agreement"]
    dialog.resize(200, 40)
    QApplication.processEvents()
    assert clipped(dialog) == []
