"""What the station-hub documents print (read-only): the reception schedule for the notice (代表接待公告)
and the site directory (阵地一览表)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from ..database import Database
from ..models import Community, Person, PersonRole, Reception, ReceptionHost, Site, SiteAssignment, Street
from ..vocab import PERSON_ROLES, SITE_KINDS, SOCIAL_WORKER_ROLES


@dataclass(frozen=True)
class ScheduledHost:
    name: str
    #: role codes (``vocab.PERSON_ROLES``) the person holds, in vocabulary order
    roles: tuple[str, ...]


@dataclass(frozen=True)
class ScheduledReception:
    """A reception in a schedule for posting (代表接待公告): where, when and who receives residents."""

    id: str
    held_at: datetime
    site_id: str
    site_name: str
    site_address: str
    site_phone: str
    street_name: str
    hosts: tuple[ScheduledHost, ...]


def reception_schedule(db: Database, start: datetime, end: datetime, *, street_id: str | None = None,
                       site_id: str | None = None) -> list[ScheduledReception]:
    """Live receptions held from ``start`` (inclusive) to ``end`` (exclusive) at live sites of a street or
    at one site, in time order, with their hosts and the hosts' roles."""
    query = (select(Reception.id, Reception.held_at, Site.id, Site.name, Site.address, Site.phone, Street.name)
             .join(Site, Site.id == Reception.site_id).join(Street, Street.id == Site.street_id)
             .where(Reception.deleted_at.is_(None), Site.deleted_at.is_(None), Reception.held_at >= start,
                    Reception.held_at < end))
    if street_id:
        query = query.where(Site.street_id == street_id)
    if site_id:
        query = query.where(Site.id == site_id)
    order = list(PERSON_ROLES)
    with db.read() as session:
        rows = list(session.execute(query.order_by(Reception.held_at, Site.name, Reception.id)))
        ids = [r[0] for r in rows]
        hosts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        roles: dict[str, set[str]] = defaultdict(set)
        for chunk in range(0, len(ids), 500):
            for rid, pid, name in session.execute(
                select(ReceptionHost.reception_id, Person.id, Person.name)
                .join(Person, Person.id == ReceptionHost.person_id)
                .where(ReceptionHost.reception_id.in_(ids[chunk:chunk + 500]), ReceptionHost.deleted_at.is_(None),
                       Person.deleted_at.is_(None)).order_by(Person.name)
            ):
                hosts[rid].append((pid, name))
        people = sorted({pid for pairs in hosts.values() for pid, _ in pairs})
        for chunk in range(0, len(people), 500):
            for pid, role in session.execute(select(PersonRole.person_id, PersonRole.role).where(
                    PersonRole.person_id.in_(people[chunk:chunk + 500]), PersonRole.deleted_at.is_(None))):
                roles[pid].add(role)
    return [ScheduledReception(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6],
        tuple(ScheduledHost(name, tuple(sorted(roles[pid], key=lambda c: order.index(c) if c in order else 99)))
              for pid, name in hosts[r[0]]),
    ) for r in rows]


@dataclass(frozen=True)
class DirectoryRow:
    """A site as the directory (阵地一览表) prints it."""

    id: str
    name: str
    kind: str
    street_name: str
    community_name: str
    address: str
    opening_hours: str
    phone: str
    operator: str
    #: social workers docked today (一社工一站点), by name
    social_workers: tuple[str, ...]


def site_directory(db: Database, street_id: str | None = None, today: date | None = None) -> list[DirectoryRow]:
    """Every live site of a street (or of the district), in street order, then kind, then name."""
    today = today or date.today()
    kinds = list(SITE_KINDS)
    query = (select(Site.id, Site.name, Site.kind, Street.name, func.coalesce(Community.name, ""), Site.address,
                    Site.opening_hours, Site.phone, Site.operator, Street.sort_order)
             .join(Street, Street.id == Site.street_id).outerjoin(Community, Community.id == Site.community_id)
             .where(Site.deleted_at.is_(None)))
    if street_id:
        query = query.where(Site.street_id == street_id)
    with db.read() as session:
        rows = list(session.execute(query))
        workers: dict[str, list[str]] = {}
        for site_id, name in session.execute(
            select(SiteAssignment.site_id, Person.name).join(Person, Person.id == SiteAssignment.person_id)
            .where(SiteAssignment.deleted_at.is_(None), Person.deleted_at.is_(None),
                   SiteAssignment.role.in_(SOCIAL_WORKER_ROLES), SiteAssignment.start_date <= today,
                   or_(SiteAssignment.end_date.is_(None), SiteAssignment.end_date >= today))
            .order_by(Person.name)
        ):
            workers.setdefault(site_id, []).append(name)
    rows.sort(key=lambda r: (r[9], r[3], kinds.index(r[2]) if r[2] in kinds else 99, r[4], r[1], r[0]))
    return [DirectoryRow(*r[:9], social_workers=tuple(workers.get(r[0], ()))) for r in rows]


def agreement_our_side(db: Database, agreement_id: str) -> str:
    """The name of our side of an agreement (its street, community or site)."""
    from ..models import Agreement
    from .agreements import agreement_rows

    with db.read() as session:
        rows = agreement_rows(session, Agreement.id == agreement_id, limit=1)
    return rows[0].our_side if rows else ""
