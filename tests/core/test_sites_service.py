"""Sites (阵地): validation, filters and sorting in SQL, the network tree, function rooms and Party
organisations. Every refused write must leave the database exactly as it was."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.core.models import Base, ChangeLogEntry, Street
from coordinator_app.core.services import geography, people, records, sites
from coordinator_app.core.sorting import pinyin_key


def dump(db: Database) -> dict[str, list[str]]:
    """Every row of every table, to prove that a refused write changed nothing."""
    with db.engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t))) for t in Base.metadata.sorted_tables}


def log_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0


@pytest.fixture
def streets(db: Database) -> list[str]:
    return [s.id for s in geography.list_streets(db)]


def site_values(street_id: str, **extra: Any) -> dict[str, Any]:
    return {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street_id, **extra}


# --- create and validate --------------------------------------------------------------------------------

def test_create_site_stores_cleaned_values(db: Database, streets: list[str]) -> None:
    community = geography.create_community(db, streets[0], "府学西社区")
    site_id = sites.create_site(db, site_values(
        streets[0], name="  府学西社区党群服务中心 ", kind="community_service_center", community_id=community,
        address="越秀区北京路123号", phone="020-83001234、13812345678", opening_hours="周一至周五 9:00-17:30",
        operator="", notes=None,
    ))
    stored = sites.get_site(db, site_id)
    assert stored["name"] == "府学西社区党群服务中心"
    assert stored["community_id"] == community
    assert stored["phone"] == "020-83001234、13812345678"
    assert stored["notes"] == "" and stored["parent_id"] is None
    assert sites.count_sites(db, sites.SiteFilter()) == 1


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"name": None}, "name"),
    ({"phone": "8300abcd"}, "phone"),
    ({"phone": "1381234567"}, "phone"),  # ten digits
    ({"kind": "bakery"}, "kind"),
    ({"street_id": ""}, "street_id"),
    ({"name": "站" * 101}, "name"),
])
def test_invalid_site_is_refused_and_nothing_saved(db: Database, streets: list[str], changes: dict[str, Any],
                                                    field: str) -> None:
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        sites.create_site(db, {**site_values(streets[0]), **changes})
    assert caught.value.field == field
    assert caught.value.message  # a sentence for the user
    assert dump(db) == before


def test_invalid_update_leaves_the_site_unchanged(db: Database, streets: list[str]) -> None:
    site_id = sites.create_site(db, site_values(streets[0], phone="020-83001234"))
    before = dump(db)
    with pytest.raises(ValidationError):
        sites.update_site(db, site_id, site_values(streets[0], name="新名称", phone="电话"))
    assert dump(db) == before
    assert sites.get_site(db, site_id)["name"] == "北京街社工服务站"


def test_community_must_belong_to_the_street(db: Database, streets: list[str]) -> None:
    elsewhere = geography.create_community(db, streets[1], "人民社区")
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        sites.create_site(db, site_values(streets[0], community_id=elsewhere))
    assert caught.value.field == "community_id"
    assert dump(db) == before


def test_parent_cycles_are_refused(db: Database, streets: list[str]) -> None:
    top = sites.create_site(db, site_values(streets[0], name="北京街党群服务中心", kind="street_service_center"))
    middle = sites.create_site(db, site_values(streets[0], name="府学西社区党群服务中心",
                                               kind="community_service_center", parent_id=top))
    bottom = sites.create_site(db, site_values(streets[0], name="府学西社区党员活动室", kind="function_room",
                                               parent_id=middle))
    before = dump(db)
    for site_id, parent in ((top, bottom), (top, middle), (middle, middle)):
        values = {k: v for k, v in sites.get_site(db, site_id).items() if k != "id"}
        with pytest.raises(ValidationError) as caught:
            sites.update_site(db, site_id, {**values, "parent_id": parent})
        assert caught.value.field == "parent_id"
    assert dump(db) == before
    # a legal move is accepted
    values = {k: v for k, v in sites.get_site(db, bottom).items() if k != "id"}
    sites.update_site(db, bottom, {**values, "parent_id": top})
    assert sites.get_site(db, bottom)["parent_id"] == top


def test_missing_site_is_not_found(db: Database, streets: list[str]) -> None:
    with pytest.raises(NotFoundError):
        sites.update_site(db, "no-such-id", site_values(streets[0]))
    with pytest.raises(NotFoundError):
        sites.get_site(db, "no-such-id")
    with pytest.raises(NotFoundError):
        sites.delete_site(db, "no-such-id")


# --- lists ------------------------------------------------------------------------------------------------

@pytest.fixture
def sample(db: Database, streets: list[str]) -> dict[str, str]:
    """Four sites in two streets, one of them docked to a social worker."""
    fxx = geography.create_community(db, streets[0], "府学西社区")
    ids = {
        "station": sites.create_site(db, site_values(streets[0], address="越秀区北京路1号", phone="020-83001111",
                                                     operator="广州市启明社会工作服务中心")),
        "centre": sites.create_site(db, site_values(streets[0], name="府学西社区党群服务中心",
                                                    kind="community_service_center", community_id=fxx,
                                                    address="越秀区府学西街5号")),
        "studio": sites.create_site(db, site_values(streets[1], name="人民街“两代表一委员”工作室",
                                                    kind="deputies_studio", address="越秀区人民中路8号")),
        "charity": sites.create_site(db, site_values(streets[1], name="Alpha爱心屋", kind="charity_point",
                                                     phone="13800001111")),
        "community": fxx,
    }
    worker = people.create_person(db, {"name": "陈社工", "phone": "13912345678"}, ["social_worker"])
    people.assign_to_site(db, worker, ids["station"], start_date=date.today() - timedelta(days=10))
    ids["worker"] = worker
    return ids


def names(db: Database, **kwargs: Any) -> list[str]:
    return [r.name for r in sites.list_sites(db, sites.SiteFilter(**kwargs), limit=1000)]


def test_filters_by_text_street_community_kind_and_docking(db: Database, streets: list[str],
                                                          sample: dict[str, str]) -> None:
    assert names(db, text="府学西") == ["府学西社区党群服务中心"]  # name and address
    assert names(db, text="人民中路") == ["人民街“两代表一委员”工作室"]  # address
    assert names(db, text="启明") == ["北京街社工服务站"]  # operator
    assert names(db, text="83001111") == ["北京街社工服务站"]  # phone
    assert names(db, text="alpha") == ["Alpha爱心屋"]  # ASCII case is ignored
    assert sorted(names(db, street_id=streets[1])) == sorted(["人民街“两代表一委员”工作室", "Alpha爱心屋"])
    assert names(db, community_id=sample["community"]) == ["府学西社区党群服务中心"]
    assert names(db, kind="deputies_studio") == ["人民街“两代表一委员”工作室"]
    undocked = names(db, without_social_worker=True)
    assert "北京街社工服务站" not in undocked and len(undocked) == 3
    # filters combine, and count agrees with the list
    f = sites.SiteFilter(street_id=streets[1], without_social_worker=True, text="爱心")
    assert [r.name for r in sites.list_sites(db, f)] == ["Alpha爱心屋"]
    assert sites.count_sites(db, f) == 1


def test_without_social_worker_follows_the_docking_dates(db: Database, sample: dict[str, str]) -> None:
    today = date.today()
    # before the docking started, the station was undocked
    assert "北京街社工服务站" in names(db, without_social_worker=True, today=today - timedelta(days=20))
    [assignment] = people.list_assignments(db, site_id=sample["station"])
    people.end_assignment(db, assignment.id, today - timedelta(days=1))
    assert "北京街社工服务站" in names(db, without_social_worker=True)
    # a deputy docked to a site does not count as its social worker
    deputy = people.create_person(db, {"name": "黄代表"}, ["npc_deputy"])
    people.assign_to_site(db, deputy, sample["studio"], role="npc_deputy")
    assert "人民街“两代表一委员”工作室" in names(db, without_social_worker=True)


def test_sorting_and_paging(db: Database, streets: list[str], sample: dict[str, str]) -> None:
    by_name = names(db)
    assert by_name == sorted(by_name, key=lambda n: pinyin_key(n))  # pinyin order (see test_sorting.py)
    assert [r.name for r in sites.list_sites(db, sites.SiteFilter(), sort="name", descending=True)] == by_name[::-1]
    by_street = sites.list_sites(db, sites.SiteFilter(), sort="street")
    order = {s.name: i for i, s in enumerate(geography.list_streets(db))}
    assert [order[r.street_name] for r in by_street] == sorted(order[r.street_name] for r in by_street)
    pages = [sites.list_sites(db, sites.SiteFilter(), offset=o, limit=2) for o in (0, 2, 4)]
    assert [r.name for page in pages for r in page] == by_name
    assert len(pages[2]) == 0
    # an unknown sort key falls back to the name
    assert [r.name for r in sites.list_sites(db, sites.SiteFilter(), sort="nonsense")] == by_name


def test_site_ids_are_the_rows_of_the_filtered_list(db: Database, streets: list[str],
                                                   sample: dict[str, str]) -> None:
    """The ids-only query behind an export of the filtered list: the list's rows, in its order."""
    for f in (sites.SiteFilter(), sites.SiteFilter(text="府学西"), sites.SiteFilter(street_id=streets[1]),
              sites.SiteFilter(community_id=sample["community"]), sites.SiteFilter(kind="deputies_studio"),
              sites.SiteFilter(without_social_worker=True),
              sites.SiteFilter(street_id=streets[1], without_social_worker=True, text="爱心")):
        assert sites.site_ids(db, f) == [r.id for r in sites.list_sites(db, f, limit=1000)]
    assert set(sites.site_ids(db, sites.SiteFilter(street_id=streets[1]))) == {sample["studio"], sample["charity"]}
    assert set(sites.site_ids(db, sites.SiteFilter(without_social_worker=True))) == {
        sample["centre"], sample["studio"], sample["charity"]}
    assert sites.site_ids(db, sites.SiteFilter(text="83001111")) == [sample["station"]]
    sites.delete_site(db, sample["charity"])
    assert sites.site_ids(db, sites.SiteFilter(street_id=streets[1])) == [sample["studio"]]


