"""登记诉求 from a reception: the 受理日期 is the reception's day, or today for a reception still ahead; a
受理日期 to come is refused with a clear message; the form's 办理 box keeps 当前状态 on its line and shows
no empty 跟进情况 for an appeal not yet saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.formatting import chinese_date
from coordinator_app.core.services import appeals, geography, receptions, sites
from coordinator_app.ui.councils.appeal_form import AppealForm
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.fields import from_qdate, to_qdate
from coordinator_app.ui.widgets.form_errors import is_invalid

TODAY = date.today()


@pytest.fixture
def site(db: Database) -> str:
    street = geography.list_streets(db)[0]
    return sites.create_site(db, {"name": "北京街人大代表联络站", "kind": "npc_liaison_station", "street_id": street.id})


def raise_appeal(qtbot, window: MainWindow, site_id: str, reception_id: str) -> AppealForm:  # type: ignore[no-untyped-def]
    panel = window.station_panel
    view = panel.receptions_view
    panel.tabs.setCurrentWidget(view)
    view.show_site(site_id)
    view._reselect(reception_id)
    assert view.selected_id() == reception_id
    qtbot.mouseClick(view.appeal_button, Qt.MouseButton.LeftButton)
    form = window.findChild(AppealForm)
    assert form is not None and form.isVisible()
    return form


def test_an_appeal_from_a_reception_ahead_is_received_today_and_a_future_date_refused(  # type: ignore[no-untyped-def]
        main_window: MainWindow, db: Database, site: str, qtbot, message_boxes) -> None:
    tomorrow = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=9)
    reception = receptions.save_reception(db, {"site_id": site, "held_at": tomorrow, "topics": "小区停车难"})
    form = raise_appeal(qtbot, main_window, site, reception)
    assert from_qdate(form.received_edit.date()) == TODAY
    assert from_qdate(form.due_edit.date()) == TODAY + timedelta(days=appeals.DEFAULT_DAYS)

    form.received_edit.setDate(to_qdate(TODAY + timedelta(days=1)))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.isVisible(), "refused: the form stays open"
    assert message_boxes.texts() == [f"受理日期（{chinese_date(TODAY + timedelta(days=1))}）在今天"
                                     f"（{chinese_date(TODAY)}）之后，请填写实际受理诉求的日期。"]
    assert is_invalid(form.received_edit)
    assert appeals.count_appeals(db, appeals.AppealFilter()) == 0

    form.received_edit.setDate(to_qdate(TODAY))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    saved = appeals.get_appeal(db, form.saved_id)
    assert (saved["received_on"], saved["reception_id"]) == (TODAY, reception)


def test_an_appeal_from_a_past_reception_is_received_on_its_day(main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                site: str, qtbot) -> None:
    held = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).replace(hour=14)
    reception = receptions.save_reception(db, {"site_id": site, "held_at": held, "topics": "路灯不亮"})
    form = raise_appeal(qtbot, main_window, site, reception)
    assert from_qdate(form.received_edit.date()) == TODAY - timedelta(days=3)


def _row_label(dialog: QWidget, field: QWidget) -> QWidget:
    """The label of ``field``'s row in whichever form layout of ``dialog`` holds it."""
    labels = [form.labelForField(field) for form in dialog.findChildren(QFormLayout)]
    found = [label for label in labels if label is not None]
    assert len(found) == 1
    return found[0]


def test_the_handling_box_keeps_values_on_their_lines(main_window: MainWindow, db: Database, site: str,  # type: ignore[no-untyped-def]
                                                      qtbot) -> None:
    held = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=9)
    reception = receptions.save_reception(db, {"site_id": site, "held_at": held, "topics": "加装电梯"})
    form = raise_appeal(qtbot, main_window, site, reception)
    line = form.fontMetrics().height()
    for value in (form.status_label, form.source_label):
        label = _row_label(form, value)
        assert value.isVisible() and value.text()
        assert abs(value.geometry().top() - label.geometry().top()) <= 4, f"{value.text()} sits on its own line"
        assert value.height() <= 2 * line, f"{value.text()} takes {value.height()} px"
    assert form.status_label.text() == "受理"
    assert not form.trail_label.isVisible(), "nothing has followed up an appeal not yet saved"
    assert not _row_label(form, form.trail_label).isVisible()

    form.reject()
    appeal = appeals.save_appeal(db, appeals.appeal_from_reception(db, reception) | {"content": "加装电梯"})
    saved_form = AppealForm(db, appeal, main_window)
    qtbot.addWidget(saved_form)
    saved_form.show()
    assert saved_form.trail_label.isVisible() and saved_form.trail_label.text() == "尚未提交会议讨论。"
