"""Communities' needs and matching them to units' resources (精准对接): the list of needs, proposals ranked
by resource type, place and recent contact, the matches recorded and their outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..database import Database
from ..errors import ValidationError
from ..models import CoBuildingUnit, Community, CommunityNeed, NeedMatch, Street, UnitResource
from ..validation import check_choice, clean_text, require
from ..vocab import MATCH_OUTCOMES, NEED_STATUSES, RESOURCE_KINDS
from . import records
from .units import MatchRow, last_contact_of, require_unit

NEED_FIELDS = ("community_id", "title", "resource_kind", "description", "needed_by", "status")

#: the score of a proposal: the resource type must match; then place, recent contact, availability
SCORE_SAME_COMMUNITY = 40
SCORE_SAME_STREET = 25
SCORE_CONTACT_30 = 20
SCORE_CONTACT_90 = 10
SCORE_AVAILABLE = 15
SCORE_ALLIANCE = 5
PROPOSALS = 20


@dataclass
class NeedFilter:
    text: str = ""
    street_id: str | None = None
    community_id: str | None = None
    status: str | None = None
    resource_kind: str | None = None


@dataclass(frozen=True)
class NeedRow:
    id: str
    title: str
    resource_kind: str
    street_name: str
    community_name: str
    needed_by: date | None
    status: str
    matches: int


def _filtered(query: Select[Any], f: NeedFilter) -> Select[Any]:
    query = query.where(CommunityNeed.deleted_at.is_(None))
    if f.text.strip():
        from .search import contains

        query = query.where(contains(CommunityNeed.title, f.text))
    if f.community_id:
        query = query.where(CommunityNeed.community_id == f.community_id)
    elif f.street_id:
        query = query.where(Community.street_id == f.street_id)
    if f.status:
        query = query.where(CommunityNeed.status == f.status)
    if f.resource_kind:
        query = query.where(CommunityNeed.resource_kind == f.resource_kind)
    return query


def count_needs(db: Database, f: NeedFilter) -> int:
    query = select(func.count()).select_from(CommunityNeed).join(Community, Community.id == CommunityNeed.community_id)
    with db.read() as session:
        return session.scalar(_filtered(query, f)) or 0


NEED_SORT_COLUMNS = {"title": CommunityNeed.title, "kind": CommunityNeed.resource_kind, "street": Street.sort_order,
                     "community": Community.name, "needed_by": func.coalesce(CommunityNeed.needed_by, date(9999, 1, 1)),
                     "status": CommunityNeed.status}


def list_needs(db: Database, f: NeedFilter, offset: int = 0, limit: int = 200, sort: str = "needed_by",
               descending: bool = False) -> list[NeedRow]:
    column = NEED_SORT_COLUMNS.get(sort, NEED_SORT_COLUMNS["needed_by"])
    matches = (select(func.count()).select_from(NeedMatch).join(CoBuildingUnit, CoBuildingUnit.id == NeedMatch.unit_id)
               .where(NeedMatch.need_id == CommunityNeed.id, NeedMatch.deleted_at.is_(None),
                      CoBuildingUnit.deleted_at.is_(None))
               .correlate(CommunityNeed).scalar_subquery())
    query = (select(CommunityNeed.id, CommunityNeed.title, CommunityNeed.resource_kind, Street.name, Community.name,
                    CommunityNeed.needed_by, CommunityNeed.status, matches)
             .join(Community, Community.id == CommunityNeed.community_id)
             .join(Street, Street.id == Community.street_id))
    query = _filtered(query, f).order_by(column.desc() if descending else column.asc(), CommunityNeed.id)
    with db.read() as session:
        return [NeedRow(*r) for r in session.execute(query.offset(offset).limit(limit))]


def get_need(db: Database, need_id: str) -> dict[str, Any]:
    with db.read() as session:
        need = records.get_live(session, CommunityNeed, need_id, "社区需求")
        data = {key: getattr(need, key) for key in ("id", *NEED_FIELDS)}
        data["street_id"] = session.scalar(select(Community.street_id).where(Community.id == need.community_id))
        return data


def validate_need(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in NEED_FIELDS if k in values},
                         {"title": ("需求内容", 100), "description": ("需求说明", 2000)})
    require(cleaned.get("community_id"), "community_id", "提出需求的社区")
    require(cleaned.get("title"), "title", "需求内容")
    check_choice(cleaned.get("resource_kind"), RESOURCE_KINDS, "resource_kind", "所需资源类型")
    cleaned["needed_by"] = cleaned.get("needed_by") or None
    cleaned["status"] = cleaned.get("status") or "open"
    check_choice(cleaned["status"], NEED_STATUSES, "status", "需求状态")
    cleaned["description"] = cleaned.get("description") or ""
    return cleaned


def save_need(db: Database, values: dict[str, Any], need_id: str | None = None) -> str:
    cleaned = validate_need(values)
    with db.read() as session:
        if session.get(Community, cleaned["community_id"]) is None:
            raise ValidationError("所选社区不存在，请重新选择。", "community_id")
    if need_id:
        records.update(db, CommunityNeed, need_id, cleaned, "修改社区需求", "社区需求")
        return need_id
    return records.create(db, CommunityNeed, cleaned, "新增社区需求")


def delete_need(db: Database, need_id: str) -> None:
    records.soft_delete(db, CommunityNeed, need_id, "社区需求")


# --- proposals ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Proposal:
    unit_id: str
    unit_name: str
    street_name: str
    community_name: str
    resource_id: str
    resource: str
    score: int
    #: reason codes: same_community, same_street, contact_30, contact_90, available, alliance
    reasons: tuple[str, ...]
    last_contact: date | None


REASON_LABELS = {"same_community": "同社区", "same_street": "同街道", "contact_30": "30天内有对接",
                 "contact_90": "90天内有对接", "available": "资源可提供", "alliance": "慈善联盟成员"}


def reasons_text(reasons: tuple[str, ...] | list[str]) -> str:
    return "、".join(REASON_LABELS.get(r, r) for r in reasons)


def propose_units(db: Database, need_id: str, limit: int = PROPOSALS, today: date | None = None) -> list[Proposal]:
    """Units offering the resource type the need asks for, best first: same community > same street, a
    contact in the last 30 (or 90) days, the resource available now, membership of the charity alliance.
    Units already matched to the need are left out. One proposal per unit (its best resource)."""
    today = today or date.today()
    with db.read() as session:
        need = records.get_live(session, CommunityNeed, need_id, "社区需求")
        street_id = session.scalar(select(Community.street_id).where(Community.id == need.community_id))
        matched = select(NeedMatch.unit_id).where(NeedMatch.need_id == need_id, NeedMatch.deleted_at.is_(None))
        # the latest contact per candidate unit: one seek in the (unit_id, contacted_on) index each
        rows = session.execute(
            select(CoBuildingUnit.id, CoBuildingUnit.name, CoBuildingUnit.street_id, CoBuildingUnit.community_id,
                   CoBuildingUnit.in_charity_alliance, UnitResource.id, UnitResource.description, UnitResource.status,
                   last_contact_of(CoBuildingUnit.id))
            .join(CoBuildingUnit, CoBuildingUnit.id == UnitResource.unit_id)
            .where(UnitResource.kind == need.resource_kind, UnitResource.deleted_at.is_(None),
                   UnitResource.status != "withdrawn", CoBuildingUnit.deleted_at.is_(None),
                   CoBuildingUnit.id.not_in(matched)))
        best: dict[str, tuple[int, tuple[str, ...], Any]] = {}
        for r in rows:
            reasons: list[str] = []
            score = 0
            if need.community_id and r[3] == need.community_id:
                score += SCORE_SAME_COMMUNITY
                reasons.append("same_community")
            elif r[2] == street_id:
                score += SCORE_SAME_STREET
                reasons.append("same_street")
            if r[8] is not None and r[8] >= today - timedelta(days=30):
                score += SCORE_CONTACT_30
                reasons.append("contact_30")
            elif r[8] is not None and r[8] >= today - timedelta(days=90):
                score += SCORE_CONTACT_90
                reasons.append("contact_90")
            if r[7] == "available":
                score += SCORE_AVAILABLE
                reasons.append("available")
            if r[4]:
                score += SCORE_ALLIANCE
                reasons.append("alliance")
            if r[0] not in best or score > best[r[0]][0]:
                best[r[0]] = (score, tuple(reasons), r)
        ranked = sorted(best.values(), key=lambda b: (-b[0], -(b[2][8] or date.min).toordinal(), b[2][1]))[:limit]
        streets = {s.id: s.name for s in session.execute(select(Street.id, Street.name))}
        community_ids = {b[2][3] for b in ranked if b[2][3]}
        communities = {r[0]: r[1] for r in session.execute(
            select(Community.id, Community.name).where(Community.id.in_(community_ids)))} if community_ids else {}
    return [Proposal(r[0], r[1], streets.get(r[2], ""), communities.get(r[3], "") if r[3] else "", r[5], r[6], score,
                     reasons, r[8]) for score, reasons, r in ranked]


# --- matches --------------------------------------------------------------------------------------------------

def match_rows(session: Session, *conditions: Any) -> list[MatchRow]:
    rows = session.execute(
        select(NeedMatch.id, NeedMatch.need_id, CommunityNeed.title, Community.name, NeedMatch.unit_id,
               CoBuildingUnit.name, func.coalesce(UnitResource.description, ""), NeedMatch.matched_on,
               NeedMatch.reasons, NeedMatch.outcome, NeedMatch.outcome_notes)
        .join(CommunityNeed, CommunityNeed.id == NeedMatch.need_id)
        .join(Community, Community.id == CommunityNeed.community_id)
        .join(CoBuildingUnit, CoBuildingUnit.id == NeedMatch.unit_id)
        .outerjoin(UnitResource, UnitResource.id == NeedMatch.resource_id)
        # a match to a unit in the recycle bin leaves the need with it, and comes back when the unit is restored
        .where(NeedMatch.deleted_at.is_(None), CoBuildingUnit.deleted_at.is_(None), *conditions)
        .order_by(NeedMatch.matched_on.desc(), NeedMatch.id))
    return [MatchRow(*r) for r in rows]


def matches_of_need(db: Database, need_id: str) -> list[MatchRow]:
    with db.read() as session:
        return match_rows(session, NeedMatch.need_id == need_id)


def record_match(db: Database, need_id: str, unit_id: str, resource_id: str | None = None, reasons: str = "",
                 score: int = 0, matched_on: date | None = None) -> str:
    """Record that ``unit_id`` (with ``resource_id``) answers the need; an open need becomes matched."""
    with db.unit_of_work("记录需求对接") as session:
        need = records.get_live(session, CommunityNeed, need_id, "社区需求")
        require_unit(session, unit_id)
        if resource_id:
            resource = session.get(UnitResource, resource_id)
            if resource is None or resource.unit_id != unit_id:
                raise ValidationError("所选资源不属于该单位。", "resource_id")
        if session.scalar(select(NeedMatch.id).where(NeedMatch.need_id == need_id, NeedMatch.unit_id == unit_id,
                                                     NeedMatch.deleted_at.is_(None))):
            raise ValidationError("该单位已对接这项需求。", "unit_id")
        match = NeedMatch(need_id=need_id, unit_id=unit_id, resource_id=resource_id or None,
                          matched_on=matched_on or date.today(), reasons=reasons[:200], outcome="pending",
                          outcome_notes="", score=score)
        session.add(match)
        if need.status == "open":
            need.status = "matched"
        session.flush()
        return match.id


def record_outcome(db: Database, match_id: str, outcome: str, notes: str = "") -> None:
    """The outcome of a match; a fulfilled match closes its need."""
    check_choice(outcome, MATCH_OUTCOMES, "outcome", "对接结果")
    notes = clean_text({"notes": notes}, {"notes": ("结果说明", 2000)})["notes"] or ""
    with db.unit_of_work("记录对接结果") as session:
        match = records.get_live(session, NeedMatch, match_id, "需求对接")
        match.outcome = outcome
        match.outcome_notes = notes
        if outcome == "fulfilled":
            need = session.get(CommunityNeed, match.need_id)
            if need is not None and need.status != "closed":
                need.status = "closed"


def delete_match(db: Database, match_id: str) -> None:
    records.soft_delete(db, NeedMatch, match_id, "需求对接")