def test_deleted_sites_leave_the_lists(db: Database, sample: dict[str, str]) -> None:
    sites.delete_site(db, sample["charity"])
    assert "Alpha爱心屋" not in names(db)
    assert [(r.record_type, r.name) for r in records.recycle_bin(db)] == [("site", "Alpha爱心屋")]
    assert ("Alpha爱心屋" not in [n for _, n in sites.site_options(db)])


# --- network, rooms, Party organisations ------------------------------------------------------------------

def test_network_tree(db: Database, streets: list[str]) -> None:
    community = geography.create_community(db, streets[0], "府学西社区")
    centre = sites.create_site(db, site_values(streets[0], name="北京街党群服务中心", kind="street_service_center"))
    sub = sites.create_site(db, site_values(streets[0], name="府学西社区党群服务中心",
                                            kind="community_service_center", community_id=community, parent_id=centre))
    sites.create_site(db, site_values(streets[0]))  # the station: no parent
    sites.create_room(db, sub, "党员活动室", 30, "组织生活会")
    gone = sites.create_site(db, site_values(streets[0], name="已撤销的联络站", kind="npc_liaison_station",
                                             parent_id=centre))
    sites.delete_site(db, gone)

    tree = sites.site_network(db, street_id=streets[0])
    assert len(tree) == 1 and tree[0].kind == "street" and tree[0].id == streets[0]
    top = [(n.kind, n.name) for n in tree[0].children]
    # ordered by kind as in the vocabulary: the station before the street centre
    assert top == [("social_work_station", "北京街社工服务站"), ("street_service_center", "北京街党群服务中心")]
    street_centre = tree[0].children[1]
    assert [(n.kind, n.name) for n in street_centre.children] == [("community_service_center", "府学西社区党群服务中心")]
    assert [(n.kind, n.name) for n in street_centre.children[0].children] == [("room", "党员活动室")]
    # the whole district: every street, empty ones included
    assert len(sites.site_network(db)) == len(streets)


