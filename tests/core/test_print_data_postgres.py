"""What the station-hub documents print (``services.print_data``) on PostgreSQL as on SQLite: the reception
schedule's time window, street and site scopes, hosts with their roles in vocabulary order (deleted hosts and
sites left out); the site directory's order (street, kind, community, name) with today's social workers only;
an agreement's side. Each scenario runs on both databases (``pg_db`` is skipped without
COORDINATOR_TEST_DATABASE_URL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, geography, people, print_data, receptions, sites, units

MONDAY = datetime(2026, 11, 30, 9, 0)
TODAY = date(2026, 11, 27)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> Database:
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


def _place(db: Database) -> dict[str, str]:
    streets = geography.list_streets(db)
    a, b = streets[0], streets[1]
    community = geography.create_community(db, a.id, "东华社区")
    return {
        "street_a": a.id, "street_b": b.id, "community": community,
        "studio": sites.create_site(db, {"name": "东华两代表一委员工作室", "kind": "deputies_studio", "street_id": a.id,
                                         "community_id": community, "address": "东华东路1号",
                                         "phone": "020-83001234"}),
        "centre": sites.create_site(db, {"name": "党群服务中心", "kind": "street_service_center", "street_id": a.id}),
        "far": sites.create_site(db, {"name": "别街工作站", "kind": "social_work_station", "street_id": b.id}),
    }


def test_reception_schedule(any_db: Database) -> None:
    db = any_db
    p = _place(db)
    deputy = people.create_person(db, {"name": "王人大"}, ["cppcc_member", "npc_deputy"])
    worker = people.create_person(db, {"name": "李社工"}, ["social_worker"])
    gone = people.create_person(db, {"name": "已删除"}, ["party_deputy"])
    first = receptions.save_reception(db, {"site_id": p["studio"], "held_at": MONDAY}, [deputy, worker, gone])
    people.delete_person(db, gone)
    receptions.save_reception(db, {"site_id": p["centre"], "held_at": MONDAY + timedelta(days=2)}, [worker])
    receptions.save_reception(db, {"site_id": p["far"], "held_at": MONDAY + timedelta(days=1)}, [])
    on_the_end = receptions.save_reception(db, {"site_id": p["studio"], "held_at": MONDAY + timedelta(days=7)}, [])
    deleted = receptions.save_reception(db, {"site_id": p["studio"], "held_at": MONDAY + timedelta(hours=3)}, [])
    receptions.delete_reception(db, deleted)

    week = print_data.reception_schedule(db, MONDAY, MONDAY + timedelta(days=7))
    assert [r.site_name for r in week] == ["东华两代表一委员工作室", "别街工作站", "党群服务中心"]  # time order
    assert on_the_end not in {r.id for r in week}  # the end is exclusive
    studio = week[0]
    assert (studio.id, studio.site_address, studio.site_phone) == (first, "东华东路1号", "020-83001234")
    # by name; the roles in vocabulary order, not in the order they were given
    assert [(h.name, h.roles) for h in studio.hosts] == [("李社工", ("social_worker",)),
                                                         ("王人大", ("npc_deputy", "cppcc_member"))]
    assert "已删除" not in {h.name for h in studio.hosts}

    street = print_data.reception_schedule(db, MONDAY, MONDAY + timedelta(days=8), street_id=p["street_a"])
    assert {r.site_id for r in street} == {p["studio"], p["centre"]} and len(street) == 3
    one_site = print_data.reception_schedule(db, MONDAY, MONDAY + timedelta(days=8), site_id=p["studio"])
    assert [r.id for r in one_site] == [first, on_the_end]
    sites.delete_site(db, p["centre"])
    assert p["centre"] not in {r.site_id for r in print_data.reception_schedule(db, MONDAY, MONDAY + timedelta(days=7))}


def test_reception_schedule_past_the_chunk_size(any_db: Database) -> None:
    """More than 500 receptions and hosts: the host and role look-ups run in chunks."""
    db = any_db
    p = _place(db)
    hosts = [people.create_person(db, {"name": f"代表{n:03d}"}, ["npc_deputy"]) for n in range(3)]
    for n in range(520):
        receptions.save_reception(db, {"site_id": p["studio"], "held_at": MONDAY + timedelta(minutes=n)},
                                  [hosts[n % 3]])
    schedule = print_data.reception_schedule(db, MONDAY, MONDAY + timedelta(days=1))
    assert len(schedule) == 520
    assert all(len(r.hosts) == 1 and r.hosts[0].roles == ("npc_deputy",) for r in schedule)
    assert [r.held_at for r in schedule] == sorted(r.held_at for r in schedule)


def test_site_directory(any_db: Database) -> None:
    db = any_db
    p = _place(db)
    worker = people.create_person(db, {"name": "周社工"}, ["social_worker"])
    former = people.create_person(db, {"name": "吴社工"}, ["social_worker"])
    volunteer = people.create_person(db, {"name": "郑志愿者"}, ["party_volunteer"])
    people.assign_to_site(db, worker, p["studio"], TODAY - timedelta(days=30))
    ended = people.assign_to_site(db, former, p["studio"], TODAY - timedelta(days=90))
    people.end_assignment(db, ended, TODAY - timedelta(days=1))
    people.assign_to_site(db, volunteer, p["studio"], TODAY - timedelta(days=5), role="party_volunteer")
    later = people.create_person(db, {"name": "孙社工"}, ["social_worker"])
    people.assign_to_site(db, later, p["centre"], TODAY + timedelta(days=3))

    district = print_data.site_directory(db, today=TODAY)
    names = [r.name for r in district]
    assert names.index("党群服务中心") < names.index("东华两代表一委员工作室") < names.index("别街工作站")
    studio = next(r for r in district if r.id == p["studio"])
    assert (studio.kind, studio.community_name, studio.address, studio.phone) == (
        "deputies_studio", "东华社区", "东华东路1号", "020-83001234")
    assert studio.social_workers == ("周社工",)  # not the one who left, not a volunteer
    centre = next(r for r in district if r.id == p["centre"])
    assert (centre.community_name, centre.social_workers) == ("", ())  # docked only from next week

    street = print_data.site_directory(db, p["street_a"], today=TODAY)
    assert {r.id for r in street} == {p["studio"], p["centre"]}
    sites.delete_site(db, p["studio"])
    assert [r.id for r in print_data.site_directory(db, p["street_a"], today=TODAY)] == [p["centre"]]


def test_agreement_our_side(any_db: Database) -> None:
    db = any_db
    p = _place(db)
    unit = units.create_unit(db, {"name": "广州某某科技有限公司", "category": "non_public", "street_id": p["street_a"]})
    signed = {"unit_id": unit, "title": "共建协议", "signed_on": TODAY}
    by_community = agreements.save_agreement(db, {**signed, "community_id": p["community"]})
    by_site = agreements.save_agreement(db, {**signed, "site_id": p["studio"]})
    assert print_data.agreement_our_side(db, by_community) == "东华社区"
    assert "东华两代表一委员工作室" in print_data.agreement_our_side(db, by_site)
    assert print_data.agreement_our_side(db, "no-such-agreement") == ""
