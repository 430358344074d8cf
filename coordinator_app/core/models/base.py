"""Declarative base and the columns every record shares.

Primary keys are string UUIDs because records travel between copies of the database (sync packages);
``deleted_at`` implements soft delete (the recycle bin)."""

from __future__ import annotations

import os
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
    """``count`` random (version 4) UUIDs as text, as ``new_id`` makes them, for bulk inserts: several times
    faster than calling it ``count`` times."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * count, 32)]


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
