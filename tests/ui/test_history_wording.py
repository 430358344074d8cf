"""One wording for a record's history everywhere: the button reads 修改记录… and the window's title is
修改记录：<the record>, for sites, people, receptions, units and appeals. The list views put their buttons
below their tables (people and receptions as sites and units)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from test_sites_support import sites_view, small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, people, receptions, units
from coordinator_app.ui.councils.appeal_form import AppealForm
from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.units.unit_page import UnitPage


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[HistoryDialog]:
    """The history dialogs the views open (shown without blocking the test)."""
    dialogs: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: dialogs.append(self) or 0)
    monkeypatch.setattr(HistoryDialog, "open", lambda self: dialogs.append(self))
    return dialogs


def click_history(qtbot, button: QPushButton, opened: list[HistoryDialog]) -> str:  # type: ignore[no-untyped-def]
    assert button.text() == "修改记录…"
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened, "no history dialog was opened"
    return opened.pop().windowTitle()


def test_every_history_button_and_title_reads_the_same(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                     opened) -> None:
    net = small_network(db)
    person = people.create_person(db, {"name": "王小红"}, ["social_worker"])
    held = datetime.combine(date.today() - timedelta(days=3), datetime.min.time()).replace(hour=9)
    reception = receptions.save_reception(db, {"site_id": net.station, "held_at": held, "topics": "加装电梯"})
    unit = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public",
                                  "street_id": net.street_a})
    appeal = appeals.save_appeal(db, {"channel": "hotline", "content": "路灯不亮", "received_on": date(2026, 3, 2),
                                      "street_id": net.street_a})
    panel = main_window.station_panel

    view = sites_view(main_window)
    view.apply_filter()
    view.select_site(net.studio)
    assert click_history(qtbot, view.history_button, opened) == "修改记录：两代表一委员工作室（流花）"

    panel.tabs.setCurrentWidget(panel.people_view)
    panel.people_view.apply_filter()
    panel.people_view.select_id(person)
    assert click_history(qtbot, panel.people_view.history_button, opened) == "修改记录：王小红"

    panel.tabs.setCurrentWidget(panel.receptions_view)
    panel.receptions_view.show_site(net.station)
    panel.receptions_view.log_table.selectRow(0)
    title = click_history(qtbot, panel.receptions_view.history_button, opened)
    assert title.startswith("修改记录：人民街社工服务站 ") and title.endswith(" 接访")
    assert panel.receptions_view.selected_id() == reception

    main_window.nav.setCurrentRow(1)
    units_view = main_window.units_panel.units_view
    units_view.apply_filter()
    units_view.select_row_id(unit)
    assert click_history(qtbot, units_view.history_button, opened) == "修改记录：广州某某贸易有限公司"
    page = UnitPage(db, unit, main_window)
    qtbot.addWidget(page)
    assert click_history(qtbot, page.history_button, opened) == "修改记录：广州某某贸易有限公司"

    form = AppealForm(db, appeal, main_window)
    qtbot.addWidget(form)
    assert click_history(qtbot, form.history_button, opened) == "修改记录：2026年3月2日受理的诉求"


def _top(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_people_and_receptions_have_their_buttons_below_the_tables(main_window: MainWindow) -> None:
    panel = main_window.station_panel
    for view, table in ((panel.sites_view, panel.sites_view.table), (panel.people_view, panel.people_view.table),
                        (panel.receptions_view, panel.receptions_view.log_table)):
        panel.tabs.setCurrentWidget(view)
        bottom = _top(table, main_window) + table.height()
        assert _top(view.history_button, main_window) >= bottom, type(view).__name__
        assert view.history_button.x() > view.width() // 2, "buttons on the right, as in the sites list"


def test_field_and_action_columns_fit_their_longest_text(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                         tmp_path) -> None:
    """An imported unit's history names 统一社会信用代码 and 导入共建单位 in full, not cut to 统一社会信用…"""
    from openpyxl import Workbook

    from coordinator_app.exchange.importer import import_file

    book = Workbook()
    book.active.append(["单位名称", "统一社会信用代码", "单位类别", "所属街道"])
    book.active.append(["广州某甲公司", "91440104MA59A1B2CH", "非公企业", "北京街"])
    book.save(tmp_path / "u.xlsx")
    import_file(db, "units", tmp_path / "u.xlsx")
    unit = units.list_units(db, units.UnitFilter())[0]
    dialog = HistoryDialog(db, unit.id, "修改记录", main_window, record_type="unit")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = dialog.texts()
    metrics = dialog.table.fontMetrics()
    for column in (2, 3):
        longest = max(metrics.horizontalAdvance(row[column]) for row in texts)
        assert dialog.table.columnWidth(column) > longest + 8, (column, max(texts, key=lambda r: len(r[column])))
