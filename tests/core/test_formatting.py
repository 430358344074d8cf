"""Numbers in Chinese numerals (core/formatting.py): the forms official documents write, and every number up
to 99,999,999 read back to itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coordinator_app.core.formatting import chinese_number

DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")}
UNITS = {"十": 10, "百": 100, "千": 1000}


def read_back(text: str) -> int:
    """A plain reader of Chinese numerals (二千零一十九 → 2019, 十二 → 12, 三万零五 → 30005)."""
    if "万" in text:
        high, low = text.split("万")
        return read_back(high) * 10_000 + (read_back(low.lstrip("零")) if low else 0)
    total, digit = 0, None
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
        else:
            total += (1 if digit is None else digit) * UNITS[char]
            digit = None
    return total + (digit or 0)


def test_the_forms_official_documents_write() -> None:
    cases = {0: "零", 1: "一", 10: "十", 11: "十一", 12: "十二", 20: "二十", 35: "三十五", 99: "九十九", 100: "一百",
             105: "一百零五", 110: "一百一十", 1010: "一千零一十", 2019: "二千零一十九", 10_000: "一万",
             100_000: "十万", 120_000: "十二万", 30_005: "三万零五", 1_000_000: "一百万"}
    assert {n: chinese_number(n) for n in cases} == cases


@given(st.integers(0, 99_999_999))
def test_every_number_reads_back(n: int) -> None:
    text = chinese_number(n)
    assert read_back(text) == n, text
    assert "零零" not in text and not (n and text.endswith("零"))


def test_numbers_out_of_range_stay_in_arabic_numerals() -> None:
    assert chinese_number(100_000_000) == "100000000" and chinese_number(-3) == "-3"
