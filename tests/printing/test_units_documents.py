"""The layout of the co-building unit roster (共建单位名册): every column but the unit's name as wide as its
content, so that a unit's name takes one line and a landscape page holds over 20 units."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pdfcheck import check, table_cells

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, units
from coordinator_app.printing import kinds
from coordinator_app.printing.document import TABLE_PADDING, Column, TableBlock, column_widths
from coordinator_app.printing.fonts import FontSet
from coordinator_app.printing.layout import GRID_RATIO, LANDSCAPE, TextStyle, shape

#: names as long as most real ones (the district's median is 11 characters, 9 in 10 have at most 14)
NAMES = ["广州市越秀区东华信息科技有限公司", "越秀区北京街东濠涌社区党支部", "广州东山口百货商场有限公司",
         "越秀区东华东路社区卫生服务站", "广东省某某建设工程有限公司"]


def raw_rows(data: bytes) -> list[list[str | None]]:
    """Every row of every page's table as pdfplumber reads it: a cell of several lines has newlines."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [row for page in pdf.pages for table in page.extract_tables() for row in table]


@pytest.fixture
def district(db: Database) -> dict[str, str]:
    """Units on two streets, each street's names as long as ``NAMES``, with credit codes, communities,
    contacts and phones as the roster prints them."""
    streets = geography.list_streets(db)
    out = {}
    for street in streets[:2]:
        community = geography.create_community(db, street.id, "流水井社区")
        for n in range(30):
            units.create_unit(db, {"name": f"{NAMES[n % len(NAMES)]}{n:02d}", "category": "government",
                                   "street_id": street.id, "community_id": community,
                                   "credit_code": "", "contact_name": "欧阳志强",
                                   "contact_phone": "13900001111" if n % 2 else "020-83330000",
                                   "in_charity_alliance": n % 3 == 0})
        out[street.name] = street.id
    return out


@pytest.mark.parametrize("scope", ["street", "all"])
def test_every_unit_name_takes_one_line_and_a_page_holds_over_twenty(db: Database, fonts: FontSet,
                                                                      district: dict[str, str], scope: str) -> None:
    target = next(iter(district.values())) if scope == "street" else "all"
    _document, data = kinds.build_pdf(db, "unit-roster", target, fonts)
    pages = check(data)
    assert all(p.landscape for p in pages)
    rows = table_cells(data)
    header = rows[0]
    assert header[:3] == (["序号", "单位名称", "类别"] if scope == "street" else ["序号", "街道", "单位名称"])
    assert header[-1] == "慈善联盟"
    name = header.index("单位名称")
    raw = [row for row in raw_rows(data) if row[0] != "序号"]
    assert len(raw) == (30 if scope == "street" else 60)
    assert [row[name] for row in raw if "\n" in (row[name] or "")] == [], "a unit's name broken over lines"
    # every cell of the short columns on one line too
    assert [row for row in raw if any("\n" in (cell or "") for cell in row)] == []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        per_page = [sum(len(t) - 1 for t in page.extract_tables()) for page in pdf.pages]
    assert per_page[0] >= 17 and all(n >= 22 for n in per_page[1:-1]), per_page


def natural(text: str, fonts: FontSet, role: str = "song") -> float:
    return max(sum(shape(line, TextStyle(role=role, size=10.5), fonts)[1]) for line in text.split("\n"))


def test_fitted_columns_take_their_content_and_the_name_the_rest(fonts: FontSet) -> None:
    columns = [Column("序号", fit=5), Column("单位名称"), Column("类别", fit=6), Column("联系人", fit=4),
               Column("慈善\n联盟", fit=2)]
    rows = [[str(n), "广州市越秀区东华信息科技有限公司", "机关事业单位", "欧阳志强", "是"] for n in range(1, 120)]
    block = TableBlock(columns, rows, size=10.5, leading=14)
    widths = column_widths(block, fonts, LANDSCAPE.width)
    assert sum(widths) == pytest.approx(LANDSCAPE.width)
    padding = 2 * TABLE_PADDING + 0.5
    assert widths[0] == pytest.approx(natural("序号", fonts, "hei") + padding)
    assert widths[2] == pytest.approx(natural("机关事业单位", fonts) + padding)
    assert widths[3] == pytest.approx(natural("欧阳志强", fonts) + padding)
    # a header given in two lines is as wide as its longer line
    assert widths[4] == pytest.approx(natural("慈善", fonts, "hei") + padding)
    assert widths[1] == pytest.approx(LANDSCAPE.width - sum(widths[:1] + widths[2:]))
    # a value longer than the column's limit does not widen it: it breaks
    long = [[*row[:3], "某某街道办事处党工委委员", row[4]] for row in rows]
    widths = column_widths(TableBlock(columns, long, size=10.5, leading=14), fonts, LANDSCAPE.width)
    assert widths[3] == pytest.approx(4 * 10.5 * GRID_RATIO + padding)


def test_fitted_columns_too_wide_for_the_page_share_it_by_weight(fonts: FontSet) -> None:
    columns = [Column("单位名称", 1), *[Column(f"列{n}", 1, fit=40) for n in range(4)]]
    rows = [["名称", *["很长的内容" * 8] * 4]]
    widths = column_widths(TableBlock(columns, rows, size=10.5, leading=14), fonts, LANDSCAPE.width)
    assert widths == pytest.approx([LANDSCAPE.width / 5] * 5)
