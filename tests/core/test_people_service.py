"""People (人员): roles given, removed and given again; roster filters; docking to sites (一社工一站点)
and the docking report."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.core.models import Base, CouncilMember, PersonRole, SiteAssignment
from coordinator_app.core.services import geography, people, records, sites

TODAY = date.today()


def dump(db: Database) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t))) for t in Base.metadata.sorted_tables}


def role_rows(db: Database, person_id: str) -> dict[str, bool]:
    """role -> live, for every row the person has ever had."""
    with db.read() as session:
        return {r.role: r.deleted_at is None
                for r in session.scalars(select(PersonRole).where(PersonRole.person_id == person_id))}


@pytest.fixture
def street(db: Database) -> str:
    return geography.list_streets(db)[0].id


def new_site(db: Database, street: str, name: str, kind: str = "community_service_center") -> str:
    return sites.create_site(db, {"name": name, "kind": kind, "street_id": street})


def test_roles_are_set_removed_and_restored(db: Database) -> None:
    pid = people.create_person(db, {"name": " 陈伟明 ", "phone": "13812345678", "is_party_member": True,
                                    "skills": "义诊、书法"}, ["party_volunteer", "npc_deputy"])
    person = people.get_person(db, pid)
    assert person["name"] == "陈伟明" and person["is_party_member"] is True
    assert person["roles"] == ["npc_deputy", "party_volunteer"]

    people.update_person(db, pid, {"name": "陈伟明", "phone": "13812345678"}, ["npc_deputy"])
    assert people.get_person(db, pid)["roles"] == ["npc_deputy"]
    assert role_rows(db, pid) == {"npc_deputy": True, "party_volunteer": False}  # soft-deleted, not gone

    people.update_person(db, pid, {"name": "陈伟明", "phone": "13812345678"}, ["npc_deputy", "party_volunteer"])
    assert role_rows(db, pid) == {"npc_deputy": True, "party_volunteer": True}  # the same row, restored

    # roles=None leaves the roles alone
    people.update_person(db, pid, {"name": "陈伟明", "phone": "020-83001234"})
    assert people.get_person(db, pid)["roles"] == ["npc_deputy", "party_volunteer"]
    assert people.get_person(db, pid)["phone"] == "020-83001234"


def test_invalid_people_are_refused_and_nothing_saved(db: Database) -> None:
    pid = people.create_person(db, {"name": "李敏"}, ["social_worker"])
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, {"name": ""})
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, {"name": "王强", "phone": "12345"})
    assert caught.value.field == "phone"
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, {"name": "王强"}, ["astronaut"])
    assert caught.value.field == "roles"
    with pytest.raises(ValidationError):
        people.update_person(db, pid, {"name": "李敏"}, ["social_worker", "astronaut"])
    with pytest.raises(NotFoundError):
        people.update_person(db, "nobody", {"name": "李敏"})
    assert dump(db) == before


def make_roster(db: Database, street: str) -> tuple[str, str, str, str]:
    """A site and three people: a Party volunteer, a social worker docked to the site, a deputy."""
    site = new_site(db, street, "府学西社区党群服务中心")
    a = people.create_person(db, {"name": "陈伟明", "phone": "13800000001", "is_party_member": True,
                                  "skills": "义诊"}, ["party_volunteer"])
    b = people.create_person(db, {"name": "黄丽", "phone": "13800000002", "skills": "书法"}, ["social_worker"])
    c = people.create_person(db, {"name": "Alice 梁", "phone": "13800000003"}, ["npc_deputy", "party_volunteer"])
    people.assign_to_site(db, b, site, start_date=TODAY - timedelta(days=5))
    return site, a, b, c


def test_roster_filters(db: Database, street: str) -> None:
    site, a, b, c = make_roster(db, street)

    def ids(**kwargs: object) -> set[str]:
        f = people.PersonFilter(**kwargs)  # type: ignore[arg-type]
        rows = people.list_people(db, f)
        assert people.count_people(db, f) == len(rows)
        return {r.id for r in rows}

    assert ids() == {a, b, c}
    assert ids(role="party_volunteer") == {a, c}
    assert ids(role="social_worker") == {b}
    assert ids(party_member=True) == {a}
    assert ids(party_member=False) == {b, c}
    assert ids(site_id=site) == {b}
    assert ids(site_id=site, today=TODAY - timedelta(days=10)) == set()  # not docked yet then
    assert ids(text="义诊") == {a}  # skills
    assert ids(text="00000002") == {b}  # phone
    assert ids(text="alice") == {c}  # name, ASCII case ignored
    assert ids(role="party_volunteer", party_member=False) == {c}

    row = next(r for r in people.list_people(db, people.PersonFilter()) if r.id == c)
    assert row.roles == ("party_volunteer", "npc_deputy")  # in vocabulary order
    row = next(r for r in people.list_people(db, people.PersonFilter()) if r.id == b)
    assert row.sites == ("府学西社区党群服务中心",)

    people.delete_person(db, a)
    assert ids() == {b, c}


def test_person_ids_are_the_rows_of_the_filtered_roster(db: Database, street: str) -> None:
    """The ids-only query behind an export of the filtered roster: the roster's rows, in its order."""
    site, a, b, c = make_roster(db, street)
    d = people.create_person(db, {"name": "陈丽", "phone": "13900000004", "is_party_member": True})
    expected = [
        (people.PersonFilter(), [c, d, a, b]),  # pinyin order: alice, chen li, chen wei ming, huang
        (people.PersonFilter(role="party_volunteer"), [c, a]),
        (people.PersonFilter(party_member=True), [d, a]),
        (people.PersonFilter(party_member=False, role="party_volunteer"), [c]),
        (people.PersonFilter(site_id=site), [b]),
        (people.PersonFilter(site_id=site, today=TODAY - timedelta(days=10)), []),
        (people.PersonFilter(text="陈"), [d, a]),
        (people.PersonFilter(text="丽"), [d, b]),
        (people.PersonFilter(text="1380000"), [c, a, b]),
    ]
    for f, ids in expected:
        assert people.person_ids(db, f) == ids == [r.id for r in people.list_people(db, f)]
    people.delete_person(db, d)
    assert people.person_ids(db, people.PersonFilter(text="陈")) == [a]


