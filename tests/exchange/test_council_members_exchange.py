"""Council members (议事会成员) in and out of Excel: each row names a council (by name and street) and a person of
the roster (by name and phone, or by a name that is unique); unknown councils or people, and names that several
councils or people share, are refused with the reason; a member removed earlier comes back; importing twice and
export → import change nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from coordinator_app.core.services import councils
from coordinator_app.core.services.geography import list_streets
from coordinator_app.core.services.people import create_person
from coordinator_app.exchange.exporter import export_kind
from coordinator_app.exchange.importer import NEW, REJECTED, SAME, UPDATE, import_file


def _file(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(["北京街议事会成员名单"])
    book.active.append(["议事会名称", "街道", "姓名", "手机", "席位"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / "members.xlsx"
    book.save(path)
    return path


def test_members_by_name_and_phone(db, tmp_path: Path) -> None:
    street = list_streets(db)[0]
    council = councils.save_council(db, {"name": "东华社区议事会", "kind": "community_council", "street_id": street.id})
    chen = create_person(db, {"name": "陈明", "phone": "13812345678"})
    create_person(db, {"name": "李华", "phone": ""})
    create_person(db, {"name": "王芳", "phone": "13812345670"})
    create_person(db, {"name": "王芳", "phone": "13812345671"})
    path = _file(tmp_path, [
        ["东华社区议事会", street.name, "陈明", 13812345678, "人大代表"],
        ["东华社区议事会", street.name, "李华", "", ""],
        ["东华社区议事会", street.name, "王芳", "", "居民代表"],
        ["东华社区议事会", street.name, "赵六", "13812345679", "居民代表"],
        ["西华社区议事会", street.name, "陈明", "13812345678", "居民代表"],
    ])
    plan = import_file(db, "council_members", path)
    verdicts = {r.number: (r.verdict, r.reason) for r in plan.rows}
    assert verdicts[3][0] == NEW and verdicts[4][0] == NEW
    assert verdicts[5][0] == REJECTED and "2个“王芳”" in verdicts[5][1]
    assert verdicts[6][0] == REJECTED and "不在人员名录中" in verdicts[6][1]
    assert verdicts[7][0] == REJECTED and "西华社区议事会" in verdicts[7][1]
    members = {m.name: m.seat for m in councils.list_members(db, council)}
    assert members == {"陈明": "npc_deputy", "李华": "resident_representative"}
    assert import_file(db, "council_members", path).count(SAME) == 2
    # removed in the program, then imported again: the member comes back
    councils.save_council(db, councils.get_council(db, council), members=[(chen, "npc_deputy")], council_id=council)
    again = import_file(db, "council_members", path)
    assert [(r.verdict, r.reason) for r in again.rows if r.number == 4] == [(UPDATE, "重新加入（曾被移除）")]
    assert {m.name for m in councils.list_members(db, council)} == {"陈明", "李华"}
    out = tmp_path / "out.xlsx"
    assert export_kind(db, "council_members", out, full=True) == 2
    assert import_file(db, "council_members", out).count(SAME) == 2


def test_a_member_found_by_a_phone_written_another_way(db, tmp_path: Path) -> None:
    street = list_streets(db)[0]
    councils.save_council(db, {"name": "东华社区议事会", "kind": "community_council", "street_id": street.id})
    create_person(db, {"name": "陈明", "phone": "138-1234-5678"})
    plan = import_file(db, "council_members", _file(tmp_path, [["东华社区议事会", street.name, "陈明", 13812345678, ""]]))
    assert [(r.verdict, r.reason) for r in plan.rows] == [(NEW, "")]


def test_masked_numbers_find_the_one_person_they_fit(db, tmp_path: Path) -> None:
    """A member list exported as it is (numbers masked) names each person by a masked number: it finds the one
    person of that name whose number it fits; a number that fits none, or two namesakes, is refused with why."""
    street = list_streets(db)[0]
    chen = create_person(db, {"name": "陈明", "phone": "13812345678"})
    create_person(db, {"name": "陈明", "phone": "13912345678"})
    create_person(db, {"name": "王芳", "phone": "13812340001"})
    create_person(db, {"name": "王芳", "phone": "13800000001"})
    council = councils.save_council(db, {"name": "东华社区议事会", "kind": "community_council", "street_id": street.id})
    path = _file(tmp_path, [
        ["东华社区议事会", street.name, "陈明", "138****5678", ""],
        ["东华社区议事会", street.name, "陈明", "137****5678", ""],
        ["东华社区议事会", street.name, "王芳", "138****0001", ""],
    ])
    plan = import_file(db, "council_members", path)
    assert [(r.verdict, r.reason) for r in plan.rows] == [
        (NEW, ""),
        (REJECTED, "电话“137****5678”是隐去了中间几位的号码，人员名录中没有号码与之相符的“陈明”，请填写完整号码。"),
        (REJECTED, "电话“138****0001”是隐去了中间几位的号码，人员名录中有2个“王芳”的号码与之相符，无法确定是哪一位，请填写完整号码。"),
    ]
    assert [m.person_id for m in councils.list_members(db, council)] == [chen]
