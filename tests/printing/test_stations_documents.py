"""The station-hub documents read back: 代表接待公告 and 阵地一览表."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import TODAY  # noqa: I001
from pdfcheck import check, metadata, table_cells

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.printing import kinds
from coordinator_app.printing.document import render
from coordinator_app.printing.fonts import FontSet
from coordinator_app.printing.stations import reception_notice, site_directory


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_reception_notice_lists_the_receptions_in_range(db: Database, fonts: FontSet, street: dict) -> None:
    document = reception_notice(db, street["id"], issued_on=TODAY)
    data = render(document, fonts)
    pages = check(data)
    assert len(pages) == 1 and not pages[0].landscape
    text = pages[0].text
    assert "北京街道代表接待群众公告" in text
    assert "2026年11月30日至2026年12月29日" in text
    rows = table_cells(data)
    assert rows[0] == ["接待时间", "接待地点", "接待代表", "联系电话"]
    assert rows[1:] == [
        ["2026年11月30日（星期一）09:00", "北京街“两代表一委员”工作室（越秀区西湖路150号三楼）",
         "梁秀英（政协委员）、黄志明（人大代表）", "020-83331234"],
        ["2026年12月2日（星期三）14:30", "流水井社区人大代表联络站（越秀区流水井12号）", "陈国栋（人大代表、党代表）",
         "138****5678"],
        ["2026年12月9日（星期三）09:00", "北京街“两代表一委员”工作室（越秀区西湖路150号三楼）",
         "陈国栋（人大代表、党代表）、黄志明（人大代表）", "020-83331234"],
    ]
    # signed and dated under the text
    assert text.endswith("北京街道党建工作办公室2026年11月27日")
    info = metadata(data)
    assert info["/Title"] == "北京街道代表接待群众公告" and info["/Author"] == "北京街道党建工作办公室"
    assert "/CreationDate" in info


def test_reception_notice_full_numbers_when_asked(db: Database, fonts: FontSet, street: dict) -> None:
    data = render(reception_notice(db, street["station"], issued_on=TODAY, full_numbers=True), fonts)
    check(data)
    rows = table_cells(data)
    assert [r[3] for r in rows[1:]] == ["13812345678"]
    assert "流水井社区人大代表联络站代表接待群众公告" in check(data)[0].text


def test_reception_notice_is_posted_three_days_ahead(db: Database, street: dict) -> None:
    with pytest.raises(ValidationError, match="提前3天"):
        reception_notice(db, street["id"], issued_on=TODAY, start=TODAY + timedelta(days=2))
    with pytest.raises(ValidationError, match="没有安排接待"):
        reception_notice(db, street["id"], issued_on=TODAY, start=TODAY + timedelta(days=100))
    with pytest.raises(NotFoundError, match="找不到编号为“nope”的街道或阵地"):
        reception_notice(db, "nope", issued_on=TODAY)


def test_site_directory_is_a_landscape_table(db: Database, fonts: FontSet, street: dict) -> None:
    data = render(site_directory(db, street["id"], today=TODAY), fonts)
    pages = check(data)
    assert all(p.landscape for p in pages)
    rows = table_cells(data)
    assert rows[0] == ["序号", "阵地名称", "类型", "所在社区", "地址", "开放时间", "联系电话", "运营机构", "对接社工"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    names = [r[1] for r in rows[1:]]
    assert names == ["北京街党群服务中心", "北京街“两代表一委员”工作室", "流水井社区人大代表联络站"]
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["北京街党群服务中心"][8] == "李社工"
    assert by_name["流水井社区人大代表联络站"][6] == "138****5678"
    assert by_name["北京街“两代表一委员”工作室"][5] == "周一至周五9:00-12:00"
    assert "共有阵地3个，其中未对接社工的2个" in pages[0].text


def test_district_directory_repeats_its_header_on_every_page(db: Database, fonts: FontSet) -> None:
    from coordinator_app.core.services import geography, sites

    for street in geography.list_streets(db)[:6]:
        for n in range(12):
            sites.create_site(db, {"name": f"{street.name}第{n + 1}号党群服务功能室", "kind": "function_room",
                                   "street_id": street.id, "address": f"越秀区某路{n + 1}号",
                                   "opening_hours": "周二至周日 9:00-12:00，14:30-21:00"})
    data = render(site_directory(db, "all", today=TODAY), fonts)
    pages = check(data)
    assert len(pages) >= 3
    header = ["序号", "街道", "阵地名称", "类型", "所在社区", "地址", "开放时间", "联系电话", "运营机构", "对接社工"]
    rows = table_cells(data)
    assert sum(r == header for r in rows) == len(pages)
    numbers = [r[0] for r in rows if r != header]
    assert numbers == [str(n) for n in range(1, 73)]
    with pytest.raises(NotFoundError, match="all"):
        site_directory(db, "nope")


def test_unknown_kind_names_the_kinds(db: Database) -> None:
    with pytest.raises(ValidationError, match="reception-notice（代表接待公告）"):
        kinds.build_document(db, "minutes-of-nothing", "x")
