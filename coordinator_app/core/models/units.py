"""Co-building units (共建单位) and what goes with them: the resources a unit offers, co-building agreements
(共建协议), the contact log (对接记录), communities' needs and the matches of needs to units (精准对接).

A unit's Party organisation is the shared ``PartyOrganisation`` (``party_org.unit_id``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..sorting import pinyin_key
from .base import Record, fills_derived


def _live(*columns: str, name: str) -> Index:
    where = text("deleted_at IS NULL")
    return Index(name, *columns, sqlite_where=where, postgresql_where=where)


def unit_search_text(name: str | None, credit_code: str | None, address: str | None, contact_name: str | None,
                     contact_phone: str | None, tags: str | None) -> str:
    """What the units list's search box matches, in one lower-cased column (bulk loaders call this too)."""
    parts = (name, credit_code, address, contact_name, contact_phone, tags)
    return " ".join(p for p in (part or "" for part in parts) if p).lower()


class CoBuildingUnit(Record):
    """A 共建单位 (``vocab.UNIT_CATEGORIES``)."""

    __tablename__ = "co_unit"
    __record_type__ = "co_unit"
    __table_args__ = (_live("sort_name", "id", name="ix_co_unit_live_sort"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    category: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    #: 统一社会信用代码, normalised ("" when unknown)
    credit_code: Mapped[str] = mapped_column(String(18), nullable=False, default="", index=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    street_id: Mapped[str] = mapped_column(ForeignKey("street.id"), nullable=False, index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"), index=True)
    contact_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    #: member of the street's 党群慈善联盟
    in_charity_alliance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: free tags, separated by 、
    tags: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: set when this unit was merged into another (it is then in the recycle bin)
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("co_unit.id"))
    #: derived: the name without spaces, punctuation and company-form suffixes (``units.name_key``)
    name_key: Mapped[str] = mapped_column(String(100), nullable=False, default="", index=True)
    #: derived: ``unit_search_text``
    search_text: Mapped[str] = mapped_column(String(600), nullable=False, default="")
    #: derived: pinyin order of the name (``core.sorting.pinyin_key``)
    sort_name: Mapped[str] = mapped_column(String(800), nullable=False, default="", server_default="")


class UnitResource(Record):
    """A resource a unit offers (``vocab.RESOURCE_KINDS``)."""

    __tablename__ = "unit_resource"
    __record_type__ = "unit_resource"
    __table_args__ = (_live("kind", "unit_id", name="ix_unit_resource_live_kind"),)

    unit_id: Mapped[str] = mapped_column(ForeignKey("co_unit.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    amount: Mapped[float | None] = mapped_column(Float)
    unit_of_measure: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    #: when it is available, in the unit's words (每周六上午, 2027年春节前)
    availability: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="available")

    def display_name(self) -> str:
        return self.description


class Agreement(Record):
    """A 共建协议 between a unit and our side: a street, a community or a site (exactly one)."""

    __tablename__ = "co_agreement"
    __record_type__ = "co_agreement"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN street_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN community_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN site_id IS NULL THEN 0 ELSE 1 END) = 1", name="one_side"),
        _live("valid_until", name="ix_co_agreement_live_valid_until"),
    )

    unit_id: Mapped[str] = mapped_column(ForeignKey("co_unit.id"), nullable=False, index=True)
    street_id: Mapped[str | None] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), index=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[date | None] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    #: the scanned copy: the file's original name and where it is kept, relative to the data folder
    attachment_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    attachment_path: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    def display_name(self) -> str:
        return self.title


class UnitContact(Record):
    """One entry of the contact log (对接记录) with a unit."""

    __tablename__ = "unit_contact"
    __record_type__ = "unit_contact"
    __table_args__ = (_live("unit_id", "contacted_on", name="ix_unit_contact_live_unit_date"),)

    unit_id: Mapped[str] = mapped_column(ForeignKey("co_unit.id"), nullable=False, index=True)
    contacted_on: Mapped[date] = mapped_column(Date, nullable=False)
    our_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    their_person: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(20), nullable=False, default="visit")
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")

    def display_name(self) -> str:
        return self.contacted_on.isoformat() if self.contacted_on else self.id


class CommunityNeed(Record):
    """A community's need (需求) to be matched to units' resources."""

    __tablename__ = "community_need"
    __record_type__ = "community_need"
    __table_args__ = (_live("needed_by", "id", name="ix_community_need_live_needed_by"),)

    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    resource_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    needed_by: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open", index=True)

    def display_name(self) -> str:
        return self.title


class NeedMatch(Record):
    """A need matched to a unit (and the resource it offers), and later its outcome."""

    __tablename__ = "need_match"
    __record_type__ = "need_match"

    need_id: Mapped[str] = mapped_column(ForeignKey("community_need.id"), nullable=False, index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("co_unit.id"), nullable=False, index=True)
    resource_id: Mapped[str | None] = mapped_column(ForeignKey("unit_resource.id"), index=True)
    matched_on: Mapped[date] = mapped_column(Date, nullable=False)
    #: why the app proposed it (同社区、30天内有对接 …), as shown when it was recorded
    reasons: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    outcome: Mapped[str] = mapped_column(String(20), nullable=False, default="pending")
    outcome_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    score: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    def display_name(self) -> str:
        return self.matched_on.isoformat() if self.matched_on else self.id


@fills_derived(CoBuildingUnit)
def _fill_derived(unit: CoBuildingUnit) -> None:
    from ..unit_names import name_key

    unit.name_key = name_key(unit.name)
    unit.sort_name = pinyin_key(unit.name)
    unit.search_text = unit_search_text(unit.name, unit.credit_code, unit.address, unit.contact_name,
                                        unit.contact_phone, unit.tags)
