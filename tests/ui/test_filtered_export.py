"""导出… "the rows of the current list" from each directory list, through the real widgets: type a search,
export, and the workbook holds exactly the rows the list shows. The filter's ids are found by the
directory's ids-only query in the export's background task, never on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from test_sites_support import type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, geography, people, sites, units
from coordinator_app.ui import operations
from coordinator_app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Case:
    nav_row: int
    view: Callable[[MainWindow], Any]
    #: makes the directory; returns every row's text in the exported column
    make: Callable[[Database], list[str]]
    search: str
    #: the exported column that tells the rows apart (0-based)
    column: int


def _people(db: Database) -> list[str]:
    for name, phone in (("陈伟明", "13800000001"), ("陈丽", "13800000002"), ("黄丽", "13800000003")):
        people.create_person(db, {"name": name, "phone": phone})
    return ["陈伟明", "陈丽", "黄丽"]


def _sites(db: Database) -> list[str]:
    street = geography.list_streets(db)[0].id
    names = ["北京街社工服务站", "府学西社区党群服务中心", "北京街人大代表社区联络站", "惠新社区爱心屋"]
    for name, kind in zip(names, ("social_work_station", "community_service_center", "npc_liaison_station",
                                  "charity_point"), strict=True):
        sites.create_site(db, {"name": name, "kind": kind, "street_id": street})
    return names


def _units(db: Database) -> list[str]:
    street = geography.list_streets(db)[0].id
    names = ["广州甲科技有限公司", "广州乙科技有限公司", "越秀区丙医院"]
    for name in names:
        units.create_unit(db, {"name": name, "category": "non_public", "street_id": street})
    return names


def _appeals(db: Database) -> list[str]:
    street = geography.list_streets(db)[0].id
    contents = ["加装电梯协调", "楼道照明维修", "电梯噪音扰民"]
    for n, content in enumerate(contents):
        appeals.save_appeal(db, {"channel": "reception", "category": "elevator", "content": content,
                                 "received_on": date.today() - timedelta(days=n + 1), "street_id": street,
                                 "resident_name": "陈大明", "resident_phone": "13812345678"})
    return contents


CASES = {
    "people": Case(0, lambda w: w.station_panel.people_view, _people, "陈", 0),
    "sites": Case(0, lambda w: w.station_panel.sites_view, _sites, "社区", 0),
    "units": Case(1, lambda w: w.units_panel.units_view, _units, "科技", 0),
    "appeals": Case(2, lambda w: w.councils_panel.appeals_view, _appeals, "电梯", 5),
}


def _show(window: MainWindow, case: Case, qtbot) -> Any:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(case.nav_row)
    view = case.view(window)
    widget: QWidget | None = view
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    if widget is not None:
        widget.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible, timeout=3000)
    return view


def _search(view: Any) -> Any:
    return view.search_edit if hasattr(view, "search_edit") else view.search


def _shown(view: Any, column: int) -> list[str]:
    """What the list shows in ``column`` of the model (which matches the exported column's data)."""
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.mark.parametrize("name", list(CASES))
def test_export_the_filtered_list_writes_exactly_its_rows(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, message_boxes,
                                                          monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    case = CASES[name]
    everything = case.make(db)
    view = _show(main_window, case, qtbot)
    operations.hub().changed.emit("")  # as after a write: the list shows the new rows
    qtbot.waitUntil(lambda: view.model.total() == len(everything), timeout=3000)
    assert view.exchange.filtered_ids() is None  # no filter: "the current list" is the whole directory

    wanted = sorted(text for text in everything if case.search in text)
    assert 0 < len(wanted) < len(everything)
    type_text(qtbot, _search(view), case.search)
    qtbot.keyClick(_search(view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.total() == len(wanted), timeout=3000)
    assert sorted(_shown(view, case.column)) == wanted

    threads: list[bool] = []
    query = type(view).ids_query

    def recording(db_: Database, f: Any) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return query(db_, f)

    monkeypatch.setattr(type(view), "ids_query", staticmethod(recording))
    out = tmp_path / f"{name}.xlsx"
    task = view.exchange.export_file(str(out), current=True, full=False)
    assert threads == []  # nothing queried on the GUI thread before the task starts
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10_000)
    assert task.error is None
    assert threads == [False]  # one ids query, in the worker thread
    sheet = load_workbook(out).active
    exported = [row[case.column] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert sorted(exported) == wanted
    assert str(len(wanted)) in message_boxes.texts()[-1]

    # the whole directory is still there to export, untouched by the filter
    out_all = tmp_path / f"{name}-all.xlsx"
    message_boxes.shown.clear()
    view.exchange.export_file(str(out_all), current=False, full=False)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10_000)
    exported_all = [row[case.column] for row in load_workbook(out_all).active.iter_rows(min_row=3, values_only=True)]
    assert sorted(exported_all) == sorted(everything)
    assert threads == [False]  # no ids query for the whole directory