def test_sorting_and_paging(db: Database) -> None:
    for name in ("丁", "甲", "乙", "丙"):
        people.create_person(db, {"name": name})
    everyone = [r.name for r in people.list_people(db, people.PersonFilter())]
    assert everyone == ["丙", "丁", "甲", "乙"]  # pinyin order: bing, ding, jia, yi
    assert [r.name for r in people.list_people(db, people.PersonFilter(), descending=True)] == everyone[::-1]
    paged = [r.name for o in (0, 3) for r in people.list_people(db, people.PersonFilter(), offset=o, limit=3)]
    assert paged == everyone


def test_docking_assign_end_and_report(db: Database, street: str) -> None:
    station = new_site(db, street, "北京街社工服务站", "social_work_station")
    centre = new_site(db, street, "府学西社区党群服务中心")
    worker = people.create_person(db, {"name": "陈社工"})  # no role yet
    report = people.docking_report(db)
    assert report.site_count == 2
    assert {u.site_name for u in report.undocked} == {"北京街社工服务站", "府学西社区党群服务中心"}
    assert report.multi_docked == []

    first = people.assign_to_site(db, worker, station, start_date=TODAY - timedelta(days=30))
    assert people.get_person(db, worker)["roles"] == ["social_worker"]  # docking gives the role
    assert {u.site_name for u in people.docking_report(db).undocked} == {"府学西社区党群服务中心"}

    people.assign_to_site(db, worker, centre, start_date=TODAY - timedelta(days=3), role="party_social_worker")
    report = people.docking_report(db)
    assert report.undocked == []
    assert [(m.person_name, m.site_names) for m in report.multi_docked] == [
        ("陈社工", ("北京街社工服务站", "府学西社区党群服务中心"))]
    assert sorted(people.get_person(db, worker)["roles"]) == ["party_social_worker", "social_worker"]
    # as of a week ago the worker had only one site
    assert people.docking_report(db, today=TODAY - timedelta(days=7)).multi_docked == []

    before = dump(db)
    with pytest.raises(ValidationError):  # already docked there
        people.assign_to_site(db, worker, station)
    with pytest.raises(ValidationError):  # ends before it starts
        people.end_assignment(db, first, TODAY - timedelta(days=31))
    with pytest.raises(ValidationError):
        people.assign_to_site(db, worker, station, role="janitor")
    with pytest.raises(NotFoundError):
        people.assign_to_site(db, "nobody", station)
    with pytest.raises(NotFoundError):
        people.assign_to_site(db, worker, "nowhere")
    assert dump(db) == before

    people.end_assignment(db, first, TODAY - timedelta(days=1))
    report = people.docking_report(db)
    assert [u.site_name for u in report.undocked] == ["北京街社工服务站"]
    assert report.multi_docked == []
    active = people.list_assignments(db, person_id=worker, active_on=TODAY)
    assert [a.site_name for a in active] == ["府学西社区党群服务中心"]
    assert len(people.list_assignments(db, person_id=worker)) == 2  # the ended one is history
    # once ended, the worker may be docked there again
    people.assign_to_site(db, worker, station)
    assert people.docking_report(db).undocked == []


def test_docking_report_per_street_and_deleted_sites(db: Database) -> None:
    streets = [s.id for s in geography.list_streets(db)]
    here = new_site(db, streets[0], "甲站", "social_work_station")
    there = new_site(db, streets[1], "乙站", "social_work_station")
    worker = people.create_person(db, {"name": "林社工"})
    people.assign_to_site(db, worker, here)
    people.assign_to_site(db, worker, there)
    assert len(people.docking_report(db).multi_docked) == 1
    only_here = people.docking_report(db, street_id=streets[0])
    assert only_here.site_count == 1 and only_here.undocked == [] and only_here.multi_docked == []
    sites.delete_site(db, there)
    report = people.docking_report(db)
    assert report.site_count == 1 and report.multi_docked == []


