"""Dates the services accept: nothing they record (an appeal received, an agreement signed, a contact, a
meeting, a reception) happened before 1 October 1949; an earlier date is a mistyped year (1926 for 2026)."""

from __future__ import annotations

from datetime import date, datetime

from ..errors import ValidationError
from ..formatting import chinese_date

EARLIEST = date(1949, 10, 1)


def check_not_too_early(value: date | datetime, field: str, label: str) -> date | datetime:
    """``value`` unchanged, or a ValidationError for ``field`` when it falls before 1 October 1949."""
    day = value.date() if isinstance(value, datetime) else value
    if day < EARLIEST:
        raise ValidationError(f"{label}（{chinese_date(day)}）早于{chinese_date(EARLIEST)}，请核对年份。", field)
    return value
