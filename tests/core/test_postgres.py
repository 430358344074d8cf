"""The shared-server mode: the same services on PostgreSQL.

Each test gets a new PostgreSQL database from the ``pg_db`` fixture (``tests/conftest.py``), migrated to
head by ``open_database``. Without ``COORDINATOR_TEST_DATABASE_URL`` the tests are skipped; ``bash .ci/run``
always sets it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from coordinator_app.core.database import Database, current_revision, head_revision, load_street_seed
from coordinator_app.core.errors import NothingToUndoError
from coordinator_app.core.models import ChangeLogEntry
from coordinator_app.core.services import geography, people, receptions, records, sites

pytestmark = pytest.mark.postgres


def _street(db: Database, index: int = 0) -> str:
    return geography.list_streets(db)[index].id


def _site(db: Database, name: str, street_id: str, kind: str = "social_work_station", **extra: object) -> str:
    return sites.create_site(db, {"name": name, "kind": kind, "street_id": street_id, **extra})


def test_open_migrates_to_head_and_seeds_streets(pg_db: Database) -> None:
    # GIVEN a new PostgreSQL database opened by the app
    # THEN it is at the newest schema, and the district's streets are there in their order
    assert pg_db.engine.url.get_backend_name() == "postgresql"
    assert not pg_db.is_sqlite
    assert current_revision(pg_db.engine) == head_revision()
    _district, names = load_street_seed()
    assert [s.name for s in geography.list_streets(pg_db)] == names
    assert pg_db.copy_id


def test_reopening_is_idempotent(pg_db: Database) -> None:
    from coordinator_app.core.database import open_database

    again = open_database(pg_db.config)  # type: ignore[arg-type]
    try:
        assert again.copy_id == pg_db.copy_id
        assert len(geography.list_streets(again)) == len(geography.list_streets(pg_db))
    finally:
        again.dispose()


def test_site_filters_sorting_and_paging(pg_db: Database) -> None:
    # GIVEN sites in two streets, one with a community and a social worker
    first, second = _street(pg_db, 0), _street(pg_db, 1)
    community = geography.create_community(pg_db, first, "府前社区")
    docked = _site(pg_db, "府前社工站", first, community_id=community, address="府前路1号", phone="020-83001234")
    _site(pg_db, "北京街党群服务中心", first, kind="street_service_center", operator="越秀社工")
    _site(pg_db, "Alpha 社工站", second, address="中山四路")
    worker = people.create_person(pg_db, {"name": "陈社工", "phone": "13800138000"})
    people.assign_to_site(pg_db, worker, docked, start_date=date.today() - timedelta(days=3))

    def names(**kwargs: object) -> list[str]:
        return [r.name for r in sites.list_sites(pg_db, sites.SiteFilter(**kwargs))]  # type: ignore[arg-type]

    # THEN every filter works in SQL on PostgreSQL
    assert sites.count_sites(pg_db, sites.SiteFilter()) == 3
    assert names(text="府前") == ["府前社工站"]
    assert names(text="83001234") == ["府前社工站"]
    assert names(text="越秀社工") == ["北京街党群服务中心"]
    assert sorted(names(street_id=first)) == sorted(["府前社工站", "北京街党群服务中心"])
    assert names(community_id=community) == ["府前社工站"]
    assert names(kind="street_service_center") == ["北京街党群服务中心"]
    assert sorted(names(without_social_worker=True)) == sorted(["北京街党群服务中心", "Alpha 社工站"])
    # text search ignores ASCII case, as it does on SQLite
    assert names(text="alpha") == ["Alpha 社工站"]
    # sorting and paging
    by_street = [r.name for r in sites.list_sites(pg_db, sites.SiteFilter(), sort="street")]
    assert by_street[-1] == "Alpha 社工站"
    page = sites.list_sites(pg_db, sites.SiteFilter(), offset=1, limit=1, sort="name")
    assert len(page) == 1
    assert page[0].name == sorted(names())[1]
    # sites without a community come first, as on SQLite (PostgreSQL sorts NULL last by default)
    by_community = [r.name for r in sites.list_sites(pg_db, sites.SiteFilter(), sort="community")]
    assert by_community[-1] == "府前社工站"
    community_row = next(r for r in sites.list_sites(pg_db, sites.SiteFilter(text="府前")))
    assert community_row.community_name == "府前社区"


def test_site_network_rooms_and_party_orgs(pg_db: Database) -> None:
    street = _street(pg_db)
    centre = _site(pg_db, "街道党群服务中心", street, kind="street_service_center")
    station = _site(pg_db, "社区党群服务中心", street, kind="community_service_center", parent_id=centre)
    sites.create_room(pg_db, station, "党员活动室", capacity="30", purpose="学习")
    sites.save_party_org(pg_db, {"name": "第一党支部", "level": "branch", "member_count": 12, "site_id": station})

    tree = sites.site_network(pg_db, street_id=street)
    assert [n.name for n in tree[0].children] == ["街道党群服务中心"]
    child = tree[0].children[0].children[0]
    assert child.name == "社区党群服务中心"
    assert [n.name for n in child.children] == ["党员活动室"]
    assert [o.name for o in sites.list_party_orgs(pg_db, station)] == ["第一党支部"]
    assert sites.list_rooms(pg_db, station)[0].capacity == 30


def test_people_filters_roles_and_docking_report(pg_db: Database) -> None:
    street = _street(pg_db)
    a = _site(pg_db, "甲站", street)
    b = _site(pg_db, "乙站", street)
    _site(pg_db, "丙站", street)
    member = people.create_person(pg_db, {"name": "李党员", "is_party_member": True, "skills": "法律"},
                                  roles={"party_volunteer"})
    worker = people.create_person(pg_db, {"name": "王社工", "phone": "13900139000"})
    today = date.today()
    people.assign_to_site(pg_db, worker, a, start_date=today - timedelta(days=10))
    people.assign_to_site(pg_db, worker, b, start_date=today - timedelta(days=5))

    def names(**kwargs: object) -> list[str]:
        return [r.name for r in people.list_people(pg_db, people.PersonFilter(**kwargs))]  # type: ignore[arg-type]

    # the boolean filter, both ways
    assert names(party_member=True) == ["李党员"]
    assert names(party_member=False) == ["王社工"]
    assert names(role="party_volunteer") == ["李党员"]
    assert names(role="social_worker") == ["王社工"]
    assert names(text="法律") == ["李党员"]
    assert names(site_id=a) == ["王社工"]
    assert people.count_people(pg_db, people.PersonFilter()) == 2
    row = next(r for r in people.list_people(pg_db, people.PersonFilter(text="王")))
    assert set(row.sites) == {"甲站", "乙站"}
    assert row.is_party_member is False
    assert [r.name for r in people.list_people(pg_db, people.PersonFilter(), sort="party", descending=True)][0] \
        == "李党员"

    report = people.docking_report(pg_db, today=today)
    assert report.site_count == 3
    assert [u.site_name for u in report.undocked] == ["丙站"]
    assert [(m.person_name, set(m.site_names)) for m in report.multi_docked] == [("王社工", {"甲站", "乙站"})]

    assignments = people.list_assignments(pg_db, person_id=worker, active_on=today)
    people.end_assignment(pg_db, assignments[0].id, end_date=today - timedelta(days=1))
    assert len(people.list_assignments(pg_db, person_id=worker, active_on=today)) == 1
    assert people.docking_report(pg_db, today=today).multi_docked == []
    assert member in {r.id for r in people.list_people(pg_db, people.PersonFilter())}


def test_history_and_undo(pg_db: Database) -> None:
    # GIVEN a site that was renamed
    street = _street(pg_db)
    site_id = _site(pg_db, "旧名称社工站", street)
    values = sites.get_site(pg_db, site_id)
    sites.update_site(pg_db, site_id, {**values, "name": "新名称社工站", "address": "东风中路"})

    # THEN its history is newest first, with the user's name and both values
    entries = records.history(pg_db, site_id)
    assert entries[0].action == "修改阵地"
    changed = {e.field: (e.old_value, e.new_value) for e in entries if e.action == "修改阵地"}
    assert changed["name"] == ("旧名称社工站", "新名称社工站")
    assert changed["address"] == ("", "东风中路")
    assert all(e.user_name == "测试员" for e in entries)
    assert isinstance(entries[0].changed_at, datetime)

    # WHEN the change is undone THEN the old values are back, and the next undo removes the site
    assert records.last_change(pg_db) == "修改阵地"
    assert records.undo_last(pg_db) == "修改阵地"
    assert sites.get_site(pg_db, site_id)["name"] == "旧名称社工站"
    assert sites.get_site(pg_db, site_id)["address"] == ""
    assert records.undo_last(pg_db) == "新建阵地"
    assert sites.count_sites(pg_db, sites.SiteFilter()) == 0
    with pytest.raises(NothingToUndoError):
        records.undo_last(pg_db)
    with pg_db.read() as session:
        seqs = list(session.scalars(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq)))
    assert seqs == sorted(set(seqs))


def test_undo_restores_booleans_and_dates(pg_db: Database) -> None:
    person = people.create_person(pg_db, {"name": "赵义工"})
    people.update_person(pg_db, person, {"name": "赵义工", "is_party_member": True})
    records.undo_last(pg_db)
    assert people.list_people(pg_db, people.PersonFilter(party_member=False))[0].name == "赵义工"

    site_id = _site(pg_db, "某站", _street(pg_db))
    start = date(2024, 3, 1)
    people.assign_to_site(pg_db, person, site_id, start_date=start)
    row = people.list_assignments(pg_db, person_id=person)[0]
    people.end_assignment(pg_db, row.id, end_date=date(2024, 6, 30))
    records.undo_last(pg_db)
    row = people.list_assignments(pg_db, person_id=person)[0]
    assert row.start_date == start
    assert row.end_date is None


def test_recycle_bin_and_restore(pg_db: Database) -> None:
    street = _street(pg_db)
    site_id = _site(pg_db, "待删除社工站", street)
    person = people.create_person(pg_db, {"name": "待删除人员"})
    sites.delete_site(pg_db, site_id)
    people.delete_person(pg_db, person)

    binned = records.recycle_bin(pg_db)
    assert [(d.record_type, d.name) for d in binned] == [("person", "待删除人员"), ("site", "待删除社工站")]
    assert sites.count_sites(pg_db, sites.SiteFilter()) == 0

    records.restore(pg_db, "site", site_id)
    assert [r.name for r in sites.list_sites(pg_db, sites.SiteFilter())] == ["待删除社工站"]
    assert [(d.record_type, d.name) for d in records.recycle_bin(pg_db)] == [("person", "待删除人员")]


def test_receptions(pg_db: Database) -> None:
    site_id = _site(pg_db, "接访站", _street(pg_db))
    host = people.create_person(pg_db, {"name": "人大代表甲"}, roles={"npc_deputy"})
    soon = datetime.now().replace(microsecond=0) + timedelta(days=2)
    reception_id = receptions.save_reception(
        pg_db, {"site_id": site_id, "held_at": soon, "visitor_count": 5, "topics": "加装电梯"}, host_ids=[host])
    upcoming = receptions.upcoming_receptions(pg_db)
    assert [(r.id, r.hosts, r.held_at) for r in upcoming] == [(reception_id, ("人大代表甲",), soon)]
    assert receptions.count_receptions(pg_db) == 1
    assert receptions.get_reception(pg_db, reception_id)["host_ids"] == [host]


def test_demo_data_bulk_load_and_check(pg_db: Database) -> None:
    # GIVEN the small demo data set, bulk-loaded into PostgreSQL
    from coordinator_app.core.checks import check_database
    from coordinator_app.core.demo import generate_demo

    summary = generate_demo(pg_db, "small", today=date(2026, 5, 1))

    # THEN the lists, filters and report agree with what was generated, and the database check passes
    assert sites.count_sites(pg_db, sites.SiteFilter()) == summary.sites
    assert people.count_people(pg_db, people.PersonFilter()) == summary.people
    report = people.docking_report(pg_db, today=date(2026, 5, 1))
    assert report.site_count == summary.sites
    assert len(report.undocked) == summary.undocked_sites
    assert sites.count_sites(pg_db, sites.SiteFilter(without_social_worker=True, today=date(2026, 5, 1))) \
        == summary.undocked_sites
    members = people.count_people(pg_db, people.PersonFilter(party_member=True))
    assert 0 < members < summary.people
    assert len(sites.list_sites(pg_db, sites.SiteFilter(), offset=summary.sites - 5, limit=200)) == 5
    verdict = check_database(pg_db.config)  # type: ignore[arg-type]
    assert verdict.ok, verdict.verdict()
