"""How dates and times read for a person (files use ISO 8601)."""

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
