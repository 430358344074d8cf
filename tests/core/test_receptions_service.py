"""Receptions of residents (群众接访): saved with their hosts, each site's log, the upcoming ones."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.core.models import Base, ReceptionHost
from coordinator_app.core.services import geography, people, receptions, sites

NOW = datetime.now().replace(second=0, microsecond=0)


def dump(db: Database) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t))) for t in Base.metadata.sorted_tables}


@pytest.fixture
def setting(db: Database) -> dict[str, str]:
    streets = [s.id for s in geography.list_streets(db)]
    return {
        "studio": sites.create_site(db, {"name": "北京街“两代表一委员”工作室", "kind": "deputies_studio",
                                         "street_id": streets[0]}),
        "station": sites.create_site(db, {"name": "人民社区人大代表联络站", "kind": "npc_liaison_station",
                                          "street_id": streets[1]}),
        "npc": people.create_person(db, {"name": "黄代表"}, ["npc_deputy"]),
        "cppcc": people.create_person(db, {"name": "梁委员"}, ["cppcc_member"]),
        "party": people.create_person(db, {"name": "陈代表"}, ["party_deputy"]),
        "street0": streets[0],
    }


def test_save_with_hosts_and_site_log(db: Database, setting: dict[str, str]) -> None:
    rid = receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW - timedelta(days=2),
                                         "visitor_count": "5", "topics": " 加装电梯协调 ", "follow_up": "已转交住建局"},
                                    [setting["npc"], setting["cppcc"]])
    [row] = receptions.receptions_for_site(db, setting["studio"])
    assert (row.id, row.visitor_count, row.topics, row.site_name) == (rid, 5, "加装电梯协调", "北京街“两代表一委员”工作室")
    assert row.hosts == ("黄代表", "梁委员")  # pinyin order: huang, liang
    assert receptions.receptions_for_site(db, setting["station"]) == []

    # change the hosts: one leaves, one joins; then the first comes back (its row is restored)
    receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW - timedelta(days=2)},
                              [setting["npc"], setting["party"]], reception_id=rid)
    assert set(receptions.get_reception(db, rid)["host_ids"]) == {setting["npc"], setting["party"]}
    receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW - timedelta(days=2)},
                              [setting["npc"], setting["party"], setting["cppcc"]], reception_id=rid)
    with db.read() as session:
        host_rows = list(session.scalars(select(ReceptionHost).where(ReceptionHost.reception_id == rid)))
    assert len(host_rows) == 3 and all(h.deleted_at is None for h in host_rows)
    # host_ids=None keeps the hosts
    receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW - timedelta(days=1)},
                              reception_id=rid)
    assert len(receptions.get_reception(db, rid)["host_ids"]) == 3


def test_invalid_receptions_are_refused_and_nothing_saved(db: Database, setting: dict[str, str]) -> None:
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        receptions.save_reception(db, {"site_id": "", "held_at": NOW})
    assert caught.value.field == "site_id"
    with pytest.raises(ValidationError) as caught:
        receptions.save_reception(db, {"site_id": setting["studio"], "held_at": "明天上午"})
    assert caught.value.field == "held_at"
    with pytest.raises(ValidationError) as caught:
        receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW, "visitor_count": -1})
    assert caught.value.field == "visitor_count"
    with pytest.raises(NotFoundError):  # the reception would be saved, then the unknown host stops it all
        receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW}, [setting["npc"], "nobody"])
    with pytest.raises(NotFoundError):
        receptions.save_reception(db, {"site_id": "nowhere", "held_at": NOW})
    assert dump(db) == before


def test_upcoming_receptions(db: Database, setting: dict[str, str]) -> None:
    def save(site: str, when: datetime) -> str:
        return receptions.save_reception(db, {"site_id": site, "held_at": when}, [setting["npc"]])

    save(setting["studio"], NOW - timedelta(days=1))
    later = save(setting["studio"], NOW + timedelta(days=10))
    sooner = save(setting["station"], NOW + timedelta(days=2))
    assert [r.id for r in receptions.upcoming_receptions(db, now=NOW)] == [sooner, later]
    assert [r.id for r in receptions.upcoming_receptions(db, now=NOW, street_id=setting["street0"])] == [later]
    assert [r.id for r in receptions.upcoming_receptions(db, now=NOW, limit=1)] == [sooner]
    receptions.delete_reception(db, sooner)
    assert [r.id for r in receptions.upcoming_receptions(db, now=NOW)] == [later]
    # a deleted site takes its receptions out of the lists
    sites.delete_site(db, setting["studio"])
    assert receptions.upcoming_receptions(db, now=NOW) == []
    assert receptions.count_receptions(db) == 2  # they still exist, to come back with the site


def test_list_receptions_pages_newest_first(db: Database, setting: dict[str, str]) -> None:
    made = [receptions.save_reception(db, {"site_id": setting["studio"], "held_at": NOW - timedelta(days=d)})
            for d in range(5)]
    receptions.save_reception(db, {"site_id": setting["station"], "held_at": NOW})
    pages = [receptions.list_receptions(db, offset, 2, site_id=setting["studio"]) for offset in (0, 2, 4)]
    assert [r.id for page in pages for r in page] == made  # made newest first
    oldest_first = receptions.list_receptions(db, descending=False, site_id=setting["studio"])
    assert [r.id for r in oldest_first] == made[::-1]
    assert len(receptions.list_receptions(db)) == 6
    assert len(receptions.list_receptions(db, street_id=setting["street0"])) == 5
