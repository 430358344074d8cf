"""Co-building units (共建单位): the list with filters in SQL, create/edit/delete, duplicates (same credit code
or near-identical name) and merging two duplicates, a unit's page, its history and the units not contacted
for some days (定期对接)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from .. import credit_code
from ..changelog import decode_value, encode_value
from ..database import Database
from ..errors import NotFoundError, ValidationError
from ..models import (
    Agreement,
    ChangeLogEntry,
    CoBuildingUnit,
    Community,
    NeedMatch,
    PartyOrganisation,
    Street,
    UnitContact,
    UnitResource,
    utcnow,
)
from ..unit_names import name_key
from ..validation import check_choice, check_phone, clean_text, require
from ..vocab import TWO_NEW, TWO_NEW_CATEGORIES, UNIT_CATEGORIES
from . import records
from .search import contains

UNIT_TEXT_LIMITS = {
    "name": ("单位名称", 100), "address": ("地址", 200), "contact_name": ("联系人", 50),
    "contact_phone": ("联系电话", 40), "tags": ("标签", 200), "notes": ("备注", 2000),
}
UNIT_FIELDS = ("name", "category", "credit_code", "address", "street_id", "community_id", "contact_name",
               "contact_phone", "in_charity_alliance", "tags", "notes")
#: the child tables whose rows follow a unit when it is merged into another
CHILDREN: tuple[Any, ...] = (UnitResource, Agreement, UnitContact, NeedMatch, PartyOrganisation)


@dataclass
class UnitFilter:
    text: str = ""
    street_id: str | None = None
    community_id: str | None = None
    #: a category code, or ``vocab.TWO_NEW`` for 两新组织
    category: str | None = None
    alliance_only: bool = False
    #: only units whose last contact is older than this many days (or never contacted)
    not_contacted_days: int | None = None
    today: date | None = None


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    category: str
    credit_code: str
    street_name: str
    community_name: str
    contact_name: str
    contact_phone: str
    in_charity_alliance: bool
    last_contact: date | None


def last_contact_of(unit_column: Any) -> Any:
    """The latest live contact of the unit in ``unit_column``: one seek in the (unit_id, contacted_on)
    live-rows index per unit."""
    return (select(func.max(UnitContact.contacted_on))
            .where(UnitContact.unit_id == unit_column, UnitContact.deleted_at.is_(None)).scalar_subquery())


def last_contacts(session: Session, unit_ids: list[str]) -> dict[str, date]:
    """unit id -> date of its latest live contact, for the given units (those never contacted are left out)."""
    found: dict[str, date] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start:start + 500]
        found.update({r[0]: r[1] for r in session.execute(
            select(UnitContact.unit_id, func.max(UnitContact.contacted_on))
            .where(UnitContact.unit_id.in_(chunk), UnitContact.deleted_at.is_(None)).group_by(UnitContact.unit_id))})
    return found


UNIT_SORT_KEYS = ("name", "category", "credit_code", "street", "community", "contact", "last_contact")


def _sort_column(sort: str) -> Any:
    if sort == "last_contact":
        return func.coalesce(last_contact_of(CoBuildingUnit.id), date(1900, 1, 1))
    return {
        "name": CoBuildingUnit.sort_name, "category": CoBuildingUnit.category, "credit_code": CoBuildingUnit.credit_code,
        "street": Street.sort_order, "community": func.coalesce(Community.sort_name, ""),
        "contact": CoBuildingUnit.contact_name,
    }.get(sort, CoBuildingUnit.sort_name)


def _filtered(query: Select[Any], f: UnitFilter) -> Select[Any]:
    query = query.where(CoBuildingUnit.deleted_at.is_(None))
    if f.text.strip():
        query = query.where(contains(CoBuildingUnit.search_text, f.text, lowered=True))
    if f.street_id:
        query = query.where(CoBuildingUnit.street_id == f.street_id)
    if f.community_id:
        query = query.where(CoBuildingUnit.community_id == f.community_id)
    if f.category == TWO_NEW:
        query = query.where(CoBuildingUnit.category.in_(TWO_NEW_CATEGORIES))
    elif f.category:
        query = query.where(CoBuildingUnit.category == f.category)
    if f.alliance_only:
        query = query.where(CoBuildingUnit.in_charity_alliance.is_(True))
    if f.not_contacted_days is not None:
        since = (f.today or date.today()) - timedelta(days=f.not_contacted_days)
        # NOT EXISTS a recent contact: one index seek per unit
        query = query.where(~exists().where(UnitContact.unit_id == CoBuildingUnit.id,
                                            UnitContact.deleted_at.is_(None), UnitContact.contacted_on >= since))
    return query


def count_units(db: Database, f: UnitFilter) -> int:
    with db.read() as session:
        return session.scalar(_filtered(select(func.count()).select_from(CoBuildingUnit), f)) or 0


def list_units(db: Database, f: UnitFilter, offset: int = 0, limit: int = 200, sort: str = "name",
               descending: bool = False) -> list[UnitRow]:
    column = _sort_column(sort)
    query = (
        select(CoBuildingUnit.id, CoBuildingUnit.name, CoBuildingUnit.category, CoBuildingUnit.credit_code,
               Street.name, func.coalesce(Community.name, ""), CoBuildingUnit.contact_name,
               CoBuildingUnit.contact_phone, CoBuildingUnit.in_charity_alliance)
        .join(Street, Street.id == CoBuildingUnit.street_id)
        .outerjoin(Community, Community.id == CoBuildingUnit.community_id)
    )
    query = _filtered(query, f).order_by(column.desc() if descending else column.asc(), CoBuildingUnit.id)
    with db.read() as session:
        rows = list(session.execute(query.offset(offset).limit(limit)))
        last = last_contacts(session, [r[0] for r in rows])
    return [UnitRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), last.get(r[0])) for r in rows]


def unit_ids(db: Database, f: UnitFilter) -> list[str]:
    """Ids of every unit the list shows for ``f``, in its default order (by name), and nothing else: what an
    export of the filtered list needs, in one query."""
    query = _filtered(select(CoBuildingUnit.id), f).order_by(CoBuildingUnit.sort_name, CoBuildingUnit.id)
    with db.read() as session:
        return list(session.scalars(query))


# --- one unit ------------------------------------------------------------------------------------------

def get_unit(db: Database, unit_id: str) -> dict[str, Any]:
    with db.read() as session:
        unit = records.get_live(session, CoBuildingUnit, unit_id, "共建单位")
        return {key: getattr(unit, key) for key in ("id", *UNIT_FIELDS)}


def validate_unit(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in UNIT_FIELDS if k in values}, UNIT_TEXT_LIMITS)
    require(cleaned.get("name"), "name", "单位名称")
    check_choice(cleaned.get("category"), UNIT_CATEGORIES, "category", "单位类别")
    cleaned["credit_code"] = credit_code.check(cleaned.get("credit_code"))
    require(cleaned.get("street_id"), "street_id", "所属街道")
    cleaned["community_id"] = cleaned.get("community_id") or None
    cleaned["contact_phone"] = check_phone(cleaned.get("contact_phone"), "contact_phone")
    cleaned["in_charity_alliance"] = bool(cleaned.get("in_charity_alliance"))
    cleaned["tags"] = "、".join(t.strip() for t in _split_tags(cleaned.get("tags") or ""))
    for key in ("address", "contact_name", "notes"):
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def _split_tags(text: str) -> list[str]:
    import re

    return [t for t in (p.strip() for p in re.split(r"[、,，;；\s]+", text)) if t]


def _check_references(db: Database, values: dict[str, Any]) -> None:
    with db.read() as session:
        if session.get(Street, values["street_id"]) is None:
            raise ValidationError("所选街道不存在，请重新选择。", "street_id")
        if values.get("community_id"):
            street = session.scalar(select(Community.street_id).where(Community.id == values["community_id"]))
            if street != values["street_id"]:
                raise ValidationError("所选社区不属于所选街道。", "community_id")


def create_unit(db: Database, values: dict[str, Any]) -> str:
    cleaned = validate_unit(values)
    _check_references(db, cleaned)
    return records.create(db, CoBuildingUnit, cleaned, "新建共建单位")


def update_unit(db: Database, unit_id: str, values: dict[str, Any]) -> None:
    cleaned = validate_unit(values)
    _check_references(db, cleaned)
    records.update(db, CoBuildingUnit, unit_id, cleaned, "修改共建单位", "共建单位")


def delete_unit(db: Database, unit_id: str) -> None:
    records.soft_delete(db, CoBuildingUnit, unit_id, "共建单位")


def unit_options(db: Database, text: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(id, name) of live units whose name or code contains ``text``, for choosers."""
    query = select(CoBuildingUnit.id, CoBuildingUnit.name).where(CoBuildingUnit.deleted_at.is_(None))
    if text.strip():
        query = query.where(contains(CoBuildingUnit.search_text, text, lowered=True))
    with db.read() as session:
        return [(r[0], r[1]) for r in session.execute(query.order_by(CoBuildingUnit.sort_name).limit(limit))]