def test_network_survives_a_street_in_the_recycle_bin(db: Database, streets: list[str]) -> None:
    sites.create_site(db, site_values(streets[0]))
    with db.unit_of_work("测试：删除街道") as session:
        session.execute(update(Street).where(Street.id == streets[0]).values(deleted_at=date.today()))
    tree = sites.site_network(db)
    assert streets[0] not in [n.id for n in tree]
    assert len(tree) == len(streets) - 1


def test_rooms(db: Database, streets: list[str]) -> None:
    site_id = sites.create_site(db, site_values(streets[0]))
    room = sites.create_room(db, site_id, " 议事室 ", "20", "居民议事会")
    sites.create_room(db, site_id, "阅览室")
    assert [(r.name, r.capacity, r.purpose) for r in sites.list_rooms(db, site_id)] == [
        ("议事室", 20, "居民议事会"), ("阅览室", None, "")]
    before = dump(db)
    for bad in ({"name": ""}, {"name": "仓库", "capacity": -1}, {"name": "仓库", "capacity": "很多"}):
        with pytest.raises(ValidationError):
            sites.create_room(db, site_id, **bad)
    with pytest.raises(NotFoundError):
        sites.create_room(db, "no-such-site", "仓库")
    assert dump(db) == before
    sites.delete_room(db, room)
    assert [r.name for r in sites.list_rooms(db, site_id)] == ["阅览室"]
    records.restore(db, "room", room)
    assert len(sites.list_rooms(db, site_id)) == 2


