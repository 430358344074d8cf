"""How dates, times and numbers read for a person (files use ISO 8601)."""

from __future__ import annotations

from datetime import date, datetime


def chinese_date(value: date | datetime | None) -> str:
    """2026年11月27日"""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def chinese_datetime(value: datetime | None) -> str:
    """2026年11月27日 14:30"""
    if value is None:
        return ""
    return f"{chinese_date(value)} {value:%H:%M}"


def mask_phone(phone: str) -> str:
    """138****5678 for each number of a field (numbers separated by 、); short numbers stay as they are.
    Personal data shown or printed where the full number is not needed is masked (PIPL)."""

    def one(number: str) -> str:
        number = number.strip()
        return number[:3] + "*" * (len(number) - 7) + number[-4:] if len(number) >= 8 else number

    return "、".join(one(p) for p in phone.split("、")) if phone else ""


def mask_name(name: str) -> str:
    """陈*明, 李*, 欧阳** : the surname (and the last character of longer names) stays; lists of residents'
    appeals show this unless the user asks for full names (PIPL)."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """A whole number in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十,
    1010 → 一千零一十, 20000 → 二万 (up to 99,999,999; beyond, in Arabic numerals)."""
    if n < 0 or n >= 10**8:
        return str(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:  # 十, 十二: no 一 before a leading ten
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return chinese_number(high) + "万" + ("" if not low else ("零" if low < 1000 else "") + _below_ten_thousand(low))
    return _below_ten_thousand(n)


def _below_ten_thousand(n: int) -> str:
    """1 … 9999 with its places: 一千零一十, 三百零五, 一十二 (inside a larger number the ten keeps its 一)."""
    out, gap = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if gap and out else "") + DIGITS[digit] + unit
            gap = False
        else:
            gap = True
    return out
