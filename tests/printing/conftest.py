"""Fixtures for the printed documents: the installed fonts (one scan per session, their cache in a session
folder) and a small hand-made street whose every value the tests can look for in the PDFs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people, receptions, sites
from coordinator_app.printing.fonts import FontSet, font_set

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="session")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontSet:
    found = font_set(tmp_path_factory.mktemp("font-data"))
    if "song" not in found.roles:
        pytest.fail("no Chinese font installed: .ci/run installs fonts-arphic-uming, fonts-wqy-zenhei, …")
    return found


@pytest.fixture
def street(db: Database) -> dict[str, object]:
    """北京街 with three sites, four hosts and receptions inside and outside the notice's range."""
    street_id = geography.list_streets(db)[0].id
    studio = sites.create_site(db, {"name": "北京街“两代表一委员”工作室", "kind": "deputies_studio",
                                    "street_id": street_id, "address": "越秀区西湖路150号三楼",
                                    "phone": "020-83331234", "opening_hours": "周一至周五 9:00-12:00"})
    station = sites.create_site(db, {"name": "流水井社区人大代表联络站", "kind": "npc_liaison_station",
                                     "street_id": street_id, "address": "越秀区流水井12号",
                                     "phone": "13812345678"})
    centre = sites.create_site(db, {"name": "北京街党群服务中心", "kind": "street_service_center",
                                    "street_id": street_id, "address": "越秀区广卫路28号"})
    huang = people.create_person(db, {"name": "黄志明", "phone": "13900001111"}, ["npc_deputy"])
    liang = people.create_person(db, {"name": "梁秀英"}, ["cppcc_member"])
    chen = people.create_person(db, {"name": "陈国栋"}, ["party_deputy", "npc_deputy"])
    worker = people.create_person(db, {"name": "李社工"}, ["social_worker"])
    people.assign_to_site(db, worker, centre, TODAY - timedelta(days=30))
    start = datetime.combine(TODAY + timedelta(days=3), datetime.min.time())
    held = [
        (studio, start + timedelta(hours=9), [huang, liang]),
        (station, start + timedelta(days=2, hours=14, minutes=30), [chen]),
        (studio, start + timedelta(days=9, hours=9), [chen, huang]),
    ]
    ids = [receptions.save_reception(db, {"site_id": s, "held_at": t}, hosts) for s, t, hosts in held]
    # outside the range: before it and after it
    receptions.save_reception(db, {"site_id": studio, "held_at": start - timedelta(days=1)}, [huang])
    receptions.save_reception(db, {"site_id": studio, "held_at": start + timedelta(days=40)}, [huang])
    return {"id": street_id, "name": geography.list_streets(db)[0].name, "studio": studio, "station": station,
            "centre": centre, "receptions": ids, "start": start.date()}


def pdf_path(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path
