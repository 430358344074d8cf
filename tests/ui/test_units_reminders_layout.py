"""The reminders tab (到期与久未对接): each table has a title, and each open button says what it opens
(the unit's agreements, the unit's contact log) and opens that tab of the unit's page."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton
from test_units_view import place, show_units_panel  # noqa: F401 - place is a fixture

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, units
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.units.unit_page import TAB_AGREEMENTS, TAB_CONTACTS, UnitPage


def test_each_table_has_a_title_and_each_button_says_what_it_opens(main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                  place, qtbot, monkeypatch) -> None:  # noqa: F811
    today = date.today()
    unit_id = units.create_unit(db, {"name": "某某大厦", "category": "non_public", "street_id": place["street"]})
    agreements.save_agreement(db, {"unit_id": unit_id, "street_id": place["street"], "title": "共建协议",
                                   "signed_on": today - timedelta(days=300), "valid_until": today + timedelta(days=10)})
    panel = show_units_panel(main_window)
    panel.tabs.setCurrentWidget(panel.reminders_view)
    view = panel.reminders_view

    titles = {box.objectName(): box.title() for box in view.findChildren(QGroupBox) if box.isVisible()}
    assert titles == {"expiringBox": "即将到期和近期已到期的共建协议", "staleBox": "久未对接的共建单位"}
    assert view.expiring.isVisibleTo(view.findChild(QGroupBox, "expiringBox"))
    assert view.table.isVisibleTo(view.findChild(QGroupBox, "staleBox"))
    buttons = [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]
    assert sorted(buttons) == sorted(["打开该单位的共建协议", "打开该单位的对接记录"]), "two buttons, two texts"

    opened: list[int] = []
    monkeypatch.setattr(UnitPage, "exec", lambda self: opened.append(self.tabs.currentIndex()) or 0)
    view.expiring.table.selectRow(0)
    qtbot.mouseClick(view.open_expiring_button, Qt.MouseButton.LeftButton)
    assert not view.open_stale_button.isEnabled(), "nothing chosen in the lower table yet"
    view.table.selectRow(0)
    assert view.open_stale_button.isEnabled()
    qtbot.mouseClick(view.open_stale_button, Qt.MouseButton.LeftButton)
    assert opened == [TAB_AGREEMENTS, TAB_CONTACTS]
