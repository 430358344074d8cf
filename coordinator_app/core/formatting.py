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
