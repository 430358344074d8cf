"""Dates the services accept: nothing they record (an appeal received, an agreement signed, a contact, a
meeting, a reception, a docking) happened before 1 October 1949; an earlier date is a mistyped year (1926 for
2026). Where the record is of something done (an agreement signed) or about to start (a docking), a date far
ahead is a mistyped year too (2099 for 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..errors import ValidationError
from ..formatting import chinese_date

EARLIEST = date(1949, 10, 1)


def check_not_too_early(value: date | datetime, field: str, label: str) -> date | datetime:
    """``value`` unchanged, or a ValidationError for ``field`` when it falls before 1 October 1949."""
    day = value.date() if isinstance(value, datetime) else value
    if day < EARLIEST:
        raise ValidationError(f"{label}（{chinese_date(day)}）早于{chinese_date(EARLIEST)}，请核对年份。", field)
    return value


def check_not_far_ahead(value: date, field: str, label: str, days: int, today: date | None = None) -> date:
    """``value`` unchanged, or a ValidationError for ``field`` when it falls more than ``days`` after today."""
    latest = (today or date.today()) + timedelta(days=days)
    if value > latest:
        raise ValidationError(f"{label}（{chinese_date(value)}）晚于{chinese_date(latest)}，请核对年份："
                              f"{label}最多只能填到今后{days}天。", field)
    return value
