"""Declarative base and the columns every record shares.

Primary keys are string UUIDs because records travel between copies of the database (sync packages);
``deleted_at`` implements soft delete (the recycle bin)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime, MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """``count`` new ids for a bulk insert, in creation order: RFC 9562 version 7 UUIDs (milliseconds since 1970,
    a counter, 62 random bits), as text like ``new_id``'s. Ordered ids append to the id indexes (the table's and
    the change log's) instead of writing all over them, which keeps large imports fast."""
    start = (time.time_ns() // 1_000_000) << 12
    random_hex = os.urandom(8 * count).hex()
    ids = []
    for n in range(count):
        stamp = start + n  # 48 bits of milliseconds, then a 12-bit counter (a long batch runs a few ms ahead)
        r = random_hex[16 * n:16 * n + 16]
        ts = f"{stamp >> 12:012x}"
        ids.append(f"{ts[:8]}-{ts[8:]}-7{stamp & 0xFFF:03x}-{(int(r[0], 16) & 0x3) | 0x8:x}{r[1:4]}-{r[4:16]}")
    return ids


def utcnow() -> datetime:
    """Timestamps are stored as naive UTC."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


#: record class -> the function that fills its derived columns (sort key, search text) from the others
DERIVED: dict[type, Callable[[Any], None]] = {}


def fills_derived(*classes: type) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register ``fill(target)`` to run before every insert and update of these classes. Bulk inserts call it
    too (``DERIVED``), on any object holding the record's values as attributes."""

    def register(fill: Callable[[Any], None]) -> Callable[[Any], None]:
        def listener(_mapper: object, _connection: object, target: Any) -> None:
            fill(target)

        for cls in classes:
            DERIVED[cls] = fill
            event.listen(cls, "before_insert", listener)
            event.listen(cls, "before_update", listener)
        return fill

    return register


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """A record that is tracked by the change log, can be soft-deleted and travels between copies."""

    __abstract__ = True
    #: name used in the change log and in sync packages
    __record_type__: str = ""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)
    #: not indexed: nearly every row is live, and such an index misleads SQLite's planner away from the
    #: partial "live rows" indexes that lists page through
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def display_name(self) -> str:
        return str(getattr(self, "name", self.id))
