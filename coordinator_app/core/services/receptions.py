"""Receptions of residents (群众接访): a log per site and the upcoming ones."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..database import Database
from ..errors import ValidationError
from ..models import Person, Reception, ReceptionHost, Site, Street, utcnow
from ..validation import check_non_negative_int, clean_text
from . import records
from .dates import check_not_too_early

RECEPTION_TEXT_LIMITS = {"topics": ("反映问题", 4000), "follow_up": ("跟进情况", 4000), "notes": ("备注", 2000)}


@dataclass(frozen=True)
class ReceptionRow:
    id: str
    site_id: str
    site_name: str
    street_name: str
    held_at: datetime
    visitor_count: int
    topics: str
    follow_up: str
    hosts: tuple[str, ...]


def validate_reception(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text(values, RECEPTION_TEXT_LIMITS)
    if not cleaned.get("site_id"):
        raise ValidationError("请选择接访阵地。", "site_id")
    if not isinstance(cleaned.get("held_at"), datetime):
        raise ValidationError("请填写接访时间。", "held_at")
    check_not_too_early(cleaned["held_at"], "held_at", "接访时间")
    cleaned["visitor_count"] = check_non_negative_int(cleaned.get("visitor_count", 0), "visitor_count", "来访人数")
    for key in RECEPTION_TEXT_LIMITS:
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def _set_hosts(session: Any, reception_id: str, host_ids: list[str]) -> None:
    existing = {h.person_id: h for h in session.scalars(select(ReceptionHost).where(
        ReceptionHost.reception_id == reception_id))}
    wanted = set(host_ids)
    for pid, row in existing.items():
        row.deleted_at = None if pid in wanted else (row.deleted_at or utcnow())
    for pid in wanted - set(existing):
        session.add(ReceptionHost(reception_id=reception_id, person_id=pid))


def save_reception(db: Database, values: dict[str, Any], host_ids: list[str] | None = None,
                   reception_id: str | None = None) -> str:
    cleaned = validate_reception(values)
    with db.unit_of_work("修改接访" if reception_id else "登记接访") as session:
        records.get_live(session, Site, cleaned["site_id"], "阵地")
        if reception_id:
            row = records.get_live(session, Reception, reception_id, "接访")
            records.assign(row, cleaned)
        else:
            row = Reception(**cleaned)
            session.add(row)
            session.flush()
        if host_ids is not None:
            for pid in host_ids:
                records.get_live(session, Person, pid, "接访人员")
            _set_hosts(session, row.id, host_ids)
        return row.id


def delete_reception(db: Database, reception_id: str) -> None:
    records.soft_delete(db, Reception, reception_id, "接访")


def _rows(session: Any, query: Any) -> list[ReceptionRow]:
    rows = list(session.execute(query))
    hosts: dict[str, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    if ids:
        for rid, name in session.execute(
            select(ReceptionHost.reception_id, Person.name).join(Person, Person.id == ReceptionHost.person_id)
            .where(ReceptionHost.reception_id.in_(ids), ReceptionHost.deleted_at.is_(None)).order_by(Person.sort_name)
        ):
            hosts[rid].append(name)
    return [ReceptionRow(*r, hosts=tuple(hosts[r[0]])) for r in rows]


def _base_query() -> Any:
    return (select(Reception.id, Reception.site_id, Site.name, Street.name, Reception.held_at, Reception.visitor_count,
                   Reception.topics, Reception.follow_up)
            .join(Site, Site.id == Reception.site_id).join(Street, Street.id == Site.street_id)
            .where(Reception.deleted_at.is_(None), Site.deleted_at.is_(None)))


def receptions_for_site(db: Database, site_id: str, limit: int = 500) -> list[ReceptionRow]:
    with db.read() as session:
        return _rows(session, _base_query().where(Reception.site_id == site_id)
                     .order_by(Reception.held_at.desc()).limit(limit))


def upcoming_receptions(db: Database, now: datetime | None = None, limit: int = 200,
                        street_id: str | None = None) -> list[ReceptionRow]:
    query = _base_query().where(Reception.held_at >= (now or datetime.now()))
    if street_id:
        query = query.where(Site.street_id == street_id)
    with db.read() as session:
        return _rows(session, query.order_by(Reception.held_at.asc()).limit(limit))


def list_receptions(db: Database, offset: int = 0, limit: int = 200, *, site_id: str | None = None,
                    street_id: str | None = None, descending: bool = True) -> list[ReceptionRow]:
    """Every live reception, newest first (or oldest first), a page at a time."""
    query = _base_query()
    if site_id:
        query = query.where(Reception.site_id == site_id)
    if street_id:
        query = query.where(Site.street_id == street_id)
    order = Reception.held_at.desc() if descending else Reception.held_at.asc()
    with db.read() as session:
        return _rows(session, query.order_by(order, Reception.id).offset(offset).limit(limit))


def get_reception(db: Database, reception_id: str) -> dict[str, Any]:
    with db.read() as session:
        row = records.get_live(session, Reception, reception_id, "接访")
        data = {k: getattr(row, k) for k in ("id", "site_id", "held_at", "visitor_count", "topics", "follow_up", "notes")}
        data["host_ids"] = list(session.scalars(select(ReceptionHost.person_id).where(
            ReceptionHost.reception_id == reception_id, ReceptionHost.deleted_at.is_(None))))
        return data


def count_receptions(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Reception.id)).where(Reception.deleted_at.is_(None))) or 0
