"""Sites (阵地): list with filters in SQL, detail, create/edit/delete, function rooms, Party organisations,
and the network tree (street centres → community centres → rooms)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, func, or_, select

from ..database import Database
from ..errors import ValidationError
from ..models import Community, PartyOrganisation, Person, Room, Site, SiteAssignment, Street
from ..sorting import pinyin_key
from ..validation import check_choice, check_non_negative_int, check_phone, clean_text, require
from ..vocab import PARTY_ORG_LEVELS, SITE_KINDS, SOCIAL_WORKER_ROLES
from . import records
from .search import contains

SITE_TEXT_LIMITS = {
    "name": ("阵地名称", 100), "address": ("地址", 200), "opening_hours": ("开放时间", 100),
    "phone": ("联系电话", 40), "operator": ("运营机构", 100), "notes": ("备注", 2000),
}
SITE_FIELDS = ("name", "kind", "street_id", "community_id", "parent_id", "address", "opening_hours", "phone",
               "operator", "notes")


@dataclass
class SiteFilter:
    text: str = ""
    street_id: str | None = None
    community_id: str | None = None
    kind: str | None = None
    without_social_worker: bool = False
    today: date | None = None


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    kind: str
    street_name: str
    community_name: str
    address: str
    phone: str
    operator: str


#: sort keys the list accepts
SITE_SORT_COLUMNS = {
    "name": Site.sort_name, "kind": Site.kind, "street": Street.sort_order, "community": func.coalesce(Community.sort_name, ""),
    "address": Site.address, "phone": Site.phone, "operator": Site.operator,
}


def active_docking_condition(site_column: Any, today: date) -> Any:
    """An active social worker docked to the site on ``today`` (a person in the recycle bin docks no site)."""
    return exists().where(
        SiteAssignment.site_id == site_column,
        SiteAssignment.deleted_at.is_(None),
        # by the person's key, row by row: an IN over every live person costs ~50 ms at district scale
        exists().where(Person.id == SiteAssignment.person_id, Person.deleted_at.is_(None)),
        SiteAssignment.role.in_(SOCIAL_WORKER_ROLES),
        SiteAssignment.start_date <= today,
        or_(SiteAssignment.end_date.is_(None), SiteAssignment.end_date >= today),
    )


def _filtered(query: Select[Any], f: SiteFilter) -> Select[Any]:
    query = query.where(Site.deleted_at.is_(None))
    if f.text.strip():
        query = query.where(or_(*(contains(column, f.text) for column in (Site.name, Site.address, Site.operator,
                                                                           Site.phone))))
    if f.street_id:
        query = query.where(Site.street_id == f.street_id)
    if f.community_id:
        query = query.where(Site.community_id == f.community_id)
    if f.kind:
        query = query.where(Site.kind == f.kind)
    if f.without_social_worker:
        query = query.where(~active_docking_condition(Site.id, f.today or date.today()))
    return query


def count_sites(db: Database, f: SiteFilter) -> int:
    with db.read() as session:
        return session.scalar(_filtered(select(func.count(Site.id)), f)) or 0


def list_sites(db: Database, f: SiteFilter, offset: int = 0, limit: int = 200, sort: str = "name",
               descending: bool = False) -> list[SiteRow]:
    column = SITE_SORT_COLUMNS.get(sort, Site.sort_name)
    order = column.desc() if descending else column.asc()
    query = (
        select(Site.id, Site.name, Site.kind, Street.name, func.coalesce(Community.name, ""), Site.address, Site.phone,
               Site.operator)
        .join(Street, Street.id == Site.street_id)
        .outerjoin(Community, Community.id == Site.community_id)
    )
    query = _filtered(query, f).order_by(order, Site.id).offset(offset).limit(limit)
    with db.read() as session:
        return [SiteRow(*r) for r in session.execute(query)]


def site_ids(db: Database, f: SiteFilter) -> list[str]:
    """Ids of every site the list shows for ``f``, in its default order (by name), and nothing else: what an
    export of the filtered list needs, in one query."""
    query = _filtered(select(Site.id), f).order_by(Site.sort_name, Site.id)
    with db.read() as session:
        return list(session.scalars(query))


def get_site(db: Database, site_id: str) -> dict[str, Any]:
    with db.read() as session:
        site = records.get_live(session, Site, site_id, "阵地")
        return {key: getattr(site, key) for key in ("id", *SITE_FIELDS)}


def validate_site(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in SITE_FIELDS if k in values}, SITE_TEXT_LIMITS)
    require(cleaned.get("name"), "name", "阵地名称")
    check_choice(cleaned.get("kind"), SITE_KINDS, "kind", "阵地类型")
    require(cleaned.get("street_id"), "street_id", "所属街道")
    cleaned["phone"] = check_phone(cleaned.get("phone"), "phone")
    for key in ("community_id", "parent_id"):
        cleaned[key] = cleaned.get(key) or None
    for key in ("address", "opening_hours", "operator", "notes"):
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def _check_references(db: Database, values: dict[str, Any], site_id: str | None = None) -> None:
    with db.read() as session:
        if session.get(Street, values["street_id"]) is None:
            raise ValidationError("所选街道不存在，请重新选择。", "street_id")
        if values.get("community_id"):
            street = session.scalar(select(Community.street_id).where(Community.id == values["community_id"]))
            if street != values["street_id"]:
                raise ValidationError("所选社区不属于所选街道。", "community_id")
        parent = values.get("parent_id")
        if parent and session.get(Site, parent) is None:
            raise ValidationError("所选上级阵地不存在，请重新选择。", "parent_id")
        seen = {site_id} if site_id else set()
        while parent:
            if parent in seen:
                raise ValidationError("上级阵地不能是它自己或它的下级。", "parent_id")
            seen.add(parent)
            parent = session.scalar(select(Site.parent_id).where(Site.id == parent))


def create_site(db: Database, values: dict[str, Any]) -> str:
    cleaned = validate_site(values)
    _check_references(db, cleaned)
    return records.create(db, Site, cleaned, "新建阵地")


def update_site(db: Database, site_id: str, values: dict[str, Any]) -> None:
    cleaned = validate_site(values)
    _check_references(db, cleaned, site_id)
    records.update(db, Site, site_id, cleaned, "修改阵地", "阵地")


def delete_site(db: Database, site_id: str) -> None:
    records.soft_delete(db, Site, site_id, "阵地")


def site_options(db: Database, kinds: tuple[str, ...] | None = None, street_id: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of live sites, for choosers (parent site, docking, receptions)."""
    query = select(Site.id, Site.name).where(Site.deleted_at.is_(None))
    if kinds:
        query = query.where(Site.kind.in_(kinds))
    if street_id:
        query = query.where(Site.street_id == street_id)
    with db.read() as session:
        return [(r[0], r[1]) for r in session.execute(query.order_by(Site.sort_name))]


