"""Service functions the sites screens rely on: names for ids in a history, reading a Party organisation."""

from __future__ import annotations

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, records, sites


def _street(db: Database) -> str:
    return geography.list_streets(db)[0].id


def test_reference_names_resolve_streets_communities_sites_and_people(db: Database) -> None:
    street = _street(db)
    community = geography.create_community(db, street, "东华社区")
    centre = sites.create_site(db, {"name": "北京街党群服务中心", "kind": "street_service_center", "street_id": street})
    person = people.create_person(db, {"name": "李明"})
    names = records.reference_names(db, [("street_id", street), ("community_id", community), ("parent_id", centre),
                                         ("secretary_id", person), ("name", "not-an-id"), ("street_id", None)])
    assert names == {street: geography.list_streets(db)[0].name, community: "东华社区", centre: "北京街党群服务中心",
                     person: "李明"}


def test_reference_names_keep_deleted_records_names(db: Database) -> None:
    site = sites.create_site(db, {"name": "旧站点", "kind": "social_work_station", "street_id": _street(db)})
    sites.delete_site(db, site)
    assert records.reference_names(db, [("site_id", site)]) == {site: "旧站点"}


def test_get_party_org_returns_what_was_saved(db: Database) -> None:
    site = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": _street(db)})
    person = people.create_person(db, {"name": "王芳"})
    org = sites.save_party_org(db, {"name": "社工服务站党支部", "level": "branch", "secretary_id": person,
                                    "member_count": 7, "site_id": site, "notes": "2020年成立"})
    data = sites.get_party_org(db, org)
    assert data == {"id": org, "name": "社工服务站党支部", "level": "branch", "secretary_id": person, "member_count": 7,
                    "site_id": site, "unit_id": None, "notes": "2020年成立"}
