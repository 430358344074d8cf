"""Station hubs (阵地): sites of several kinds, their network, function rooms and Party organisations."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..sorting import pinyin_key
from .base import Record, fills_derived
from .geography import Community, Street


class Site(Record):
    """A 阵地/站点: social-work station, Party-masses service centre, deputies' studio, … (``vocab.SITE_KINDS``)."""

    __tablename__ = "site"
    __record_type__ = "site"
    __table_args__ = (Index("ix_site_live_sort", "sort_name", "id", sqlite_where=text("deleted_at IS NULL"),
                            postgresql_where=text("deleted_at IS NULL")),)

    name: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    #: pinyin order of the name (``core.sorting.pinyin_key``); derived, not in the change log
    sort_name: Mapped[str] = mapped_column(String(800), nullable=False, default="", server_default="")
    kind: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    street_id: Mapped[str] = mapped_column(ForeignKey("street.id"), nullable=False, index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"), index=True)
    #: the centre above this one in the Party-masses service centre network
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    opening_hours: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    operator: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    street: Mapped[Street] = relationship()
    community: Mapped[Community | None] = relationship()
    parent: Mapped[Site | None] = relationship(remote_side="Site.id")


class Room(Record):
    """A function room (党群服务功能室) inside a site."""

    __tablename__ = "room"
    __record_type__ = "room"

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    capacity: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    site: Mapped[Site] = relationship()


class PartyOrganisation(Record):
    """A Party organisation (党委/党总支/党支部) of a site or of a co-building unit."""

    __tablename__ = "party_org"
    __record_type__ = "party_org"

    name: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    level: Mapped[str] = mapped_column(String(20), nullable=False, default="branch")
    secretary_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    member_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), index=True)
    #: the co-building unit (共建单位) it belongs to
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("co_unit.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    site: Mapped[Site | None] = relationship()


@fills_derived(Site)
def _fill_sort_name(site: Site) -> None:
    site.sort_name = pinyin_key(site.name)
