"""People, their roles and their docking to sites (一社工一站点)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Record
from .sites import Site


class Person(Record):
    __tablename__ = "person"
    __record_type__ = "person"

    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="", index=True)
    is_party_member: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
    #: 能人/专才: free text, comma separated
    skills: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", primaryjoin="and_(PersonRole.person_id == Person.id, PersonRole.deleted_at.is_(None))",
        viewonly=True,
    )


class PersonRole(Record):
    """One role a person holds (``vocab.PERSON_ROLES``). Removing a role soft-deletes the row;
    giving it again restores it, so the pair (person, role) is unique."""

    __tablename__ = "person_role"
    __record_type__ = "person_role"
    __table_args__ = (UniqueConstraint("person_id", "role"), Index("ix_person_role_role_person", "role", "person_id"))

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(40), nullable=False)

    person: Mapped[Person] = relationship(back_populates="roles")

    def display_name(self) -> str:
        return self.role


class SiteAssignment(Record):
    """A person docked to a site from ``start_date`` until ``end_date`` (open when None)."""

    __tablename__ = "site_assignment"
    __record_type__ = "site_assignment"
    __table_args__ = (Index("ix_site_assignment_site_end", "site_id", "end_date"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(40), nullable=False, default="social_worker")
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    person: Mapped[Person] = relationship()
    site: Mapped[Site] = relationship()

    def display_name(self) -> str:
        return f"{self.person_id}@{self.site_id}"
