"""Each tab of the councils panel follows the data the way every list does (RefreshWhenShown): hidden, it
loads nothing; shown again after a change it shows, it loads once and shows the change; shown again when
nothing changed (or only something it does not show), it loads nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from test_councils_panel import show_panel

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, councils, geography, meetings
from coordinator_app.ui import operations
from coordinator_app.ui.main_window import MainWindow


def _new_appeal(db: Database) -> None:
    operations.write(None, "appeal", appeals.save_appeal, db, {
        "channel": "hotline", "content": "楼道照明维修", "street_id": geography.list_streets(db)[0].id,
        "received_on": date.today() - timedelta(days=3), "resident_name": "黄丽", "resident_phone": "13800000002"})


def _new_council(db: Database) -> None:
    operations.write(None, "council", councils.save_council, db, {
        "name": "人民街共治议事会", "kind": "co_governance_council", "street_id": geography.list_streets(db)[1].id}, [])


@dataclass(frozen=True)
class Case:
    view: Callable[[MainWindow], Any]
    #: the service module and function the view loads with
    loads: tuple[Any, str]
    #: a write of what the view shows
    change: Callable[[Database], None]
    #: what the view shows of it
    shown: Callable[[Any], Any]
    #: a change of a record type the view does not show (None: it shows every change)
    unrelated: str | None = "co_unit"


CASES = {
    "appeals": Case(lambda w: w.councils_panel.appeals_view, (appeals, "count_appeals"), _new_appeal,
                    lambda v: v.model.total()),
    "councils": Case(lambda w: w.councils_panel.councils_view, (councils, "list_councils"), _new_council,
                     lambda v: v.model.rowCount()),
    "meetings": Case(lambda w: w.councils_panel.meetings_view, (meetings, "count_meetings"), _new_council,
                     lambda v: v.council_filter.count(), unrelated=None),
    "closure": Case(lambda w: w.councils_panel.closure_view, (appeals, "closure_rates"), _new_appeal,
                    lambda v: v.summary.text()),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hidden_view_reloads_when_shown_after_a_change_and_only_then(main_window: MainWindow, db: Database,
                                                                       qtbot, monkeypatch: pytest.MonkeyPatch,
                                                                       name: str) -> None:
    case = CASES[name]
    _new_appeal(db)
    _new_council(db)
    view = show_panel(qtbot, main_window, case.view(main_window))
    tabs = main_window.councils_panel.tabs

    def hide() -> None:
        tabs.setCurrentIndex((tabs.indexOf(view) + 1) % tabs.count())
        assert not view.isVisible()

    module, function = case.loads
    loads: list[int] = []
    original = getattr(module, function)

    def counting(*args: Any, **kwargs: Any) -> Any:
        loads.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, function, counting)
    before = case.shown(view)

    hide()
    show_panel(qtbot, main_window, view)
    assert loads == []  # nothing changed: nothing loaded

    hide()
    case.change(db)
    assert loads == []  # hidden: not loaded yet
    show_panel(qtbot, main_window, view)
    assert len(loads) == 1
    assert case.shown(view) != before

    hide()
    show_panel(qtbot, main_window, view)
    assert len(loads) == 1  # shown again, nothing changed since

    if case.unrelated is not None:
        hide()
        operations.hub().changed.emit(case.unrelated)
        show_panel(qtbot, main_window, view)
        assert len(loads) == 1
