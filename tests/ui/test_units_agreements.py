"""An agreement in force whose end date has passed shows as 已到期 on the unit's page, in the reminders and
beside its status in the agreement dialog, without anyone editing it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from test_units_view import place, show_units_panel  # noqa: F401 - place is a fixture

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, units
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.fields import to_qdate
from coordinator_app.ui.units.agreement_dialog import AgreementDialog
from coordinator_app.ui.units.unit_page import TAB_AGREEMENTS, UnitPage

TODAY = date.today()


def test_an_agreement_past_its_end_shows_as_expired(main_window: MainWindow, db: Database, place, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    unit_id = units.create_unit(db, {"name": "某某大厦", "category": "non_public", "street_id": place["street"]})
    base = {"unit_id": unit_id, "street_id": place["street"], "signed_on": TODAY - timedelta(days=365)}
    ended = agreements.save_agreement(db, {**base, "title": "昨天到期的协议", "valid_until": TODAY - timedelta(days=1)})
    agreements.save_agreement(db, {**base, "title": "今天到期的协议", "valid_until": TODAY})

    page = UnitPage(db, unit_id, main_window, TAB_AGREEMENTS)
    qtbot.addWidget(page)
    page.show()
    assert dict(zip(page.agreements.texts(0), page.agreements.texts(4), strict=True)) == \
        {"昨天到期的协议": "已到期", "今天到期的协议": "有效"}

    panel = show_units_panel(main_window)
    panel.tabs.setCurrentWidget(panel.reminders_view)
    reminders = panel.reminders_view
    assert reminders.expiring.texts(2) == ["昨天到期的协议", "今天到期的协议"]
    assert reminders.expiring.texts(5) == ["已到期", "有效"]
    assert reminders.expiring_label.text() == "30天内到期的协议 1 份，近30天已到期 1 份"

    dialog = AgreementDialog(db, unit_id, ended, page)
    qtbot.addWidget(dialog)
    assert dialog.status_combo.current_id() == "active"  # the stored status is left as it is
    assert dialog.status_note.text() == "有效期已过，显示为“已到期”。"
    dialog.until_edit.setDate(to_qdate(TODAY + timedelta(days=365)))  # renewed: in force again
    assert dialog.status_note.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.agreements.texts(4) == ["有效", "有效"]
    assert reminders.expiring_label.text() == "30天内到期的协议 1 份，近30天已到期 0 份"
