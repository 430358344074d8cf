"""People, their roles and their docking to sites (一社工一站点)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..sorting import pinyin_key
from .base import Record, fills_derived
from .sites import Site


def _live(*columns: str, name: str) -> Index:
    """An index over live (not soft-deleted) rows only: lists page through it in order."""
    where = text("deleted_at IS NULL")
    return Index(name, *columns, sqlite_where=where, postgresql_where=where)


def person_search_text(name: str | None, phone: str | None, skills: str | None) -> str:
    """What the roster's search box matches: name, phone and skills in one lower-cased column, so that a
    keystroke costs one LIKE per row (bulk loaders call this too)."""
    return " ".join(part for part in (name or "", phone or "", skills or "") if part).lower()


class Person(Record):
    __tablename__ = "person"
    __record_type__ = "person"
    __table_args__ = (_live("sort_name", "id", name="ix_person_live_sort"),
                      _live("phone", "id", name="ix_person_live_phone"))

    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="", index=True)
    is_party_member: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
    #: 能人/专才: free text, comma separated
    skills: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: derived from name, phone and skills (``person_search_text``); not shown, not in the change log
    search_text: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default="")
    #: pinyin order of the name (``core.sorting.pinyin_key``); derived, not in the change log
    sort_name: Mapped[str] = mapped_column(String(800), nullable=False, default="", server_default="")

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", primaryjoin="and_(PersonRole.person_id == Person.id, PersonRole.deleted_at.is_(None))",
        viewonly=True,
    )


class PersonRole(Record):
    """One role a person holds (``vocab.PERSON_ROLES``). Removing a role soft-deletes the row;
    giving it again restores it, so the pair (person, role) is unique."""

    __tablename__ = "person_role"
    __record_type__ = "person_role"
    __table_args__ = (
        UniqueConstraint("person_id", "role"),
        Index("ix_person_role_role_person", "role", "person_id"),
        _live("role", "person_id", name="ix_person_role_live"),
    )

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


@fills_derived(Person)
def _fill_search_text(person: Person) -> None:
    person.search_text = person_search_text(person.name, person.phone, person.skills)
    person.sort_name = pinyin_key(person.name, person=True)
