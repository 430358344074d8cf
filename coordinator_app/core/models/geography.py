"""Streets (街道) and communities (社区). The district and its streets are data, not code."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..sorting import pinyin_key
from .base import Record, fills_derived


class Street(Record):
    __tablename__ = "street"
    __record_type__ = "street"
    __table_args__ = (UniqueConstraint("district", "name"),)

    name: Mapped[str] = mapped_column(String(50), nullable=False)
    district: Mapped[str] = mapped_column(String(50), nullable=False, default="越秀区")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    communities: Mapped[list[Community]] = relationship(back_populates="street")


class Community(Record):
    __tablename__ = "community"
    __record_type__ = "community"

    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    #: pinyin order of the name (``core.sorting.pinyin_key``); derived, not in the change log
    sort_name: Mapped[str] = mapped_column(String(800), nullable=False, default="", server_default="")
    street_id: Mapped[str] = mapped_column(ForeignKey("street.id"), nullable=False, index=True)

    street: Mapped[Street] = relationship(back_populates="communities")


@fills_derived(Community)
def _fill_sort_name(community: Community) -> None:
    community.sort_name = pinyin_key(community.name)
