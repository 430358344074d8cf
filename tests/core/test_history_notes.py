"""Why a history is empty: a record the demo data loaded (one summary change-log row for the whole load)
has no change-log row of its own until it is changed."""

from __future__ import annotations

from sqlalchemy import select

from coordinator_app.core.database import Database
from coordinator_app.core.demo import generate_demo
from coordinator_app.core.models import Site
from coordinator_app.core.services import history_notes, records, sites


def test_a_record_the_demo_loaded_is_told_apart(db: Database) -> None:
    generate_demo(db, "small")
    with db.read() as session:
        site_id = session.scalar(select(Site.id).order_by(Site.sort_name).limit(1))
    assert records.history(db, site_id) == []
    assert history_notes.loaded_by_demo(db, site_id)
    values = sites.get_site(db, site_id)
    values.pop("id")
    sites.update_site(db, site_id, {**values, "phone": "020-83001234"})
    assert not history_notes.loaded_by_demo(db, site_id), "changed since: its history has the change"
    assert not history_notes.loaded_by_demo(db, "no-such-record")


def test_without_demo_data_nothing_counts_as_loaded_by_it(db: Database) -> None:
    street = db_street(db)
    site_id = sites.create_site(db, {"name": "站", "kind": "social_work_station", "street_id": street})
    assert not history_notes.loaded_by_demo(db, site_id)


def db_street(db: Database) -> str:
    from coordinator_app.core.services import geography

    return geography.list_streets(db)[0].id