def test_party_organisations(db: Database, streets: list[str]) -> None:
    site_id = sites.create_site(db, site_values(streets[0]))
    secretary = people.create_person(db, {"name": "梁书记", "is_party_member": True}, ["party_social_worker"])
    org = sites.save_party_org(db, {"name": "北京街社工服务站党支部", "level": "branch", "secretary_id": secretary,
                                    "member_count": "7", "site_id": site_id})
    [row] = sites.list_party_orgs(db, site_id)
    assert (row.name, row.level, row.secretary_name, row.member_count) == ("北京街社工服务站党支部", "branch", "梁书记", 7)
    sites.save_party_org(db, {"name": "北京街社工服务站党支部", "level": "branch", "secretary_id": None,
                              "member_count": 9, "site_id": site_id, "notes": "民主生活会1次"}, org_id=org)
    [row] = sites.list_party_orgs(db, site_id)
    assert (row.secretary_id, row.secretary_name, row.member_count) == (None, "", 9)
    before = dump(db)
    for bad in ({"name": "", "level": "branch"}, {"name": "党支部", "level": "club"},
                {"name": "党支部", "level": "branch", "member_count": -3}):
        with pytest.raises(ValidationError):
            sites.save_party_org(db, {"site_id": site_id, **bad})
    assert dump(db) == before
    sites.delete_party_org(db, org)
    assert sites.list_party_orgs(db, site_id) == []


def test_site_writes_are_logged(db: Database, streets: list[str]) -> None:
    before = log_count(db)
    site_id = sites.create_site(db, site_values(streets[0], phone="020-83001234"))
    with db.read() as session:
        rows = list(session.scalars(select(ChangeLogEntry.field).where(ChangeLogEntry.record_id == site_id)))
    assert rows == ["*created"]  # one snapshot row …
    fields = {e.field for e in records.history(db, site_id)}  # … read back as the fields it set
    assert {"*created", "name", "kind", "street_id", "phone"} <= fields
    assert log_count(db) > before


def test_references_to_missing_records_are_refused_not_crashed(db: Database, streets: list[str]) -> None:
    before = dump(db)
    cases = [
        (lambda: sites.create_site(db, site_values("no-such-street")), "street_id"),
        (lambda: sites.create_site(db, site_values(streets[0], parent_id="no-such-site")), "parent_id"),
        (lambda: sites.create_site(db, site_values(streets[0], community_id="no-such-community")), "community_id"),
        (lambda: geography.create_community(db, "no-such-street", "新社区"), "street_id"),
        (lambda: sites.save_party_org(db, {"name": "党支部", "level": "branch", "secretary_id": "nobody"}),
         "secretary_id"),
        (lambda: sites.save_party_org(db, {"name": "党支部", "level": "branch", "site_id": "nowhere"}), "site_id"),
    ]
    for write, field in cases:
        with pytest.raises(ValidationError) as caught:
            write()
        assert caught.value.field == field
    assert dump(db) == before