# --- duplicates and merging ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Duplicate:
    id: str
    name: str
    credit_code: str
    street_name: str
    #: "credit_code" (same code) or "name" (near-identical name)
    reason: str


def find_duplicates(db: Database, values: dict[str, Any], exclude_id: str | None = None) -> list[Duplicate]:
    """Live units with the same credit code or a near-identical name (same ``name_key``) as ``values``;
    the form calls it before saving and offers to open the existing unit."""
    code = credit_code.normalise(values.get("credit_code"))
    key = name_key(values.get("name"))
    conditions = []
    if code:
        conditions.append(CoBuildingUnit.credit_code == code)
    if key:
        conditions.append(CoBuildingUnit.name_key == key)
    if not conditions:
        return []
    query = (select(CoBuildingUnit.id, CoBuildingUnit.name, CoBuildingUnit.credit_code, Street.name)
             .join(Street, Street.id == CoBuildingUnit.street_id)
             .where(CoBuildingUnit.deleted_at.is_(None), or_(*conditions)).order_by(CoBuildingUnit.sort_name))
    if exclude_id:
        query = query.where(CoBuildingUnit.id != exclude_id)
    with db.read() as session:
        return [Duplicate(r[0], r[1], r[2], r[3], "credit_code" if code and r[2] == code else "name")
                for r in session.execute(query.limit(20))]