# --- function rooms -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoomRow:
    id: str
    name: str
    capacity: int | None
    purpose: str


def list_rooms(db: Database, site_id: str) -> list[RoomRow]:
    with db.read() as session:
        rows = session.execute(select(Room.id, Room.name, Room.capacity, Room.purpose)
                               .where(Room.site_id == site_id, Room.deleted_at.is_(None)).order_by(Room.name))
        return [RoomRow(*r) for r in rows]


def create_room(db: Database, site_id: str, name: str, capacity: Any = None, purpose: str = "") -> str:
    name = require(name, "name", "功能室名称")
    values = clean_text({"name": name, "purpose": purpose or ""}, {"name": ("功能室名称", 100), "purpose": ("用途", 200)})
    values["capacity"] = check_non_negative_int(capacity, "capacity", "容纳人数", allow_none=True)
    values["site_id"] = site_id
    with db.read() as session:
        records.get_live(session, Site, site_id, "阵地")
    return records.create(db, Room, values, "新建功能室")


def delete_room(db: Database, room_id: str) -> None:
    records.soft_delete(db, Room, room_id, "功能室")


# --- Party organisations -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyOrgRow:
    id: str
    name: str
    level: str
    secretary_id: str | None
    secretary_name: str
    member_count: int


def list_party_orgs(db: Database, site_id: str | None, unit_id: str | None = None) -> list[PartyOrgRow]:
    """The Party organisations of a site (or, with ``unit_id``, of a co-building unit)."""
    from ..models import Person

    owner = PartyOrganisation.unit_id == unit_id if unit_id else PartyOrganisation.site_id == site_id

    with db.read() as session:
        rows = session.execute(
            select(PartyOrganisation.id, PartyOrganisation.name, PartyOrganisation.level, PartyOrganisation.secretary_id,
                   func.coalesce(Person.name, ""), PartyOrganisation.member_count)
            .outerjoin(Person, Person.id == PartyOrganisation.secretary_id)
            .where(owner, PartyOrganisation.deleted_at.is_(None))
            .order_by(PartyOrganisation.name)
        )
        return [PartyOrgRow(*r) for r in rows]


