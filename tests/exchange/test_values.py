"""Cells into values: dates in every form people type, numbers stored as numbers, formula neutralising."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator_app.exchange.values import neutralise, parse_date, phone_of, text_of


@pytest.mark.parametrize("raw", ["2021年3月5日", "2021/3/5", "2021.3.5", "2021-03-05", "20210305", 44260, 44260.0,
                                 "44260", datetime(2021, 3, 5), date(2021, 3, 5), " 2021 年 3 月 5 日 "])
def test_dates_in_every_form(raw) -> None:
    assert parse_date(raw) == date(2021, 3, 5)


@pytest.mark.parametrize("raw", [20210305, 20210305.0, "2021-03-05 00:00:00", "2021/3/5 10:30", "2021-03-05T09:15:00",
                                 "2021年3月5号", "2021年3月5日 14:00"])
def test_dates_as_compact_numbers_with_a_time_or_a_spoken_day(raw) -> None:
    """A compact date stored as a number (20210305, more than Excel's last serial), a date cell saved as text
    with its time, and 号 for 日, as people write them."""
    assert parse_date(raw) == date(2021, 3, 5)


@pytest.mark.parametrize("raw", ["2021年13月5日", "三月五日", "2021/2/30", -5, 20211305, "2021-03-05 25:00", 3_000_000])
def test_not_a_date(raw) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_every_date_written_any_way_reads_back(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    for text in (f"{day.year}年{day.month}月{day.day}日", f"{day.year}/{day.month}/{day.day}",
                 f"{day.year}.{day.month}.{day.day}", day.isoformat()):
        assert parse_date(text) == day
    assert parse_date(serial) == day


def test_numbers_stored_as_numbers() -> None:
    assert text_of(13812345678) == "13812345678"
    assert text_of(13812345678.0) == "13812345678"
    assert phone_of(2083001234) == "020-83001234"
    assert text_of("（全角）") == "（全角）"  # Chinese punctuation kept as typed


@given(st.text(alphabet=st.sampled_from("'=+-@ a中\t"), max_size=8) | st.text(max_size=30))
def test_neutralised_text_never_starts_a_formula_and_reads_back(text: str) -> None:
    out = neutralise(text)
    assert not out.startswith(("=", "+", "-", "@"))
    if not text.startswith(("\t", "\r")) and text.strip() == text:
        assert text_of(out) == text


_piece = st.text(alphabet="北京街社区x005F_ &<>\"'abc123\u3000", max_size=8)
_run = st.one_of(
    _piece.map(lambda t: ("t", t)),
    st.lists(_piece, min_size=1, max_size=3).map(lambda ts: ("r", ts)),
    _piece.map(lambda t: ("rPh", t)),
    st.just(("empty", "")),
)


def _si(parts: list[tuple[str, object]]) -> str:
    from xml.sax.saxutils import escape

    out = []
    for kind, value in parts:
        if kind == "t":
            out.append(f'<t xml:space="preserve">{escape(str(value))}</t>')
        elif kind == "r":
            out.extend(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(t)}</t></r>' for t in value)  # type: ignore[union-attr]
        elif kind == "rPh":
            out.append(f'<rPh sb="0" eb="1"><t>{escape(str(value))}</t></rPh>')
        else:
            out.append("<t/>")
    return "<si>" + "".join(out) + "</si>"


@settings(max_examples=200)
@given(st.lists(st.lists(_run, max_size=4), max_size=6))
def test_shared_strings_read_as_openpyxl_reads_them(items: list[list[tuple[str, object]]]) -> None:
    import io

    from openpyxl.reader.strings import read_string_table

    from coordinator_app.exchange.reading import read_shared_strings

    xml = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
           f'main" count="{len(items)}">' + "".join(_si(parts) for parts in items) + "</sst>").encode("utf-8")
    assert read_shared_strings(io.BytesIO(xml)) == list(read_string_table(io.BytesIO(xml)))
