"""Names sort in pinyin order (拼音排序), people's surnames with their surname readings."""

from __future__ import annotations

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, sites
from coordinator_app.core.sorting import pinyin_key, spell


def test_spelling_of_ideographs_and_other_characters() -> None:
    assert spell("陈伟明") == "chen wei ming"
    assert spell("3号楼") == "3 hao lou"
    assert spell("Alpha社工站") == "Alpha she gong zhan"
    assert spell("") == ""


def test_people_sort_by_pinyin_with_surname_readings() -> None:
    names = ["伍丽娟", "陈伟明", "曾国藩", "单田芳", "区振超", "艾青", "张三", "赵四", "万里"]
    assert sorted(names, key=lambda n: pinyin_key(n, person=True)) == [
        "艾青", "陈伟明", "区振超", "单田芳", "万里", "伍丽娟", "曾国藩", "张三", "赵四",
    ]  # ai, chen, ou, shan, wan, wu, zeng, zhang, zhao


def test_homophones_keep_a_stable_order() -> None:
    assert pinyin_key("张伟", person=True) != pinyin_key("章伟", person=True)
    assert pinyin_key("张伟", person=True).startswith("zhang wei")


def test_roster_sites_and_communities_are_listed_in_pinyin_order(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    for name in ("赵四", "艾青", "曾国藩", "陈伟明"):
        people.create_person(db, {"name": name})
    assert [r.name for r in people.list_people(db, people.PersonFilter())] == ["艾青", "陈伟明", "曾国藩", "赵四"]
    for name in ("万福社区", "三元里社区", "东华社区"):
        geography.create_community(db, street, name)
    assert [c.name for c in geography.list_communities(db, street)] == ["东华社区", "三元里社区", "万福社区"]
    for name in ("一德社区党群服务中心", "北京街社工服务站", "大南社区党群服务中心"):
        sites.create_site(db, {"name": name, "kind": "community_service_center", "street_id": street})
    assert [r.name for r in sites.list_sites(db, sites.SiteFilter())] == [
        "北京街社工服务站", "大南社区党群服务中心", "一德社区党群服务中心",
    ]
    renamed = sites.list_sites(db, sites.SiteFilter())[0].id
    sites.update_site(db, renamed, {**sites.get_site(db, renamed), "name": "珠光街社工服务站"})
    assert [r.name for r in sites.list_sites(db, sites.SiteFilter())][-1] == "珠光街社工服务站"