def get_party_org(db: Database, org_id: str) -> dict[str, Any]:
    with db.read() as session:
        org = records.get_live(session, PartyOrganisation, org_id, "党组织")
        return {key: getattr(org, key) for key in ("id", "name", "level", "secretary_id", "member_count", "site_id",
                                                    "unit_id", "notes")}


def save_party_org(db: Database, values: dict[str, Any], org_id: str | None = None) -> str:
    cleaned = clean_text(values, {"name": ("党组织名称", 100), "notes": ("备注", 2000)})
    require(cleaned.get("name"), "name", "党组织名称")
    check_choice(cleaned.get("level"), PARTY_ORG_LEVELS, "level", "组织层级")
    cleaned["member_count"] = check_non_negative_int(cleaned.get("member_count", 0), "member_count", "党员人数")
    cleaned["secretary_id"] = cleaned.get("secretary_id") or None
    cleaned["site_id"] = cleaned.get("site_id") or None
    cleaned["unit_id"] = cleaned.get("unit_id") or None  # a co-building unit's own Party organisation
    cleaned.setdefault("notes", "")
    from ..models import CoBuildingUnit, Person

    with db.read() as session:
        if cleaned["secretary_id"] and session.get(Person, cleaned["secretary_id"]) is None:
            raise ValidationError("所选书记不存在，请重新选择。", "secretary_id")
        if cleaned["site_id"] and session.get(Site, cleaned["site_id"]) is None:
            raise ValidationError("所选阵地不存在，请重新选择。", "site_id")
        if cleaned["unit_id"] and session.get(CoBuildingUnit, cleaned["unit_id"]) is None:
            raise ValidationError("所选共建单位不存在，请重新选择。", "unit_id")
    if org_id:
        records.update(db, PartyOrganisation, org_id, cleaned, "修改党组织", "党组织")
        return org_id
    return records.create(db, PartyOrganisation, cleaned, "新建党组织")


def delete_party_org(db: Database, org_id: str) -> None:
    records.soft_delete(db, PartyOrganisation, org_id, "党组织")


# --- the network --------------------------------------------------------------------------------------

@dataclass
class NetworkNode:
    id: str
    name: str
    kind: str  # a site kind, "room", or "street"
    children: list[NetworkNode] = field(default_factory=list)


def site_network(db: Database, street_id: str | None = None) -> list[NetworkNode]:
    """Streets → sites without a parent → their child sites (recursively) → rooms."""
    with db.read() as session:
        sq = select(Site.id, Site.name, Site.kind, Site.parent_id, Site.street_id).where(Site.deleted_at.is_(None))
        rq = select(Room.id, Room.name, Room.site_id).join(Site, Site.id == Room.site_id).where(
            Room.deleted_at.is_(None), Site.deleted_at.is_(None))
        streets_q = select(Street.id, Street.name).where(Street.deleted_at.is_(None)).order_by(Street.sort_order)
        if street_id:
            sq = sq.where(Site.street_id == street_id)
            rq = rq.where(Site.street_id == street_id)
            streets_q = streets_q.where(Street.id == street_id)
        sites = list(session.execute(sq.order_by(Site.kind, Site.sort_name)))
        rooms = list(session.execute(rq.order_by(Room.name)))
        streets = list(session.execute(streets_q))
    nodes = {s.id: NetworkNode(s.id, s.name, s.kind) for s in sites}
    for r in rooms:
        nodes[r.site_id].children.append(NetworkNode(r.id, r.name, "room"))
    street_nodes = {s.id: NetworkNode(s.id, s.name, "street") for s in streets}
    kind_order = list(SITE_KINDS)
    for s in sites:
        parent = nodes.get(s.parent_id) if s.parent_id else None
        home = parent or street_nodes.get(s.street_id)
        if home is not None:  # None: the site's street is in the recycle bin
            home.children.append(nodes[s.id])
    for node in list(nodes.values()) + list(street_nodes.values()):
        node.children.sort(key=lambda n: (n.kind == "room", kind_order.index(n.kind) if n.kind in kind_order else 99,
                                          pinyin_key(n.name)))
    return [n for n in street_nodes.values()]