def test_a_site_docked_only_to_a_deleted_person_is_a_gap_until_the_person_is_restored(db: Database, street: str) -> None:
    site = new_site(db, street, "北京街社工服务站", "social_work_station")
    worker = people.create_person(db, {"name": "陈社工"})
    people.assign_to_site(db, worker, site)
    assert people.docking_report(db).undocked == []
    people.delete_person(db, worker)
    assert [u.site_name for u in people.docking_report(db).undocked] == ["北京街社工服务站"]
    assert sites.count_sites(db, sites.SiteFilter(without_social_worker=True)) == 1
    records.restore(db, "person", worker)
    assert people.docking_report(db).undocked == []
    assert sites.count_sites(db, sites.SiteFilter(without_social_worker=True)) == 0


def test_deleting_a_person_takes_their_dockings_and_council_seats_with_them_and_restoring_brings_them_back(
        db: Database, street: str) -> None:
    from coordinator_app.core.services import councils

    site = new_site(db, street, "北京街社工服务站", "social_work_station")
    worker = people.create_person(db, {"name": "陈社工"})
    other = people.create_person(db, {"name": "李居民"})
    ended = new_site(db, street, "旧站点")
    people.assign_to_site(db, worker, site)
    old = people.assign_to_site(db, worker, ended, start_date=TODAY - timedelta(days=90))
    people.end_assignment(db, old, TODAY - timedelta(days=30))
    council = councils.save_council(db, {"name": "北京街议事会", "kind": "community_council", "street_id": street},
                                    members=[(worker, "social_worker"), (other, "resident_representative")])
    assert councils.list_councils(db, councils.CouncilFilter(), 0, 10)[0].members == 2

    people.delete_person(db, worker)
    assert people.list_assignments(db, person_id=worker) == []
    with db.read() as session:
        live_seats = session.scalars(select(CouncilMember.person_id).where(
            CouncilMember.council_id == council, CouncilMember.deleted_at.is_(None))).all()
        live_dockings = session.scalars(select(SiteAssignment.id).where(
            SiteAssignment.person_id == worker, SiteAssignment.deleted_at.is_(None))).all()
    assert live_seats == [other] and live_dockings == []
    assert [m.person_id for m in councils.list_members(db, council)] == [other]
    # a council's member count (its quorum's base) no longer counts the deleted person
    assert councils.list_councils(db, councils.CouncilFilter(), 0, 10)[0].members == 1
    # the dockings went with the person: the recycle bin lists the person alone, not unnamed docking rows
    assert [(r.record_type, r.name) for r in records.recycle_bin(db)] == [("person", "陈社工")]

    records.restore(db, "person", worker)
    assert {m.person_id for m in councils.list_members(db, council)} == {worker, other}
    assert {a.site_id for a in people.list_assignments(db, person_id=worker)} == {site, ended}
    assert [u.site_name for u in people.docking_report(db).undocked] == ["旧站点"]  # its docking had ended


def test_undoing_the_deletion_of_a_person_brings_back_their_dockings_and_seats(db: Database, street: str) -> None:
    from coordinator_app.core.services import councils

    site = new_site(db, street, "北京街社工服务站", "social_work_station")
    worker = people.create_person(db, {"name": "陈社工"})
    people.assign_to_site(db, worker, site)
    council = councils.save_council(db, {"name": "北京街议事会", "kind": "community_council", "street_id": street},
                                    members=[(worker, "social_worker")])
    people.delete_person(db, worker)
    assert councils.list_members(db, council) == []
    records.undo_last(db)
    assert [m.person_id for m in councils.list_members(db, council)] == [worker]
    assert [a.site_id for a in people.list_assignments(db, person_id=worker)] == [site]


def test_a_docking_deleted_on_its_own_stays_deleted_when_its_person_is_restored(db: Database, street: str) -> None:
    site = new_site(db, street, "北京街社工服务站", "social_work_station")
    worker = people.create_person(db, {"name": "陈社工"})
    docking = people.assign_to_site(db, worker, site)
    records.soft_delete(db, SiteAssignment, docking, "对接记录")
    people.delete_person(db, worker)
    records.restore(db, "person", worker)
    assert people.list_assignments(db, person_id=worker) == []


def test_namesakes_that_may_be_the_same_person_are_found(db: Database) -> None:
    """Same name and a shared number, or a number missing on either side: maybe entered twice. Same name but
    different numbers: two people (namesakes are common in a district)."""
    wang = people.create_person(db, {"name": "王小红", "phone": "13800001111、020-83001234"})
    people.create_person(db, {"name": "王小红", "phone": "13900002222"})
    nameless_phone = people.create_person(db, {"name": "李建国"})
    assert [p.id for p in people.find_same_person(db, " 王小红 ", "020-83001234")] == [wang]
    assert people.find_same_person(db, "王小红", "13700003333") == []
    assert len(people.find_same_person(db, "王小红", "")) == 2
    assert [p.id for p in people.find_same_person(db, "李建国", "13600004444")] == [nameless_phone]
    assert people.find_same_person(db, "王小红", "020-83001234", exclude_id=wang) == []
    people.delete_person(db, wang)
    assert people.find_same_person(db, "王小红", "020-83001234") == []