def duplicates_of(db: Database, unit_id: str) -> list[Duplicate]:
    return find_duplicates(db, get_unit(db, unit_id), exclude_id=unit_id)


MERGE_FILLABLE = ("credit_code", "address", "community_id", "contact_name", "contact_phone", "tags", "notes")


def merge_units(db: Database, keep_id: str, other_id: str) -> None:
    """Merge ``other_id`` into ``keep_id`` in one transaction: every resource, agreement, contact, match and
    Party organisation of the other unit moves to the kept one, the kept unit's empty fields are filled from
    the other, the other goes to the recycle bin with ``merged_into_id`` set (the change log records it, so
    both histories stay readable and the merge can be undone)."""
    if keep_id == other_id:
        raise ValidationError("请选择两个不同的单位进行合并。")
    with db.unit_of_work("合并共建单位") as session:
        keep = records.get_live(session, CoBuildingUnit, keep_id, "共建单位")
        other = records.get_live(session, CoBuildingUnit, other_id, "共建单位")
        for cls in CHILDREN:
            for child in session.scalars(select(cls).where(cls.unit_id == other_id, cls.deleted_at.is_(None))):
                child.unit_id = keep_id
        for key in MERGE_FILLABLE:
            if not getattr(keep, key) and getattr(other, key):
                if key == "community_id":
                    street = session.scalar(select(Community.street_id).where(Community.id == other.community_id))
                    if street != keep.street_id:
                        continue
                setattr(keep, key, getattr(other, key))
        if other.in_charity_alliance and not keep.in_charity_alliance:
            keep.in_charity_alliance = True
        # units merged earlier into the other now point at the kept one
        for earlier in session.scalars(select(CoBuildingUnit).where(CoBuildingUnit.merged_into_id == other_id)):
            earlier.merged_into_id = keep_id
        other.merged_into_id = keep_id
        other.deleted_at = utcnow()


def unmerge(session: Session, unit: CoBuildingUnit) -> None:
    """Take back, inside the caller's unit of work, the merge that put ``unit`` into another unit (restoring it
    from the recycle bin calls this), as that merge's change-log batch recorded it: the resources, agreements,
    contacts, matches and Party organisations that came from it go back to it, the units merged into it earlier
    point at it again, and the fields the kept unit took from it are given back their earlier value. Each only
    where nothing changed it since; a child that a later merge of the kept unit carried on still goes back.
    ``merged_into_id`` is cleared."""
    if unit.merged_into_id is None:
        return
    merge = session.scalars(
        select(ChangeLogEntry).where(ChangeLogEntry.record_id == unit.id, ChangeLogEntry.field == "merged_into_id",
                                     ChangeLogEntry.old_value.is_(None), ChangeLogEntry.new_value.is_not(None))
        .order_by(ChangeLogEntry.seq.desc()).limit(1)).first()
    unit.merged_into_id = None
    if merge is None or merge.new_value is None:  # merged by a copy whose change log this one lacks
        return
    kept_id = merge.new_value
    carried_to = _merge_chain(session, kept_id)
    moved = {cls.__record_type__: cls for cls in (*CHILDREN, CoBuildingUnit)}
    entries = list(session.scalars(select(ChangeLogEntry).where(
        ChangeLogEntry.batch_id == merge.batch_id, ChangeLogEntry.record_type.in_(moved)).order_by(ChangeLogEntry.seq)))
    for entry in entries:
        obj = session.get(moved[entry.record_type], entry.record_id)
        if obj is None:  # pragma: no cover - records are never deleted for good
            continue
        if entry.old_value == unit.id and entry.field in ("unit_id", "merged_into_id"):
            if getattr(obj, entry.field) in carried_to:
                setattr(obj, entry.field, unit.id)
        elif entry.record_id == kept_id and entry.field in (*MERGE_FILLABLE, "in_charity_alliance"):
            if encode_value(getattr(obj, entry.field)) == entry.new_value:
                setattr(obj, entry.field, decode_value(CoBuildingUnit, entry.field, entry.old_value))


