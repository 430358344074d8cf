"""Streets and communities."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..database import Database
from ..errors import ValidationError
from ..models import Community, Street
from ..validation import check_length, require
from . import records


@dataclass(frozen=True)
class Option:
    """An id with its display name, for combo boxes and filters."""

    id: str
    name: str


def list_streets(db: Database) -> list[Option]:
    with db.read() as session:
        rows = session.execute(
            select(Street.id, Street.name).where(Street.deleted_at.is_(None)).order_by(Street.sort_order, Street.name)
        )
        return [Option(*r) for r in rows]


def list_communities(db: Database, street_id: str | None = None) -> list[Option]:
    with db.read() as session:
        query = select(Community.id, Community.name).where(Community.deleted_at.is_(None))
        if street_id:
            query = query.where(Community.street_id == street_id)
        return [Option(*r) for r in session.execute(query.order_by(Community.sort_name))]


def create_street(db: Database, name: str, district: str = "越秀区") -> str:
    name = check_length(require(name, "name", "街道名称"), "name", "街道名称", 50)
    with db.read() as session:
        if session.scalar(select(Street.id).where(Street.name == name, Street.district == district)):
            raise ValidationError(f"{district}已有“{name}”。", "name")
        order = (session.scalar(select(Street.sort_order).order_by(Street.sort_order.desc()).limit(1)) or 0) + 1
    return records.create(db, Street, {"name": name, "district": district, "sort_order": order}, "新建街道")


def create_community(db: Database, street_id: str, name: str) -> str:
    name = check_length(require(name, "name", "社区名称"), "name", "社区名称", 50)
    require(street_id, "street_id", "所属街道")
    with db.read() as session:
        if session.get(Street, street_id) is None:
            raise ValidationError("所选街道不存在，请重新选择。", "street_id")
        if session.scalar(select(Community.id).where(
            Community.street_id == street_id, Community.name == name, Community.deleted_at.is_(None)
        )):
            raise ValidationError(f"该街道已有“{name}”。", "name")
    return records.create(db, Community, {"name": name, "street_id": street_id}, "新建社区")


def street_of_community(db: Database, community_id: str) -> str | None:
    """The id of the street a community belongs to (None for an unknown community)."""
    with db.read() as session:
        return session.scalar(select(Community.street_id).where(Community.id == community_id))
