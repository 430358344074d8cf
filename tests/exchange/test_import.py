"""Importing the spreadsheets people actually have (files saved by LibreOffice): title rows, columns in
another order, extra columns, numbers stored as numbers, blank, 合计 and note rows; verdicts before
writing; upsert by natural key (twice changes nothing); one transaction, cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from coordinator_app.core.errors import Cancelled
from coordinator_app.core.models import ChangeLogEntry
from coordinator_app.core.services.people import PersonFilter, count_people, get_person, list_people
from coordinator_app.core.services.units import UnitFilter, count_units, list_units
from coordinator_app.exchange import mappings
from coordinator_app.exchange.exporter import write_rejected
from coordinator_app.exchange.importer import (
    NEW,
    REJECTED,
    SAME,
    SKIPPED,
    apply_plan,
    import_file,
    plan_import,
)
from coordinator_app.exchange.reading import ExchangeError, read_sheet

FIXTURES = Path(__file__).parent / "fixtures"


def test_units_file_saved_by_libreoffice_is_judged_row_by_row(db) -> None:
    plan = plan_import(db, "units", FIXTURES / "units_libreoffice.xlsx")
    assert plan.header_row == 3  # under a merged title and a date row
    verdicts = {r.number: (r.verdict, r.reason) for r in plan.rows}
    assert [n for n, v in verdicts.items() if v[0] == NEW] == [4, 5, 7]
    assert verdicts[8] == (REJECTED, "请填写“单位名称”。")
    assert "火星街" in verdicts[9][1]
    assert "12345" in verdicts[10][1]
    assert verdicts[11] == (SKIPPED, "合计行")
    assert verdicts[12] == (SKIPPED, "说明行")
    assert count_units(db, UnitFilter()) == 0  # nothing written by a preview


def test_import_writes_values_as_typed_and_twice_changes_nothing(db) -> None:
    plan = import_file(db, "units", FIXTURES / "units_libreoffice.xlsx")
    assert plan.count(NEW) == 3
    rows = {r.name: r for r in list_units(db, UnitFilter())}
    assert rows["广州市越秀区星火科技有限公司"].credit_code == "91440104MA59A1B2CH"
    assert rows["广州市越秀区星火科技有限公司"].contact_phone == "13812345678"  # a number cell, as text
    assert rows["广州银河书店"].contact_phone == "020-83001235"  # the landline's lost 0 given back
    assert rows["广州银河书店"].category == "non_public"  # 民营企业 → 非公企业
    assert rows["广州市越秀区星火科技有限公司"].street_name == "北京街"  # 北京街道 → 北京街
    with db.read() as session:
        log_rows = session.query(ChangeLogEntry).count()
    again = import_file(db, "units", FIXTURES / "units_libreoffice.xlsx")
    assert again.count(NEW) == 0 and again.count(SAME) == 3
    with db.read() as session:
        assert session.query(ChangeLogEntry).count() == log_rows
    assert count_units(db, UnitFilter()) == 3


def test_people_with_roles_and_masked_numbers(db) -> None:
    plan = import_file(db, "people", FIXTURES / "people_libreoffice.xlsx")
    reasons = [r.reason for r in plan.rows if r.verdict == REJECTED]
    assert any("隐去" in r for r in reasons) and any("外星人" in r for r in reasons)
    people = {p.name: p for p in list_people(db, PersonFilter())}
    assert set(people) == {"陈明", "李华"}
    assert set(get_person(db, people["陈明"].id)["roles"]) == {"party_volunteer", "npc_deputy"}
    assert people["陈明"].is_party_member and not people["李华"].is_party_member


def test_sites_file_and_rejected_rows_workbook(db, tmp_path: Path) -> None:
    plan = import_file(db, "sites", FIXTURES / "sites_libreoffice.xlsx")
    assert plan.count(NEW) == 2 and len(plan.rejected) == 1
    out = tmp_path / "rejected.xlsx"
    assert write_rejected(plan, out) == 1
    sheet = read_sheet(out)
    assert sheet.rows[1][:2] == ("原行号", "不导入的原因")
    assert sheet.rows[2][0] == 6 and "阵地类型" in sheet.rows[2][1]


def test_cancel_leaves_nothing_behind(db) -> None:
    plan = plan_import(db, "units", FIXTURES / "units_libreoffice.xlsx")
    with pytest.raises(Cancelled):
        apply_plan(db, plan, cancelled=lambda: True)
    assert count_units(db, UnitFilter()) == 0


def test_a_preview_overtaken_by_another_import_adds_nothing_twice(db) -> None:
    first = plan_import(db, "units", FIXTURES / "units_libreoffice.xlsx")
    second = plan_import(db, "units", FIXTURES / "units_libreoffice.xlsx")  # another window, same file
    apply_plan(db, first)
    with db.read() as session:
        log_rows = session.query(ChangeLogEntry).count()
    with pytest.raises(ExchangeError, match="第4行的.*在预览之后已由他人加入.*重新预览"):
        apply_plan(db, second)
    assert count_units(db, UnitFilter()) == 3
    with db.read() as session:
        assert session.query(ChangeLogEntry).count() == log_rows
    again = plan_import(db, "units", FIXTURES / "units_libreoffice.xlsx")
    assert again.count(NEW) == 0 and again.count(SAME) == 3


def _units_book(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    book.active.append(["单位名称", "单位类别", "所属街道", "地址", "联系人"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_update_never_overwrites_an_edit_made_after_the_preview(db, tmp_path: Path) -> None:
    from coordinator_app.core.services import units

    import_file(db, "units", _units_book(tmp_path / "a.xlsx", [["星火科技有限公司", "非公企业", "北京街", "北京路1号", "陈明"]]))
    [unit] = list_units(db, UnitFilter())
    plan = plan_import(db, "units", _units_book(tmp_path / "b.xlsx", [["星火科技有限公司", "非公企业", "北京街", "北京路2号", "陈明"]]))
    assert [r.verdict for r in plan.rows] == ["update"]
    # someone changes the contact, which the file does not change: the import goes ahead
    units.update_unit(db, unit.id, {**units.get_unit(db, unit.id), "contact_name": "李华"})
    apply_plan(db, plan)
    assert (units.get_unit(db, unit.id)["address"], units.get_unit(db, unit.id)["contact_name"]) == ("北京路2号", "李华")
    # someone changes the address after a preview that changes it too: nothing is written
    plan = plan_import(db, "units", _units_book(tmp_path / "c.xlsx", [["星火科技有限公司", "非公企业", "北京街", "北京路3号", "李华"]]))
    units.update_unit(db, unit.id, {**units.get_unit(db, unit.id), "address": "中山路9号"})
    with db.read() as session:
        log_rows = session.query(ChangeLogEntry).count()
    with pytest.raises(ExchangeError, match="第2行的单位在预览之后已被他人修改（地址）.*重新预览"):
        apply_plan(db, plan)
    assert units.get_unit(db, unit.id)["address"] == "中山路9号"
    with db.read() as session:
        assert session.query(ChangeLogEntry).count() == log_rows


def test_a_reason_quotes_only_the_start_of_a_long_cell(db, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "单位类别", "所属街道", "可提供资源"])
    sheet.append(["广州长资源公司", "非公企业", "北京街", "x" * 3000])
    book.save(tmp_path / "long.xlsx")
    plan = plan_import(db, "units", tmp_path / "long.xlsx")
    assert plan.rows[0].verdict == REJECTED
    assert plan.rows[0].reason == f"资源“{'x' * 40}…”应写成“类别：内容”，如“人力：党员志愿者10人”。"


def test_remembered_mapping_corrects_an_unknown_header(db, app_config, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["人名", "手机"])
    book.active.append(["陈明", "13812345678"])
    path = tmp_path / "odd.xlsx"
    book.save(path)
    plan = plan_import(db, "people", path, mapping={0: "name", 1: "phone"})
    mappings.remember(app_config.data_dir, "people", plan.headers, plan.mapping)
    remembered = mappings.load(app_config.data_dir, "people")
    assert remembered["人名"] == "name"
    plan = plan_import(db, "people", path, remembered=remembered)
    assert plan.count(NEW) == 1
    apply_plan(db, plan)
    assert count_people(db, PersonFilter()) == 1


def test_imported_records_are_searchable_have_a_history_and_the_import_can_be_undone(db) -> None:
    from coordinator_app.core.services import records

    import_file(db, "units", FIXTURES / "units_libreoffice.xlsx")
    found = list_units(db, UnitFilter(text="星火"))
    assert [u.name for u in found] == ["广州市越秀区星火科技有限公司"]  # derived search text filled
    fields = {e.field for e in records.history(db, found[0].id)}
    assert {"name", "credit_code", "contact_phone"} <= fields
    assert records.undo_last(db) == "导入共建单位"
    assert count_units(db, UnitFilter()) == 0


def _people_file(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(["姓名", "手机", "特长"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_a_phone_written_another_way_finds_the_same_person(db, tmp_path: Path) -> None:
    """138-1234-5678, 138 1234 5678, +86 138…, a full-width ８６１３８… from a Chinese input method: the person
    already in the roster with 13812345678 is updated, not added again; the phone keeps the form it has."""
    import_file(db, "people", _people_file(tmp_path, "a.xlsx", [["陈明", "13812345678", ""], ["李华", "020-83001234", ""]]))
    for number, phone in enumerate(["138-1234-5678", "138 1234 5678", "+86 138 1234 5678", "８６１３８１２３４５６７８",
                                    "0086-13812345678"]):
        plan = import_file(db, "people", _people_file(tmp_path, f"b{number}.xlsx", [["陈明", phone, f"义诊{number}"],
                                                                                   ["李华", "(020)8300-1234", ""]]))
        assert [(r.verdict, r.reason) for r in plan.rows] == [("update", "更新：特长"), (SAME, "")], phone
    people = list_people(db, PersonFilter())
    assert sorted((p.name, p.phone) for p in people) == [("李华", "020-83001234"), ("陈明", "13812345678")]


def test_a_new_person_with_a_country_code_is_stored_without_it(db, tmp_path: Path) -> None:
    plan = import_file(db, "people", _people_file(tmp_path, "a.xlsx", [["陈明", "８６１３８１２３４５６７８", ""],
                                                                       ["李华", "+86 139-1234-5678", ""]]))
    assert plan.count(NEW) == 2, [r.reason for r in plan.rows]
    assert sorted(p.phone for p in list_people(db, PersonFilter())) == ["13812345678", "139-1234-5678"]


@pytest.mark.parametrize(("code", "headers", "expected"), [
    ("units", ["单位全称", "单位性质", "所在街道", "所属社区（居委会）", "联系人手机", "统一社会信用代码(18位)"],
     ["name", "category", "street", "community", "contact_phone", "credit_code"]),
    ("units", ["单位名称（盖章）", "类别", "街道", "联系电话（手机）"], ["name", "category", "street", "contact_phone"]),
    ("people", ["姓　名", "手机号", "是否中共党员", "身份类别"], ["name", "phone", "is_party_member", "roles"]),
    ("sites", ["阵地名称", "阵地类型", "所在街道", "所在社区", "联系人电话", "阵地地址"],
     ["name", "kind", "street", "community", "phone", "address"]),
    ("appeals", ["受理时间", "反映人", "手机号", "诉求类型", "诉求内容", "所在街道", "办理时限"],
     ["received_on", "resident_name", "resident_phone", "category", "content", "street", "due_on"]),
    ("council_members", ["议事会", "所在街道", "成员姓名", "手机号"], ["council", "street", "name", "phone"]),
])
def test_header_names_of_government_templates(code: str, headers: list[str], expected: list[str]) -> None:
    """所在 for 所属, a note in brackets after the name (（盖章）, （居委会）, （手机）, (18位)), 手机号, 联系人电话…"""
    from coordinator_app.exchange.importer import guess_mapping
    from coordinator_app.exchange.kinds import kind

    assert list(guess_mapping(kind(code), headers).values()) == expected


@pytest.mark.parametrize(("status", "member"), [("中共党员", True), ("中共预备党员", True), ("共青团员", False),
                                                ("群众", False), ("民盟盟员", False), ("九三学社社员", False),
                                                ("无党派人士", False)])
def test_political_status_column_reads_as_party_member_or_not(db, tmp_path: Path, status: str, member: bool) -> None:
    book = Workbook()
    book.active.append(["姓名", "政治面貌"])
    book.active.append(["陈明", status])
    book.save(tmp_path / "p.xlsx")
    plan = import_file(db, "people", tmp_path / "p.xlsx")
    assert plan.count(NEW) == 1, plan.rows[0].reason
    assert list_people(db, PersonFilter())[0].is_party_member is member


def _units_file(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(["单位名称", "统一社会信用代码", "单位类别", "街道", "联系电话", "备注"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / "units.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("placeholder", ["无", "暂无", "/", "／", "-", "—", "——", "－"])
def test_a_placeholder_for_no_code_or_phone_is_an_empty_cell(db, tmp_path: Path, placeholder: str) -> None:
    """Government forms want every cell filled: 无 or / where a unit has no code or no phone."""
    plan = plan_import(db, "units", _units_file(tmp_path, [["广州某甲公司", placeholder, "非公企业", "北京街", placeholder,
                                                            placeholder]]))
    assert [(r.verdict, r.reason) for r in plan.rows] == [(NEW, "")]
    assert (plan.rows[0].values["credit_code"], plan.rows[0].values["contact_phone"]) == ("", "")
    assert plan.rows[0].values["notes"] == placeholder  # free text keeps what was written


def test_invisible_characters_copied_from_a_web_page_are_dropped(db, tmp_path: Path) -> None:
    plan = plan_import(db, "units", _units_file(tmp_path, [["\ufeff广州某甲公司\u200b", "91440104MA59A1B2CH\u200b", "非公企业",
                                                            "北京街\u200d", "13812345678\u2060", ""]]))
    assert [(r.verdict, r.reason) for r in plan.rows] == [(NEW, "")]
    values = plan.rows[0].values
    assert (values["name"], values["credit_code"], values["contact_phone"]) == ("广州某甲公司", "91440104MA59A1B2CH",
                                                                                "13812345678")


def test_a_credit_code_stored_as_a_number_says_its_digits_were_lost(db, tmp_path: Path) -> None:
    plan = plan_import(db, "units", _units_file(tmp_path, [["某局", 114401040074200123, "机关", "北京街", "", ""]]))
    assert plan.rows[0].verdict == REJECTED
    assert "存成了数字" in plan.rows[0].reason and "文本" in plan.rows[0].reason


def test_a_masked_export_of_units_edited_and_imported_back_keeps_the_phones(db, tmp_path: Path) -> None:
    """The usual round: export the list (phones masked), correct an address in Excel, import it back. The masked
    phone of a unit already in the directory keeps the number there; a masked phone that is not that number, or
    on a new unit, is refused as before."""
    from openpyxl import load_workbook

    from coordinator_app.exchange.exporter import export_kind

    import_file(db, "units", FIXTURES / "units_libreoffice.xlsx")
    out = tmp_path / "masked.xlsx"
    export_kind(db, "units", out)
    book = load_workbook(out)
    sheet = book.active
    assert sheet["H3"].value == "138****5678"
    sheet["F3"] = "越秀区北京路1号"
    sheet["H5"] = "139****0000"  # not the number of that unit
    sheet.append(["新单位", "", "非公企业", "北京街", "", "", "张三", "138****1111"])
    book.save(out)
    plan = import_file(db, "units", out)
    verdicts = [(r.number, r.verdict, r.reason) for r in plan.rows]
    assert verdicts[0] == (3, "update", "更新：地址")
    assert verdicts[1] == (4, SAME, "")
    assert verdicts[2][1] == REJECTED and "隐去" in verdicts[2][2]
    assert verdicts[3][1] == REJECTED and "隐去" in verdicts[3][2]
    from coordinator_app.core.services.units import get_unit

    unit = get_unit(db, next(r.id for r in list_units(db, UnitFilter()) if r.name == "广州市越秀区星火科技有限公司"))
    assert (unit["contact_phone"], unit["address"]) == ("13812345678", "越秀区北京路1号")


def test_undoing_a_large_import_removes_every_record_and_logs_each_removal(db, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from coordinator_app.core.models import CoBuildingUnit, UnitResource
    from coordinator_app.core.services import records

    rows = [[f"星火{n}号科技有限公司", "非公企业", "北京街", f"北京路{n}号", "陈明"] for n in range(1200)]  # three chunks
    book = _units_book(tmp_path / "many.xlsx", rows)
    book_with_resources = Workbook()
    book_with_resources.active.append(["单位名称", "单位类别", "所属街道", "可提供资源"])
    book_with_resources.active.append(["另一家公司", "非公企业", "北京街", "人力：志愿者5人；场地：会议室"])
    book_with_resources.save(tmp_path / "one.xlsx")
    import_file(db, "units", tmp_path / "one.xlsx")
    import_file(db, "units", book)
    assert count_units(db, UnitFilter()) == 1201
    assert records.undo_last(db) == "导入共建单位"
    assert count_units(db, UnitFilter()) == 1  # the earlier import stays
    with db.read() as session:
        removals = session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.field == "deleted_at", ChangeLogEntry.action == "撤销：导入共建单位"))
        assert removals == 1200
        assert session.scalar(select(func.count()).select_from(UnitResource).where(UnitResource.deleted_at.is_(None))) == 2
    assert list_units(db, UnitFilter(text="星火7号")) == []
    with db.read() as session:
        gone = session.scalar(select(CoBuildingUnit.id).where(CoBuildingUnit.name == "星火7号科技有限公司"))
    assert [e.field for e in records.history(db, gone)][:1] == ["deleted_at"]  # newest first: the undo's removal
    assert records.undo_last(db) == "导入共建单位"  # then the earlier import
    assert count_units(db, UnitFilter()) == 0


def test_a_cancelled_undo_changes_nothing(db, tmp_path: Path) -> None:
    from coordinator_app.core.services import records

    import_file(db, "units", _units_book(tmp_path / "many.xlsx", [
        [f"星火{n}号科技有限公司", "非公企业", "北京街", f"北京路{n}号", "陈明"] for n in range(1200)]))
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled, match="已取消撤销“导入共建单位”"):
        records.undo_last(db, progress=lambda done, total, _m: seen.append((done, total)),
                          cancelled=lambda: len(seen) >= 2)
    assert seen == [(0, 1200), (500, 1200)]
    assert count_units(db, UnitFilter()) == 1200
    assert records.last_change(db) == "导入共建单位"  # still there to undo
    assert records.undo_last(db) == "导入共建单位" and count_units(db, UnitFilter()) == 0


def test_a_masked_export_of_people_edited_and_imported_back_keeps_the_numbers(db, tmp_path: Path) -> None:
    """People are found by name and phone: a masked phone (138****5678) finds the one person of that name whose
    number it fits, keeps that number and takes what was edited; none, or two namesakes, are refused with why."""
    from coordinator_app.core.services.people import create_person

    chen = create_person(db, {"name": "陈明", "phone": "13812345678"})
    create_person(db, {"name": "王芳", "phone": "13812340001"})
    create_person(db, {"name": "王芳", "phone": "13800000001"})
    path = tmp_path / "people.xlsx"
    book = Workbook()
    book.active.append(["姓名", "联系电话", "备注"])
    for row in (["陈明", "138****5678", "会写毛笔字"], ["陈明", "139****5678", ""], ["王芳", "138****0001", ""]):
        book.active.append(row)
    book.save(path)
    plan = import_file(db, "people", path)
    assert [(r.verdict, r.reason) for r in plan.rows] == [
        ("update", "更新：备注"),
        (REJECTED, "电话“139****5678”是隐去了中间几位的号码，库中没有号码与之相符的“陈明”，请填写完整号码。"),
        (REJECTED, "电话“138****0001”是隐去了中间几位的号码，库中有2个“王芳”的号码与之相符，无法确定是哪一位，请填写完整号码。"),
    ]
    person = get_person(db, chen)
    assert (person["phone"], person["notes"]) == ("13812345678", "会写毛笔字")
    assert count_people(db, PersonFilter()) == 3