def _merge_chain(session: Session, unit_id: str) -> set[str]:
    """``unit_id`` and the units it has been merged into since, one into the next."""
    chain = {unit_id}
    following = session.get(CoBuildingUnit, unit_id)
    while following is not None and following.merged_into_id and following.merged_into_id not in chain:
        chain.add(following.merged_into_id)
        following = session.get(CoBuildingUnit, following.merged_into_id)
    return chain


def unit_history(db: Database, unit_id: str) -> list[records.HistoryEntry]:
    """The unit's history together with the histories of the units merged into it, newest first."""
    ids = _merged_ids(db, unit_id)
    entries: list[records.HistoryEntry] = []
    for record_id in ids:
        entries.extend(records.history(db, record_id))
    entries.sort(key=lambda e: e.changed_at, reverse=True)
    return entries


def _merged_ids(db: Database, unit_id: str) -> list[str]:
    found = [unit_id]
    with db.read() as session:
        frontier = [unit_id]
        while frontier:
            more = list(session.scalars(select(CoBuildingUnit.id).where(CoBuildingUnit.merged_into_id.in_(frontier))))
            more = [m for m in more if m not in found]
            found.extend(more)
            frontier = more
    return found


# --- a unit's page ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResourceRow:
    id: str
    kind: str
    description: str
    amount: float | None
    unit_of_measure: str
    availability: str
    status: str


@dataclass(frozen=True)
class AgreementRow:
    id: str
    unit_id: str
    unit_name: str
    title: str
    our_side: str
    signed_on: date
    valid_until: date | None
    status: str
    attachment_name: str


@dataclass(frozen=True)
class ContactRow:
    id: str
    contacted_on: date
    our_person: str
    their_person: str
    channel: str
    summary: str
    follow_up: str


@dataclass(frozen=True)
class MatchRow:
    id: str
    need_id: str
    need_title: str
    community_name: str
    unit_id: str
    unit_name: str
    resource: str
    matched_on: date
    reasons: str
    outcome: str
    outcome_notes: str


@dataclass
class UnitPage:
    unit: dict[str, Any]
    street_name: str
    community_name: str
    merged_from: list[str]
    resources: list[ResourceRow] = field(default_factory=list)
    agreements: list[AgreementRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    matches: list[MatchRow] = field(default_factory=list)
    party_orgs: list[tuple[str, str, str, int]] = field(default_factory=list)  # id, name, level, members

    @property
    def contributions(self) -> list[MatchRow]:
        """What the unit has contributed: its matches with a fulfilled outcome."""
        return [m for m in self.matches if m.outcome == "fulfilled"]


def unit_page(db: Database, unit_id: str, today: date | None = None) -> UnitPage:
    """Everything a unit's page shows, in one read: details, resources, agreements (with their status on
    ``today``), contacts, matches and Party organisations."""
    from .agreements import agreement_rows
    from .needs import match_rows
    from .units_parts import contact_rows, resource_rows

    with db.read() as session:
        unit = records.get_live(session, CoBuildingUnit, unit_id, "共建单位")
        data = {key: getattr(unit, key) for key in ("id", *UNIT_FIELDS)}
        street = session.get(Street, unit.street_id)
        community = session.get(Community, unit.community_id) if unit.community_id else None
        merged = list(session.scalars(select(CoBuildingUnit.name).where(CoBuildingUnit.merged_into_id == unit_id)))
        page = UnitPage(data, street.name if street else "", community.name if community else "", merged)
        page.resources = resource_rows(session, unit_id)
        page.agreements = agreement_rows(session, Agreement.unit_id == unit_id, today=today)
        page.contacts = contact_rows(session, unit_id)
        page.matches = match_rows(session, NeedMatch.unit_id == unit_id)
        page.party_orgs = [(r[0], r[1], r[2], r[3]) for r in session.execute(
            select(PartyOrganisation.id, PartyOrganisation.name, PartyOrganisation.level, PartyOrganisation.member_count)
            .where(PartyOrganisation.unit_id == unit_id, PartyOrganisation.deleted_at.is_(None))
            .order_by(PartyOrganisation.name))]
    return page


def require_unit(session: Session, unit_id: str | None) -> CoBuildingUnit:
    if not unit_id:
        raise ValidationError("请选择共建单位。", "unit_id")
    unit = session.get(CoBuildingUnit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise NotFoundError("找不到该共建单位，它可能已被删除。")
    return unit


