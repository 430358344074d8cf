"""Demo data (small scale): deterministic, realistic, complete (every site kind and role), with the gaps
the docking report is meant to find; only on an empty database; cancel rolls everything back."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from coordinator_app.config import DATABASE_FILE_NAME, AppConfig, Settings, resolve_config, sqlite_url
from coordinator_app.core.checks import check_database
from coordinator_app.core.database import Database, open_database
from coordinator_app.core.demo import DEMO_ACTION, DEMO_META_KEY, generate_demo
from coordinator_app.core.errors import Cancelled, NothingToUndoError, ValidationError
from coordinator_app.core.models import (
    AppMeta,
    Base,
    ChangeLogEntry,
    Community,
    PartyOrganisation,
    Person,
    PersonRole,
    Reception,
    ReceptionHost,
    Room,
    Site,
    SiteAssignment,
    Street,
)
from coordinator_app.core.services import geography, people, records
from coordinator_app.core.validation import is_valid_phone
from coordinator_app.core.vocab import PERSON_ROLES, SITE_KINDS, SOCIAL_WORKER_ROLES


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, AppConfig]]:
    """One small demo database shared by the read-only checks of this module."""
    folder = tmp_path_factory.mktemp("demo")
    config = resolve_config(data_dir=folder, database_url=sqlite_url(folder / DATABASE_FILE_NAME),
                            settings=Settings(user_name="测试员"))
    db = open_database(config)
    generate_demo(db, "small")
    yield db, config
    db.dispose()


@pytest.fixture
def demo_db(demo: tuple[Database, AppConfig]) -> Database:
    return demo[0]


def names(db: Database, cls: type) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(cls.name)))


def test_same_scale_gives_the_same_data(demo_db: Database, db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    summary = generate_demo(db, "small", progress=lambda d, t, m: calls.append((d, t, m)))
    assert names(db, Site) == names(demo_db, Site)
    assert names(db, Person) == names(demo_db, Person)
    assert names(db, Community) == names(demo_db, Community)
    assert counts(db) == counts(demo_db)
    # … but not the same ids: two copies loading demo data must not collide when they sync
    with db.read() as mine, demo_db.read() as theirs:
        assert not set(mine.scalars(select(Site.id))) & set(theirs.scalars(select(Site.id)))
    # the summary tells the truth, and progress ran from 0 to the total
    have = counts(db)
    assert (summary.sites, summary.people, summary.receptions, summary.communities) == (
        have["site"], have["person"], have["reception"], have["community"])
    assert summary.seconds > 0 and "3,000名人员" in summary.describe()
    # … the other panels' records too
    assert (summary.units, summary.agreements, summary.councils, summary.meetings, summary.agenda_items,
            summary.appeals) == (have["co_unit"], have["co_agreement"], have["council"], have["meeting"],
                                 have["agenda_item"], have["appeal"])
    assert min(summary.units, summary.councils, summary.meetings, summary.appeals) > 0
    text = summary.describe()
    for count, word in ((summary.units, "家共建单位"), (summary.councils, "个议事会"), (summary.meetings, "次会议"),
                        (summary.appeals, "件群众诉求")):
        assert f"{count:,}{word}" in text
    done = [d for d, _, _ in calls]
    assert done == sorted(done) and calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert all(message for _, _, message in calls)


def test_small_scale_sizes(demo_db: Database) -> None:
    have = counts(demo_db)
    assert have["street"] == 18
    assert have["community"] == 220
    assert 500 <= have["site"] <= 700
    assert have["person"] == 3000
    assert have["reception"] == 2000
    assert have["room"] > 0 and have["party_org"] > 18 and have["reception_host"] >= 2000
    with demo_db.read() as session:
        per_street = Counter(session.scalars(select(Community.street_id)))
    assert len(per_street) == 18 and min(per_street.values()) >= 9 and max(per_street.values()) <= 16


def test_every_site_kind_and_role(demo_db: Database) -> None:
    with demo_db.read() as session:
        kinds = set(session.scalars(select(Site.kind)))
        roles = set(session.scalars(select(PersonRole.role).where(PersonRole.deleted_at.is_(None))))
        members = session.scalar(select(func.count()).where(Person.is_party_member.is_(True)))
        total = session.scalar(select(func.count()).select_from(Person))
    assert kinds == set(SITE_KINDS)
    assert roles == set(PERSON_ROLES)
    assert 0.35 <= members / total <= 0.45  # about 40% Party members


def test_the_site_network(demo_db: Database) -> None:
    with demo_db.read() as session:
        sites = list(session.scalars(select(Site)))
        communities = {c.id: c for c in session.scalars(select(Community))}
        streets = {s.id: s.name for s in session.scalars(select(Street))}
        rooms = Counter(session.scalars(select(Room.site_id)))
    by_id = {s.id: s for s in sites}
    per_street_kind = Counter((s.street_id, s.kind) for s in sites)
    for street_id in streets:
        assert per_street_kind[(street_id, "social_work_station")] == 1
        assert per_street_kind[(street_id, "street_service_center")] == 1
    centres = [s for s in sites if s.kind == "community_service_center"]
    assert sorted(c.community_id for c in centres) == sorted(communities)  # one per community
    for centre in centres:
        parent = by_id[centre.parent_id]
        assert parent.kind == "street_service_center" and parent.street_id == centre.street_id
        assert communities[centre.community_id].street_id == centre.street_id
        assert centre.name == communities[centre.community_id].name + "党群服务中心"
    for room_site in (s for s in sites if s.kind == "function_room"):
        assert by_id[room_site.parent_id].kind == "community_service_center"
    for station in (s for s in sites if s.kind == "social_work_station"):
        assert station.operator.endswith("社会工作服务中心") and station.name == streets[station.street_id] + "社工服务站"
    # function rooms (Room rows) inside the street and community centres
    assert all(by_id[site_id].kind in ("street_service_center", "community_service_center") for site_id in rooms)
    assert all(rooms[s.id] >= 1 for s in centres)
    # realistic fields
    assert all(s.address.startswith("越秀区") and "号" in s.address and s.opening_hours for s in sites)
    assert all(is_valid_phone(s.phone) for s in sites)
    community_names = [(c.street_id, c.name) for c in communities.values()]
    assert len(set(community_names)) == len(community_names)
    assert all(name.endswith("社区") and 3 <= len(name) <= 7 for _, name in community_names)


def test_people_are_realistic(demo_db: Database) -> None:
    with demo_db.read() as session:
        persons = list(session.scalars(select(Person)))
    assert all(2 <= len(p.name) <= 4 for p in persons)
    assert all(p.phone == "" or is_valid_phone(p.phone) for p in persons)
    assert sum(1 for p in persons if p.phone) > 0.9 * len(persons)
    skills = Counter(s for p in persons for s in p.skills.split("、") if s)
    assert {"义诊", "义剪", "义修", "法律咨询", "心理辅导", "书法"} <= set(skills)


def test_docking_has_the_gaps_the_report_finds(demo_db: Database) -> None:
    report = people.docking_report(demo_db)
    assert 0.03 <= len(report.undocked) / report.site_count <= 0.07  # about 5% undocked
    assert report.multi_docked and all(len(m.site_names) == 2 for m in report.multi_docked)
    assert len(report.multi_docked) < 0.05 * report.site_count  # a few
    with demo_db.read() as session:
        active = list(session.execute(
            select(SiteAssignment.person_id, SiteAssignment.role).where(SiteAssignment.end_date.is_(None),
                                                                     SiteAssignment.role.in_(SOCIAL_WORKER_ROLES))))
        roles = {(r.person_id, r.role) for r in session.scalars(select(PersonRole))}
        ended = session.scalar(select(func.count()).where(SiteAssignment.end_date.is_not(None)))
    assert all((pid, role) in roles for pid, role in active)  # docked as what they are
    assert ended > 0  # history: earlier workers whose docking ended


def test_party_organisations_of_the_stations(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = list(session.execute(
            select(PartyOrganisation, Site.kind, Person.is_party_member)
            .join(Site, Site.id == PartyOrganisation.site_id)
            .outerjoin(Person, Person.id == PartyOrganisation.secretary_id)))
    stations = [(org, member) for org, kind, member in rows if kind == "social_work_station"]
    assert len(stations) == 18
    for org, secretary_is_member in stations:
        assert org.name.endswith("党支部") and org.level == "branch"
        assert org.member_count >= 3 and secretary_is_member is True
        assert "组织生活会" in org.notes and "民主生活会" in org.notes
    assert {org.level for org, _, _ in rows} == {"committee", "general_branch", "branch"}


def test_receptions_past_and_upcoming(demo_db: Database) -> None:
    now = datetime.now()
    with demo_db.read() as session:
        held = list(session.execute(select(Reception.id, Reception.held_at, Reception.visitor_count,
                                           Reception.topics)))
        hosts = Counter(session.scalars(select(ReceptionHost.reception_id)))
        deputies = set(session.scalars(select(PersonRole.person_id).where(
            PersonRole.role.in_(("npc_deputy", "party_deputy", "cppcc_member")))))
        hosted_by_deputies = session.scalar(select(func.count(func.distinct(ReceptionHost.reception_id))).where(
            ReceptionHost.person_id.in_(deputies)))
    upcoming = [r for r in held if r.held_at > now]
    assert 20 <= len(upcoming) <= 200
    assert all(r.held_at <= now + timedelta(days=31) for r in upcoming)
    assert all(r.visitor_count == 0 and r.topics == "" for r in upcoming)
    past = [r for r in held if r.held_at <= now]
    assert all(r.visitor_count > 0 and r.topics for r in past)
    assert all(hosts[r.id] >= 1 for r in held)
    assert hosted_by_deputies > 0.9 * len(held)


def test_the_load_is_logged_once_and_is_not_undoable(demo: tuple[Database, AppConfig]) -> None:
    db, config = demo
    with db.read() as session:
        logged = list(session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == DEMO_ACTION)))
        meta = session.get(AppMeta, DEMO_META_KEY)
    assert len(logged) == 1
    assert (logged[0].user_name, logged[0].copy_id) == ("测试员", db.copy_id)
    assert json.loads(logged[0].new_value or "{}")["person"] == 3000
    assert meta is not None and json.loads(meta.value)["scale"] == "small"
    with pytest.raises(NothingToUndoError):
        records.undo_last(db)
    assert check_database(config).ok  # foreign keys and integrity hold


def test_a_second_load_is_refused(demo_db: Database) -> None:
    before = counts(demo_db)
    with pytest.raises(ValidationError) as caught:
        generate_demo(demo_db, "small")
    assert "空数据库" in caught.value.message
    assert counts(demo_db) == before


def test_refused_when_people_exist(db: Database) -> None:
    people.create_person(db, {"name": "已有的人"})
    before = counts(db)
    with pytest.raises(ValidationError):
        generate_demo(db, "small")
    assert counts(db) == before


def test_unknown_scale(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo(db, "galaxy")
    assert caught.value.field == "scale"


@pytest.mark.parametrize("stop_after", [1, 4])
def test_cancel_rolls_everything_back(db: Database, stop_after: int) -> None:
    """Cancel right after the first progress report, and in the middle of writing."""
    before = counts(db)
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int, _message: str) -> None:
        reports.append((done, total))

    with pytest.raises(Cancelled) as caught:
        generate_demo(db, "small", progress=progress, cancel=lambda: len(reports) >= stop_after)
    assert "未作改动" in caught.value.message
    if stop_after > 1:
        assert reports[-1][0] > 0  # rows had been written before the cancel
    assert counts(db) == before
    assert people.count_people(db, people.PersonFilter()) == 0
    # and the database is still fine for a complete load afterwards
    generate_demo(db, "small")
    assert counts(db)["person"] == 3000


def test_communities_the_user_already_made_are_not_duplicated(demo_db: Database, db: Database) -> None:
    street = geography.list_streets(demo_db)[0].id
    taken = [c.name for c in geography.list_communities(demo_db, street)][:2]
    for name in taken:
        geography.create_community(db, street, name)
    generate_demo(db, "small")
    with db.read() as session:
        pairs = [(c.street_id, c.name) for c in session.scalars(select(Community))]
    assert len(pairs) == len(set(pairs)) == 222



@pytest.mark.postgres
def test_demo_on_postgresql(pg_db: Database) -> None:
    written: list[int] = []
    with pytest.raises(Cancelled):  # cancelled in the middle of writing
        generate_demo(pg_db, "small", progress=lambda done, _t, _m: written.append(done),
                      cancel=lambda: len(written) >= 3)
    assert written[-1] > 0
    assert counts(pg_db)["site"] == counts(pg_db)["community"] == counts(pg_db)["person"] == 0
    summary = generate_demo(pg_db, "small")
    assert summary.people == people.count_people(pg_db, people.PersonFilter()) == 3000
    report = people.docking_report(pg_db)
    assert 0.03 <= len(report.undocked) / report.site_count <= 0.07 and report.multi_docked
    with pytest.raises(NothingToUndoError):
        records.undo_last(pg_db)
    with pytest.raises(ValidationError):
        generate_demo(pg_db, "small")
    assert pg_db.config is not None
    result = check_database(pg_db.config)
    assert result.ok, result.verdict()
    assert "跳过" in result.verdict()


def test_council_names_are_unique(demo_db: Database) -> None:
    """A street has one 党建联席会议 and one street-level 共治议事会; other councils are named by community."""
    from sqlalchemy import select

    from coordinator_app.core.models import Council

    with demo_db.read() as session:
        names = list(session.scalars(select(Council.name)))
    assert len(names) == len(set(names)) and len(names) > 10
