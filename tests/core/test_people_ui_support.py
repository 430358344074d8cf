"""What the roster, the docking dialog and the host search rely on in ``people.list_people`` /
``count_people``: the role filter (written as IN over the role index for speed) keeps its meaning."""

from __future__ import annotations

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, sites


def names(db: Database, f: people.PersonFilter) -> list[str]:
    rows = people.list_people(db, f)
    assert people.count_people(db, f) == len(rows)
    return [r.name for r in rows]


def test_role_filter_keeps_people_holding_the_role_now(db: Database) -> None:
    a = people.create_person(db, {"name": "甲"}, ["social_worker", "party_volunteer"])
    b = people.create_person(db, {"name": "乙", "is_party_member": True}, ["social_worker"])
    c = people.create_person(db, {"name": "丙"}, ["npc_deputy"])
    d = people.create_person(db, {"name": "丁"}, ["social_worker"])
    people.update_person(db, c, {"name": "丙"}, ["social_worker"])  # the deputy role is removed (soft-deleted)
    people.update_person(db, a, {"name": "甲"}, ["party_volunteer"])  # 甲 is no longer a social worker
    people.delete_person(db, d)

    assert names(db, people.PersonFilter(role="social_worker")) == ["丙", "乙"]  # code-point order of names
    assert names(db, people.PersonFilter(role="npc_deputy")) == []
    assert names(db, people.PersonFilter(role="party_volunteer")) == ["甲"]
    assert names(db, people.PersonFilter(role="social_worker", party_member=True)) == ["乙"]
    assert names(db, people.PersonFilter(role="social_worker", text="丙")) == ["丙"]
    assert {r.id for r in people.list_people(db, people.PersonFilter())} == {a, b, c}


def test_role_filter_combines_with_the_site_filter(db: Database) -> None:
    street = geography.list_streets(db)[0]
    site = sites.create_site(db, {"name": "站", "kind": "social_work_station", "street_id": street.id})
    worker = people.create_person(db, {"name": "社工甲"}, ["social_worker"])
    deputy = people.create_person(db, {"name": "代表乙"}, ["npc_deputy"])
    people.assign_to_site(db, worker, site)
    people.assign_to_site(db, deputy, site, role="npc_deputy")
    assert names(db, people.PersonFilter(site_id=site)) == ["代表乙", "社工甲"]
    assert names(db, people.PersonFilter(site_id=site, role="npc_deputy")) == ["代表乙"]


def test_roles_filter_keeps_people_holding_any_of_them_in_pinyin_order(db: Database) -> None:
    for name, role in (("岑", "social_worker"), ("崔", "party_social_worker"), ("蔡", "social_worker"),
                       ("邓", "party_social_worker"), ("陈", "social_worker"), ("艾", "npc_deputy")):
        people.create_person(db, {"name": f"{name}社工"}, [role])
    both = people.PersonFilter(roles=("social_worker", "party_social_worker"))
    assert names(db, both) == ["蔡社工", "岑社工", "陈社工", "崔社工", "邓社工"]
    assert [r.name for r in people.list_people(db, both, 0, 3)] == ["蔡社工", "岑社工", "陈社工"]
    assert names(db, people.PersonFilter(roles=("party_social_worker",))) == ["崔社工", "邓社工"]
    assert names(db, people.PersonFilter(roles=("social_worker",), role="party_social_worker")) == []
