"""Receptions of residents (群众接访) held at a site."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Record
from .people import Person
from .sites import Site


class Reception(Record):
    __tablename__ = "reception"
    __record_type__ = "reception"

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), nullable=False, index=True)
    held_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    visitor_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    topics: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    site: Mapped[Site] = relationship()

    def display_name(self) -> str:
        return self.held_at.strftime("%Y-%m-%d %H:%M") if self.held_at else self.id


class ReceptionHost(Record):
    """A person who hosts a reception (a deputy, a social worker, …)."""

    __tablename__ = "reception_host"
    __record_type__ = "reception_host"
    __table_args__ = (UniqueConstraint("reception_id", "person_id"),)

    reception_id: Mapped[str] = mapped_column(ForeignKey("reception.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)

    person: Mapped[Person] = relationship()
