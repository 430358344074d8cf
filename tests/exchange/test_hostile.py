"""Broken and hostile files: a clear Chinese message, nothing written, memory bounded. The big cases are
made small: a sheet whose rows jump to row 1,000,000, a cell that expands to 50 MB from a few kilobytes."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from coordinator_app.core.services.units import UnitFilter, count_units
from coordinator_app.exchange.importer import NEW, REJECTED, import_file
from coordinator_app.exchange.reading import ExchangeError, read_sheet

HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><t>单位类别</t></is></c>' \
         '<c r="C1" t="inlineStr"><is><t>街道</t></is></c></row>'


def _row(number: int, name: str) -> str:
    return (f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{name}</t></is></c>'
            f'<c r="B{number}" t="inlineStr"><is><t>非公企业</t></is></c>'
            f'<c r="C{number}" t="inlineStr"><is><t>北京街</t></is></c></row>')


def _with_sheet(tmp_path: Path, sheet_xml: str, name: str = "f.xlsx") -> Path:
    """A real workbook whose first sheet's XML is replaced by ``sheet_xml``."""
    base = tmp_path / "base.xlsx"
    book = Workbook()
    book.active.append(["x"])
    book.save(base)
    out = tmp_path / name
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode("utf-8")
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def _sheet(rows: str, dimension: str = "A1:C3", prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>')


def _with_peak(work):  # type: ignore[no-untyped-def]
    """``work()``'s result and the most memory Python held while it ran."""
    tracemalloc.start()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def _refused(db, path: Path, words: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        import_file(db, "units", path)
    assert words in caught.value.message
    assert count_units(db, UnitFilter()) == 0


def test_not_a_zip(db, tmp_path: Path) -> None:
    path = tmp_path / "名册.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls renamed")
    _refused(db, path, "另存为 .xlsx")


def test_old_formats_are_refused_with_what_to_do(db, tmp_path: Path) -> None:
    path = tmp_path / "名册.xls"
    path.write_bytes(b"whatever")
    _refused(db, path, "另存为")


def test_truncated(db, tmp_path: Path) -> None:
    whole = _with_sheet(tmp_path, _sheet(HEADER + _row(2, "甲公司")))
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    _refused(db, cut, "xlsx")


def test_xml_bomb(db, tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    bomb = _sheet(HEADER + _row(2, "&i;"), prolog=f"<!DOCTYPE worksheet [{entities}]>")
    _refused(db, _with_sheet(tmp_path, bomb), "不安全")


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml",
                                  "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_an_xml_bomb_in_any_part_is_refused_with_memory_bounded(db, tmp_path: Path, part: str) -> None:
    """openpyxl parses some parts with lxml when it is installed and others with defusedxml: both refuse."""
    base = tmp_path / "base.xlsx"
    book = Workbook()
    book.active.append(["单位名称", "单位类别", "所属街道"])
    book.active.append(["甲公司", "非公企业", "北京街"])
    book.save(base)
    if part == "xl/sharedStrings.xml":  # openpyxl writes no shared strings; LibreOffice (like Excel) does
        base = Path(__file__).parent / "fixtures" / "units_libreoffice.xlsx"
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    out = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                text = data.decode("utf-8")
                start = text.index("?>") + 2 if text.startswith("<?xml") else 0
                root = text[start:].lstrip().split()[0].lstrip("<").rstrip(">")
                text = text[:start] + f"<!DOCTYPE {root} [{entities}]>" + text[start:].replace("</", "&i;</", 1)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    _, peak = _with_peak(lambda: _refused(db, out, "不安全"))
    assert peak < 20 * 1024 * 1024


def test_a_million_empty_rows_stop_reading_with_memory_bounded(db, tmp_path: Path) -> None:
    rows = HEADER + _row(2, "甲公司") + _row(1_000_000, "远处的公司")
    path = _with_sheet(tmp_path, _sheet(rows, dimension="A1:C1000000"))
    sheet, peak = _with_peak(lambda: read_sheet(path))
    assert len(sheet.rows) == 2
    assert sheet.notes and "连续1000行为空" in sheet.notes[0]
    assert peak < 30 * 1024 * 1024
    plan = import_file(db, "units", path)
    assert plan.count(NEW) == 1 and plan.notes


def test_cells_far_to_the_right_are_cut_off_with_memory_bounded(db, tmp_path: Path) -> None:
    """Every row also holds a cell in the sheet's last column (XFD): rows are read to 200 columns only."""
    far_cell = '<c r="XFD{n}" t="inlineStr"><is><t>远</t></is></c></row>'
    far = "".join(_row(n, f"公司{n}").replace("</row>", far_cell.format(n=n)) for n in range(2, 2002))
    header = HEADER.replace("</row>", far_cell.format(n=1))
    path = _with_sheet(tmp_path, _sheet(header + far, dimension="A1:XFD2001"))
    sheet, peak = _with_peak(lambda: read_sheet(path))
    assert len(sheet.rows) == 2001 and all(len(row) == 3 for row in sheet.rows)
    assert peak < 30 * 1024 * 1024
    plan = import_file(db, "units", path)
    assert plan.count(NEW) == 2000


def test_a_50_mb_cell_is_refused_before_parsing(db, tmp_path: Path) -> None:
    huge = "A" * (50 * 1024 * 1024)
    path = _with_sheet(tmp_path, _sheet(HEADER + _row(2, huge)))
    assert path.stat().st_size < 1024 * 1024
    _, peak = _with_peak(lambda: _refused(db, path, "异常膨胀"))
    assert peak < 20 * 1024 * 1024


def test_an_overlong_cell_rejects_its_row_only(db, tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, _sheet(HEADER + _row(2, "甲" * 40_000) + _row(3, "乙公司")))
    plan = import_file(db, "units", path)
    verdicts = {r.number: r for r in plan.rows}
    assert verdicts[2].verdict == REJECTED and "过长" in verdicts[2].reason
    assert verdicts[3].verdict == NEW
    assert count_units(db, UnitFilter()) == 1


def test_too_many_rows(db, tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, _sheet(HEADER + "".join(_row(n, f"公司{n}") for n in range(2, 30))))
    with pytest.raises(ExchangeError, match="拆分"):
        read_sheet(path, max_rows=10)


def test_no_header(db, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["随便", "什么"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    _refused(db, path, "找不到表头")


def test_without_lxml_the_same_files_are_refused() -> None:
    """openpyxl parses with the standard library (and defusedxml) where lxml is missing: the same bombs must be
    refused there too. The setting is read when openpyxl is imported, hence a separate interpreter."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "OPENPYXL_LXML": "False"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k",
                           "bomb or not_a_zip or truncated"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout


def test_an_empty_workbook_says_it_is_empty(db, tmp_path: Path) -> None:
    path = tmp_path / "空表.xlsx"
    Workbook().save(path)
    _refused(db, path, "“空表.xlsx”是空的")


def test_an_empty_first_sheet_is_passed_over_for_the_sheet_with_the_rows(db, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "封面"
    data = book.create_sheet("名册")
    data.append(["单位名称", "单位类别", "街道"])
    data.append(["广州某甲公司", "非公企业", "北京街"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    assert import_file(db, "units", path).count(NEW) == 1
