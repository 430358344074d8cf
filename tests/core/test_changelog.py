"""The change log: every write through a unit of work leaves one row per changed field (one snapshot row per
new record), stamped with the user and this copy's id; a unit of work that fails leaves nothing at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from coordinator_app.config import AppConfig
from coordinator_app.core.changelog import decode_value, encode_value, read_snapshot, tracked_columns
from coordinator_app.core.database import Database, open_database
from coordinator_app.core.models import CREATED, ChangeLogEntry, Person, Reception, Site, SiteAssignment
from coordinator_app.core.services import geography, people, sites


def entries(db: Database, **where: str) -> list[ChangeLogEntry]:
    with db.read() as session:
        query = select(ChangeLogEntry).order_by(ChangeLogEntry.seq)
        for key, value in where.items():
            query = query.where(getattr(ChangeLogEntry, key) == value)
        return list(session.scalars(query))


def count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0


def test_each_write_is_logged_with_user_and_copy(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    before = count(db)
    site_id = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street})
    person_id = people.create_person(db, {"name": "陈伟", "is_party_member": True}, ["social_worker"])
    people.assign_to_site(db, person_id, site_id)
    new = entries(db)[before:]
    assert new and all(e.user_name == "测试员" and e.copy_id == db.copy_id for e in new)
    assert {e.action for e in new} == {"新建阵地", "新建人员", "对接站点"}
    # one batch per unit of work, shared by every row it wrote (the person and the role)
    batches = {e.action: {x.batch_id for x in new if x.action == e.action} for e in new}
    assert all(len(b) == 1 for b in batches.values())
    person_rows = [e for e in new if e.action == "新建人员"]
    assert {e.record_type for e in person_rows} == {"person", "person_role"}
    # a creation is one row: a snapshot of the record's name and initial values
    person_created = [e for e in person_rows if e.record_type == "person"]
    assert [e.field for e in person_created] == [CREATED]
    name, initial = read_snapshot(person_created[0].new_value)
    assert name == "陈伟" and initial["name"] == "陈伟" and initial["is_party_member"] == "1"
    assert "sort_name" not in initial and "search_text" not in initial  # derived columns are not logged
    # a change that changes nothing writes nothing
    values = {k: v for k, v in sites.get_site(db, site_id).items() if k != "id"}
    n = count(db)
    sites.update_site(db, site_id, values)
    assert count(db) == n


def test_copy_id_is_stable_and_user_name_follows_the_opener(app_config: AppConfig, db: Database) -> None:
    other = open_database(app_config, user_name="张三")
    try:
        assert other.copy_id == db.copy_id  # the same copy of the database
        geography.create_community(other, geography.list_streets(other)[0].id, "府学西社区")
        last = entries(other)[-1]
        assert (last.user_name, last.copy_id, last.action) == ("张三", db.copy_id, "新建社区")
    finally:
        other.dispose()


def test_a_failed_unit_of_work_writes_nothing(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    before = count(db)
    with pytest.raises(RuntimeError, match="boom"), db.unit_of_work("新建阵地") as session:
        session.add(Site(name="半途而废", kind="function_room", street_id=street))
        session.flush()  # the change-log rows are written here …
        raise RuntimeError("boom")  # … and rolled back with the site
    assert count(db) == before
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 0


def test_hard_delete_is_refused(db: Database) -> None:
    pid = people.create_person(db, {"name": "李四"})
    with pytest.raises(RuntimeError, match="soft-deleted"), db.unit_of_work("删除") as session:
        session.delete(session.get(Person, pid))
        session.flush()
    assert people.get_person(db, pid)["name"] == "李四"


def test_reads_write_no_log(db: Database) -> None:
    before = count(db)
    with db.read() as session:
        session.add(Person(name="只读会话"))
        session.flush()  # no batch in a read session: nothing is logged (and nothing committed)
    assert count(db) == before
    assert people.count_people(db, people.PersonFilter()) == 0


@pytest.mark.parametrize(("cls", "field", "value"), [
    (Person, "is_party_member", True), (Person, "is_party_member", False), (Person, "name", "陈伟"),
    (Reception, "visitor_count", 12), (Reception, "held_at", datetime(2026, 3, 1, 9, 30, 15, 250)),
    (SiteAssignment, "start_date", date(2025, 12, 31)), (SiteAssignment, "end_date", None),
])
def test_values_round_trip_through_text(cls: type, field: str, value: object) -> None:
    assert decode_value(cls, field, encode_value(value)) == value


def test_tracked_columns_leave_out_bookkeeping() -> None:
    columns = tracked_columns(Site)
    assert "name" in columns and "deleted_at" in columns
    assert not {"id", "created_at", "updated_at"} & set(columns)
