"""Times stored by the core (naive UTC) shown in the user's local time."""

from __future__ import annotations

from datetime import datetime, timezone

from ..formatting import format_datetime


def to_local(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def format_stored_time(value: datetime | None) -> str:
    return format_datetime(to_local(value)) if value is not None else ""
