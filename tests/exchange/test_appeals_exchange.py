"""Appeals (群众诉求) in and out: dates in every form (2021年3月5日, 2021/3/6, 2021.3.7, 2021-03-08, an Excel serial
number, a date cell) from a file saved by LibreOffice; masked names refused; a closed appeal needs its date;
export masks names and phones unless full values are asked for; export → import changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from coordinator_app.core.services import appeals
from coordinator_app.core.services.geography import list_streets
from coordinator_app.exchange.exporter import export_kind
from coordinator_app.exchange.importer import NEW, REJECTED, SAME, import_file

FIXTURES = Path(__file__).parent / "fixtures"


def test_dates_in_every_form_from_libreoffice(db) -> None:
    plan = import_file(db, "appeals", FIXTURES / "appeals_libreoffice.xlsx")
    received = {r.number: r.values.get("received_on") for r in plan.rows if r.verdict == NEW}
    assert received == {4: date(2021, 3, 5), 5: date(2021, 3, 6), 6: date(2021, 3, 7), 7: date(2021, 3, 8),
                        8: date(2021, 3, 13), 9: date(2021, 3, 10)}
    reasons = {r.number: r.reason for r in plan.rows if r.verdict == REJECTED}
    assert "三月十一日" in reasons[10] and "隐去" in reasons[11] and "办结日期" in reasons[12]
    rows = appeals.list_appeals(db, appeals.AppealFilter(), 0, 50)
    assert len(rows) == 6
    closed = [r for r in rows if r.status == "closed"]
    assert len(closed) == 1
    assert import_file(db, "appeals", FIXTURES / "appeals_libreoffice.xlsx").count(SAME) == 6


def test_export_masks_and_round_trips(db, tmp_path: Path) -> None:
    street = list_streets(db)[0].id
    appeals.save_appeal(db, {"resident_name": "欧阳明月", "resident_phone": "13812345678", "channel": "hotline",
                             "category": "elevator", "content": "=加装电梯", "received_on": date(2026, 3, 5),
                             "street_id": street})
    masked = tmp_path / "masked.xlsx"
    export_kind(db, "appeals", masked)
    sheet = load_workbook(masked).active
    assert sheet["B3"].value == "欧**月" and sheet["C3"].value == "138****5678"
    assert sheet["A3"].is_date and sheet["A3"].value.date() == date(2026, 3, 5)
    # a masked copy read back is the appeal it was written from, and keeps its stored name and phone
    assert [(r.verdict, r.reason) for r in import_file(db, "appeals", masked).rows] == [(SAME, "")]
    book = load_workbook(masked)
    sheet = book.active
    for _ in range(2):  # the same row twice more, then made unlike it
        sheet.append(list(next(sheet.iter_rows(min_row=3, max_row=3, values_only=True))))
    sheet["B4"], sheet["C5"] = "欧*月", "139****5678"
    sheet["L3"] = "已协调加装"  # and a result written into the masked copy
    book.save(masked)
    rows = import_file(db, "appeals", masked).rows
    assert [r.verdict for r in rows] == ["update", REJECTED, REJECTED]
    assert rows[1].reason == "诉求人“欧*月”是隐去了部分字的姓名，库中没有与之相符的诉求（同一受理日期、街道和诉求内容），请填写完整的姓名和电话。"
    assert rows[2].reason.startswith("电话“139****5678”是隐去了中间几位的号码，库中没有与之相符的诉求")
    saved = appeals.get_appeal(db, appeals.list_appeals(db, appeals.AppealFilter())[0].id)
    assert (saved["resident_name"], saved["resident_phone"], saved["result"]) == ("欧阳明月", "13812345678", "已协调加装")
    full = tmp_path / "full.xlsx"
    export_kind(db, "appeals", full, full=True)
    plan = import_file(db, "appeals", full)
    assert [r.verdict for r in plan.rows] == [SAME]
