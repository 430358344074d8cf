"""The person form's docking table (对接站点) gives its role and date columns room for their headers and
values, also while it is empty (a new person); the site column takes the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.person_form import PersonForm


def clipped(form: PersonForm) -> list[tuple[str, int, int]]:
    """(text, width it needs, width it has) of each header or cell of the table cut short."""
    table = form.assignments_table
    header = table.horizontalHeader()
    found = []
    for column in range(table.columnCount()):
        texts = [(table.horizontalHeaderItem(column).text(), header.fontMetrics())]
        texts += [(table.item(row, column).text(), table.fontMetrics()) for row in range(table.rowCount())]
        for text, metrics in texts:
            needed = metrics.horizontalAdvance(text) + 12
            if needed > header.sectionSize(column):
                found.append((text, needed, header.sectionSize(column)))
    return found


def test_the_empty_docking_table_of_a_new_person_shows_whole_headers(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = PersonForm(main_window.db, None, main_window)
    qtbot.addWidget(form)
    form.show()
    assert form.assignments_table.rowCount() == 0
    assert not clipped(form), clipped(form)
    header = form.assignments_table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(0) > header.sectionSize(1), "the site's name gets the most room"


def test_a_docking_reads_whole(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    street = geography.list_streets(db)[0]
    site = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street.id})
    person = people.create_person(db, {"name": "王小红"}, ["party_social_worker"])
    people.assign_to_site(db, person, site, date(2026, 10, 28), role="party_social_worker")
    form = PersonForm(db, person, main_window)
    qtbot.addWidget(form)
    form.show()
    assert [form.assignments_table.item(0, c).text() for c in range(4)] == \
        ["北京街社工服务站", "党员社工", "2026年10月28日", "至今"]
    assert not clipped(form), clipped(form)
