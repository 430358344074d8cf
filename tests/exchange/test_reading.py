"""The sheet reader takes inline strings (how openpyxl and other generators write text) straight from their XML;
whatever a sheet holds, it must read exactly what openpyxl's public ``iter_rows`` reads."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from coordinator_app.exchange import reading

text = st.text(alphabet="北京街社区x005F_ &<>'\"abc123\u3000", max_size=8)
value = st.one_of(st.none(), text, st.integers(-10**6, 10**6), st.floats(-1e6, 1e6, allow_nan=False),
                  st.booleans(), st.dates(date(1950, 1, 1), date(2090, 1, 1)),
                  st.datetimes(datetime(1950, 1, 1), datetime(2090, 1, 1)).map(lambda d: d.replace(microsecond=0)))
rows = st.lists(st.tuples(st.integers(0, 3), st.lists(value, max_size=6)), max_size=12)  # (rows skipped, cells)


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[reading.Sheet, reading.Sheet]:
    fast = reading.read_sheet(path)
    with monkeypatch.context() as patch:
        patch.setattr(reading, "_inline_text_parser", lambda _sheet: None)
        public = reading.read_sheet(path)
    return fast, public


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_what_openpyxl_writes_is_read_as_openpyxl_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           content: list[tuple[int, list[object]]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["表头"])
    number = 1
    for skipped, cells in content:
        number += skipped + 1
        for column, cell in enumerate(cells, start=1):
            sheet.cell(number, column, cell)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    fast, public = both_ways(path, monkeypatch)
    assert (fast.rows, fast.numbers, fast.notes) == (public.rows, public.numbers, public.notes)


pieces = st.lists(st.one_of(text.map(lambda t: ("t", t)), st.lists(text, min_size=1, max_size=3).map(lambda r: ("r", r)),
                            text.map(lambda t: ("rPh", t)), st.just(("empty", ""))), max_size=4)


def inline(parts: list[tuple[str, object]]) -> str:
    out = []
    for kind, piece in parts:
        if kind == "t":
            out.append(f'<t xml:space="preserve">{escape(str(piece))}</t>')
        elif kind == "r":
            out.extend(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(t)}</t></r>' for t in piece)  # type: ignore[union-attr]
        elif kind == "rPh":
            out.append(f'<rPh sb="0" eb="1"><t>{escape(str(piece))}</t></rPh>')
        else:
            out.append("<t/>")
    return "<is>" + "".join(out) + "</is>"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(pieces, min_size=1, max_size=5))
def test_rich_inline_strings_read_as_openpyxl_reads_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         cells: list[list[tuple[str, object]]]) -> None:
    base = tmp_path / "base.xlsx"
    book = Workbook()
    book.active.append(["x"])
    book.save(base)
    row = "".join(f'<c r="{chr(65 + n)}2" t="inlineStr">{inline(parts)}</c>' for n, parts in enumerate(cells))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           f'2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>表头</t></is></c></row>'
           f'<row r="2">{row}</row></sheetData></worksheet>')
    path = tmp_path / "rich.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, xml if item.filename == "xl/worksheets/sheet1.xml" else src.read(item.filename))
    fast, public = both_ways(path, monkeypatch)
    assert (fast.rows, fast.numbers) == (public.rows, public.numbers)
