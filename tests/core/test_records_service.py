"""Generic record operations: each record's history, the recycle bin with restore, and undo of the
user's last change (create, update, delete, restore), refused when it cannot be done cleanly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from coordinator_app.config import AppConfig
from coordinator_app.core.database import Database, open_database
from coordinator_app.core.errors import NotFoundError, NothingToUndoError, ValidationError
from coordinator_app.core.models import CREATED, Base, ChangeLogEntry, PersonRole, Site
from coordinator_app.core.services import geography, people, records, sites, units


def dump(db: Database) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t))) for t in Base.metadata.sorted_tables}


@pytest.fixture
def street(db: Database) -> str:
    return geography.list_streets(db)[0].id


def make_site(db: Database, street: str, **extra: object) -> str:
    return sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street,
                                  "phone": "020-83001234", **extra})


def edit(db: Database, site_id: str, **changes: object) -> None:
    values = {k: v for k, v in sites.get_site(db, site_id).items() if k != "id"}
    sites.update_site(db, site_id, {**values, **changes})


def is_deleted(db: Database, site_id: str) -> bool:
    with db.read() as session:
        site = session.get(Site, site_id)
        assert site is not None
        return site.deleted_at is not None


def test_history_of_create_update_delete(db: Database, street: str) -> None:
    site_id = make_site(db, street)
    edit(db, site_id, name="北京街社工服务站（新址）", address="越秀区北京路1号")
    sites.delete_site(db, site_id)
    entries = records.history(db, site_id)  # newest first
    assert all(e.user_name == "测试员" for e in entries)
    assert entries[0].action == "删除阵地" and entries[0].field == "deleted_at"
    assert entries[0].old_value is None and entries[0].new_value
    update = {e.field: (e.old_value, e.new_value) for e in entries if e.action == "修改阵地"}
    assert update == {"name": ("北京街社工服务站", "北京街社工服务站（新址）"), "address": ("", "越秀区北京路1号")}
    created = [e for e in entries if e.action == "新建阵地"]
    assert {e.field for e in created} >= {CREATED, "name", "kind", "street_id", "phone"}
    assert next(e for e in created if e.field == CREATED).new_value == "北京街社工服务站"
    assert [e.changed_at for e in entries] == sorted((e.changed_at for e in entries), reverse=True)


def test_recycle_bin_and_restore(db: Database, street: str) -> None:
    site_id = make_site(db, street)
    person = people.create_person(db, {"name": "陈伟"})
    assert records.recycle_bin(db) == []
    sites.delete_site(db, site_id)
    people.delete_person(db, person)
    binned = records.recycle_bin(db)
    assert {(r.record_type, r.type_label, r.name) for r in binned} == {("site", "阵地", "北京街社工服务站"),
                                                                        ("person", "人员", "陈伟")}
    assert binned[0].deleted_at >= binned[1].deleted_at  # newest first
    records.restore(db, "site", site_id)
    assert sites.get_site(db, site_id)["name"] == "北京街社工服务站"
    assert [r.record_type for r in records.recycle_bin(db)] == ["person"]
    with pytest.raises(NotFoundError):
        records.restore(db, "site", "no-such-id")


def test_the_recycle_bin_names_the_unit_a_merged_unit_went_into(db: Database, street: str) -> None:
    keep = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public", "street_id": street})
    merged = units.create_unit(db, {"name": "广州某某贸易", "category": "non_public", "street_id": street})
    deleted = units.create_unit(db, {"name": "已删除的单位", "category": "non_public", "street_id": street})
    site_id = make_site(db, street)
    units.merge_units(db, keep, merged)
    units.delete_unit(db, deleted)
    sites.delete_site(db, site_id)
    assert {r.name: r.merged_into for r in records.recycle_bin(db)} == {
        "广州某某贸易": "广州某某贸易有限公司", "已删除的单位": "", "北京街社工服务站": ""}
    records.restore(db, "co_unit", merged)
    assert {r.name for r in records.recycle_bin(db)} == {"已删除的单位", "北京街社工服务站"}


def test_undo_create_update_delete_restore(db: Database, street: str) -> None:
    site_id = make_site(db, street)
    edit(db, site_id, name="改名后", phone="13812345678")
    sites.delete_site(db, site_id)
    records.restore(db, "site", site_id)

    assert records.last_change(db) == "恢复阵地"
    assert records.undo_last(db) == "恢复阵地"
    assert is_deleted(db, site_id)
    assert records.undo_last(db) == "删除阵地"
    assert not is_deleted(db, site_id)
    assert records.undo_last(db) == "修改阵地"
    stored = sites.get_site(db, site_id)
    assert (stored["name"], stored["phone"]) == ("北京街社工服务站", "020-83001234")
    assert records.undo_last(db) == "新建阵地"
    assert is_deleted(db, site_id)
    with pytest.raises(NothingToUndoError):  # seeding the streets is not the user's change
        records.undo_last(db)
    assert records.last_change(db) is None
    # the undos are in the history too, marked as such
    with db.read() as session:
        undo_rows = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.undoes_batch.is_not(None))).all()
    assert {r.action for r in undo_rows} == {"撤销：恢复阵地", "撤销：删除阵地", "撤销：修改阵地", "撤销：新建阵地"}


def test_undo_of_a_multi_record_change(db: Database) -> None:
    pid = people.create_person(db, {"name": "黄丽"}, ["party_volunteer", "resident_representative"])
    records.undo_last(db)
    with db.read() as session:
        live_roles = session.scalar(select(func.count()).select_from(PersonRole).where(
            PersonRole.person_id == pid, PersonRole.deleted_at.is_(None)))
    assert live_roles == 0
    assert people.count_people(db, people.PersonFilter()) == 0


def test_nothing_to_undo_on_a_new_database(db: Database) -> None:
    before = dump(db)
    with pytest.raises(NothingToUndoError) as caught:
        records.undo_last(db)
    assert caught.value.message == "没有可以撤销的操作。"
    assert dump(db) == before


@pytest.fixture
def colleague(app_config: AppConfig, db: Database) -> Iterator[Database]:
    """Another user on the same database."""
    other = open_database(app_config, user_name="另一位协调员")
    yield other
    other.dispose()


def test_undo_is_per_user_and_refused_when_the_record_changed_since(db: Database, colleague: Database,
                                                                    street: str) -> None:
    site_id = make_site(db, street)
    edit(db, site_id, name="我的修改")
    edit(colleague, site_id, name="同事的修改")
    assert records.last_change(colleague) == "修改阵地"
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        records.undo_last(db)
    assert "又被修改过" in caught.value.message
    assert dump(db) == before
    # the colleague's own undo works, and then mine does
    records.undo_last(colleague)
    assert sites.get_site(db, site_id)["name"] == "我的修改"
    records.undo_last(db)
    assert sites.get_site(db, site_id)["name"] == "北京街社工服务站"


def test_undo_callback(db: Database, street: str) -> None:
    make_site(db, street)
    seen: list[str] = []
    records.undo_last(db, on_undone=seen.append)
    assert seen == ["新建阵地"]


def test_undoing_a_creation_is_refused_when_a_colleague_changed_the_record_since(
        db: Database, colleague: Database, street: str) -> None:
    site_id = make_site(db, street)
    edit(colleague, site_id, name="同事改过的名称")
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        records.undo_last(db)
    assert caught.value.message == "“新建阵地”之后该记录又被修改过，无法撤销。"
    assert dump(db) == before
    records.undo_last(colleague)  # once the colleague's change is taken back, mine can be
    assert records.undo_last(db) == "新建阵地"
    assert [r.id for r in records.recycle_bin(db)] == [site_id]


def test_undoing_a_creation_is_refused_when_a_later_record_refers_to_it(
        db: Database, colleague: Database, street: str) -> None:
    person = people.create_person(db, {"name": "陈社工"})
    people.assign_to_site(colleague, person, make_site(colleague, street))  # the colleague docks the new person
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        records.undo_last(db)
    assert caught.value.message == "“新建人员”之后又有其他记录用到了它，无法撤销。"
    assert dump(db) == before
    assert people.get_person(db, person)["name"] == "陈社工"


def test_restoring_a_record_whose_parent_is_still_deleted_is_refused_naming_the_parent(db: Database,
                                                                                         street: str) -> None:
    """A meeting of a council in the recycle bin would show in the meetings list with no council: restore the
    parent first. A merged unit's parent is its kept unit, which is live: it restores as before."""
    from datetime import datetime, timedelta

    from coordinator_app.core.services import councils, meetings

    council = councils.save_council(db, {"name": "东华社区居民议事会", "kind": "community_council", "street_id": street})
    meeting = meetings.create_meeting(db, {"council_id": council, "starts_at": datetime.now() + timedelta(days=3)})
    meetings.delete_meeting(db, meeting)
    councils.delete_council(db, council)
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        records.restore(db, "meeting", meeting)
    assert caught.value.message == "它所属的议事会“东华社区居民议事会”还在回收站中，请先恢复议事会。"
    assert dump(db) == before
    records.restore(db, "council", council)
    records.restore(db, "meeting", meeting)
    assert meetings.count_meetings(db, meetings.MeetingFilter()) == 1
