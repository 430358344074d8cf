"""Bulk inserts (the import's write path) must leave the same rows and the same change log as the ORM session
would: derived columns filled by the models' own functions, and one creation snapshot per record."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coordinator_app.core.changelog import read_snapshot
from coordinator_app.core.database import Database
from coordinator_app.core.models import CREATED, ChangeLogEntry, CoBuildingUnit, Person, Record
from coordinator_app.core.models.base import new_ids
from coordinator_app.core.services import geography
from coordinator_app.exchange.bulk import insert_logged

CHINESE = "党群服务中心越秀区北京街广州市科技有限公司曾单区陈李张王"
text = st.text(alphabet=CHINESE + string.ascii_letters + string.digits + " ·（）-", max_size=20)
BOOKKEEPING = {"id", "created_at", "updated_at"}


def row_of(db: Database, cls: type[Record], record_id: str) -> dict[str, Any]:
    with db.read() as session:
        obj = session.get(cls, record_id)
        assert obj is not None
        return {c.key: getattr(obj, c.key) for c in cls.__table__.columns if c.key not in BOOKKEEPING}


def creation_of(db: Database, record_id: str) -> tuple[str, dict[str, str]]:
    with db.read() as session:
        rows = list(session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.record_id == record_id)))
    assert [r.field for r in rows] == [CREATED]
    return read_snapshot(rows[0].new_value)


def both_ways(db: Database, cls: type[Record], values: dict[str, Any]) -> tuple[str, str]:
    with db.unit_of_work("逐条新建") as session:
        obj = cls(**values)
        session.add(obj)
        session.flush()
        orm_id = obj.id
    with db.unit_of_work("批量新建") as session:
        [bulk_id] = insert_logged(session, cls, [dict(values)])
    return orm_id, bulk_id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=text.filter(str.strip), address=text, contact=text, phone=st.from_regex(r"1[3-9]\d{9}", fullmatch=True) | st.just(""),
       tags=text, alliance=st.booleans() | st.none(), notes=st.none() | text)
def test_a_unit_inserted_in_bulk_is_the_unit_the_session_would_insert(
        db: Database, name: str, address: str, contact: str, phone: str, tags: str, alliance: bool | None,
        notes: str | None) -> None:
    street = geography.list_streets(db)[0].id
    values = {"name": name, "category": "non_public_enterprise", "street_id": street, "address": address,
              "contact_name": contact, "contact_phone": phone, "tags": tags, "in_charity_alliance": alliance,
              "notes": notes}
    orm_id, bulk_id = both_ways(db, CoBuildingUnit, values)
    assert row_of(db, CoBuildingUnit, bulk_id) == row_of(db, CoBuildingUnit, orm_id)
    assert creation_of(db, bulk_id) == creation_of(db, orm_id)


def test_a_person_inserted_in_bulk_is_the_person_the_session_would_insert(db: Database) -> None:
    values = {"name": "曾晓明", "phone": "13812345678", "is_party_member": True, "skills": "书法、摄影"}
    orm_id, bulk_id = both_ways(db, Person, values)
    bulk_row = row_of(db, Person, bulk_id)
    assert bulk_row == row_of(db, Person, orm_id)
    assert bulk_row["sort_name"].startswith("zeng")  # the surname reading, filled by the model's own function
    name, initial = creation_of(db, bulk_id)
    assert name == "曾晓明" and initial["is_party_member"] == "1" and "search_text" not in initial


def test_bulk_ids_are_uuids_in_creation_order() -> None:
    import time
    import uuid

    before = time.time_ns() // 1_000_000
    ids = new_ids(10_000)  # more than the 12-bit counter holds in one millisecond
    after = new_ids(3)
    assert len(set(ids + after)) == len(ids) + 3
    assert ids == sorted(ids)  # in creation order within a call, as text too
    for value in ids[:50] + ids[-50:] + after:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert before <= parsed.int >> 80 <= before + 60_000  # the milliseconds since 1970 lead the id

