"""Councils (议事会 / 联席会议): the list (councils overdue for a meeting stand out), the detail with its
members and rules, create/edit/delete, and the councils that already bear a name (the form asks before saving
a second one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from ..database import Database
from ..errors import ValidationError
from ..models import Community, Council, CouncilMember, Meeting, Person, Street, utcnow
from ..unit_names import name_key
from ..validation import check_choice, clean_text, require
from ..vocab import COUNCIL_KINDS, COUNCIL_SEATS
from ..vote_rules import VoteRules
from . import records
from .search import contains

COUNCIL_FIELDS = ("name", "kind", "street_id", "community_id", "quorum_numerator", "quorum_denominator",
                  "pass_numerator", "pass_denominator", "notice_days", "frequency_days", "notes")
COUNCIL_TEXT_LIMITS = {"name": ("议事会名称", 100), "notes": ("备注", 2000)}


@dataclass
class CouncilFilter:
    text: str = ""
    street_id: str | None = None
    community_id: str | None = None
    kind: str | None = None
    overdue_only: bool = False
    today: date | None = None


@dataclass(frozen=True)
class CouncilRow:
    id: str
    name: str
    kind: str
    street_name: str
    community_name: str
    members: int
    last_meeting: datetime | None
    frequency_days: int
    overdue: bool


@dataclass(frozen=True)
class MemberRow:
    person_id: str
    name: str
    seat: str


def _last_held(today: date) -> Any:
    """Per council: the start of its latest meeting up to ``today`` (held or not yet recorded)."""
    until = datetime.combine(today + timedelta(days=1), datetime.min.time())
    return (select(Meeting.council_id, func.max(Meeting.starts_at).label("last"))
            .where(Meeting.deleted_at.is_(None), Meeting.starts_at < until)
            .group_by(Meeting.council_id).subquery())


def _member_counts() -> Any:
    return (select(CouncilMember.council_id, func.count(CouncilMember.id).label("n"))
            .where(CouncilMember.deleted_at.is_(None)).group_by(CouncilMember.council_id).subquery())


def is_overdue(last_meeting: datetime | None, frequency_days: int, today: date) -> bool:
    """No meeting within the council's frequency (a council that never met is overdue)."""
    return last_meeting is None or last_meeting.date() + timedelta(days=frequency_days) < today


COUNCIL_SORT_COLUMNS = {"name": Council.name, "kind": Council.kind, "street": Street.sort_order}


def count_councils(db: Database, f: CouncilFilter) -> int:
    rows = list_councils(db, f, 0, 100000)
    return len(rows)


def list_councils(db: Database, f: CouncilFilter, offset: int = 0, limit: int = 200, sort: str = "street",
                  descending: bool = False) -> list[CouncilRow]:
    """Councils with their member count and last meeting; ``overdue`` marks a council without a meeting
    within its frequency. (A district has about 500 councils: the overdue filter runs in Python.)"""
    today = f.today or date.today()
    last, members = _last_held(today), _member_counts()
    column = COUNCIL_SORT_COLUMNS.get(sort, Street.sort_order)
    query = (select(Council.id, Council.name, Council.kind, Street.name, func.coalesce(Community.name, ""),
                    func.coalesce(members.c.n, 0), last.c.last, Council.frequency_days)
             .join(Street, Street.id == Council.street_id)
             .outerjoin(Community, Community.id == Council.community_id)
             .outerjoin(last, last.c.council_id == Council.id)
             .outerjoin(members, members.c.council_id == Council.id)
             .where(Council.deleted_at.is_(None)))
    if f.text.strip():
        query = query.where(contains(Council.name, f.text))
    if f.street_id:
        query = query.where(Council.street_id == f.street_id)
    if f.community_id:
        query = query.where(Council.community_id == f.community_id)
    if f.kind:
        query = query.where(Council.kind == f.kind)
    query = query.order_by(column.desc() if descending else column.asc(), Council.name, Council.id)
    with db.read() as session:
        rows = [CouncilRow(*r, overdue=is_overdue(_as_datetime(r[6]), r[7], today)) for r in session.execute(query)]
    if f.overdue_only:
        rows = [r for r in rows if r.overdue]
    return rows[offset:offset + limit]


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))  # SQLite returns max() of a DateTime as text


def council_options(db: Database, street_id: str | None = None) -> list[tuple[str, str]]:
    query = select(Council.id, Council.name).where(Council.deleted_at.is_(None))
    if street_id:
        query = query.where(Council.street_id == street_id)
    with db.read() as session:
        return [(r[0], r[1]) for r in session.execute(query.order_by(Council.name))]


def get_council(db: Database, council_id: str) -> dict[str, Any]:
    with db.read() as session:
        council = records.get_live(session, Council, council_id, "议事会")
        data = {key: getattr(council, key) for key in ("id", *COUNCIL_FIELDS)}
    data["members"] = list_members(db, council_id)
    return data


def rules_of(council: Council | dict[str, Any]) -> VoteRules:
    get = council.get if isinstance(council, dict) else lambda k: getattr(council, k)
    return VoteRules.of(get("quorum_numerator"), get("quorum_denominator"), get("pass_numerator"),
                        get("pass_denominator"))


def list_members(db: Database, council_id: str) -> list[MemberRow]:
    with db.read() as session:
        rows = session.execute(
            select(CouncilMember.person_id, Person.name, CouncilMember.seat)
            .join(Person, Person.id == CouncilMember.person_id)
            .where(CouncilMember.council_id == council_id, CouncilMember.deleted_at.is_(None))
            .order_by(CouncilMember.seat, Person.name))
        return [MemberRow(*r) for r in rows]


def _positive(value: Any, field: str, label: str, minimum: int = 1) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"“{label}”应为整数。", field) from None
    if number < minimum:
        raise ValidationError(f"“{label}”不能小于{minimum}。", field)
    return number


def validate_council(values: dict[str, Any]) -> dict[str, Any]:
    defaults = {"quorum_numerator": 2, "quorum_denominator": 3, "pass_numerator": 1, "pass_denominator": 2,
                "notice_days": 3, "frequency_days": 30, "notes": "", "community_id": None}
    cleaned = {**defaults, **{k: v for k, v in values.items() if k in COUNCIL_FIELDS and v is not None}}
    cleaned = clean_text(cleaned, COUNCIL_TEXT_LIMITS)
    require(cleaned.get("name"), "name", "议事会名称")
    check_choice(cleaned.get("kind"), COUNCIL_KINDS, "kind", "议事会类型")
    require(cleaned.get("street_id"), "street_id", "所属街道")
    cleaned["community_id"] = cleaned.get("community_id") or None
    for num, den, label in (("quorum_numerator", "quorum_denominator", "法定人数比例"),
                            ("pass_numerator", "pass_denominator", "表决通过比例")):
        cleaned[num] = _positive(cleaned[num], num, label)
        cleaned[den] = _positive(cleaned[den], den, label)
        if cleaned[num] > cleaned[den]:
            raise ValidationError(f"“{label}”不能超过全体成员（分子不能大于分母）。", num)
    cleaned["notice_days"] = _positive(cleaned["notice_days"], "notice_days", "提前通知天数", 0)
    cleaned["frequency_days"] = _positive(cleaned["frequency_days"], "frequency_days", "开会周期（天）")
    return cleaned


def _set_members(session: Any, council_id: str, members: list[tuple[str, str]]) -> None:
    for person_id, seat in members:
        check_choice(seat, COUNCIL_SEATS, "members", "成员席位")
        records.get_live(session, Person, person_id, "成员")
    wanted = dict(members)
    existing = {m.person_id: m for m in session.scalars(select(CouncilMember).where(
        CouncilMember.council_id == council_id))}
    for person_id, row in existing.items():
        if person_id in wanted:
            row.deleted_at = None
            if row.seat != wanted[person_id]:
                row.seat = wanted[person_id]
        elif row.deleted_at is None:
            row.deleted_at = utcnow()
    for person_id in wanted.keys() - existing.keys():
        session.add(CouncilMember(council_id=council_id, person_id=person_id, seat=wanted[person_id]))


def save_council(db: Database, values: dict[str, Any], members: list[tuple[str, str]] | None = None,
                 council_id: str | None = None) -> str:
    """Create or edit a council; ``members`` (person id, seat) replaces the member list when given."""
    cleaned = validate_council(values)
    with db.unit_of_work("修改议事会" if council_id else "新建议事会") as session:
        if session.get(Street, cleaned["street_id"]) is None:
            raise ValidationError("所选街道不存在，请重新选择。", "street_id")
        if cleaned["community_id"]:
            street = session.scalar(select(Community.street_id).where(Community.id == cleaned["community_id"]))
            if street != cleaned["street_id"]:
                raise ValidationError("所选社区不属于所选街道。", "community_id")
        if council_id:
            council = records.get_live(session, Council, council_id, "议事会")
            records.assign(council, cleaned)
        else:
            council = Council(**cleaned)
            session.add(council)
            session.flush()
        if members is not None:
            _set_members(session, council.id, members)
        return council.id


@dataclass(frozen=True)
class SameName:
    id: str
    name: str
    street_name: str
    community_name: str


def find_same_name(db: Database, name: str, exclude_id: str | None = None) -> list[SameName]:
    """Live councils whose name equals ``name`` apart from spaces, punctuation and full-width forms."""
    key = name_key(name)
    if not key:
        return []
    query = (select(Council.id, Council.name, Street.name, func.coalesce(Community.name, ""))
             .join(Street, Street.id == Council.street_id).outerjoin(Community, Community.id == Council.community_id)
             .where(Council.deleted_at.is_(None)).order_by(Street.sort_order, Council.name))
    with db.read() as session:
        return [SameName(*row) for row in session.execute(query) if row[0] != exclude_id and name_key(row[1]) == key]


def delete_council(db: Database, council_id: str) -> None:
    records.soft_delete(db, Council, council_id, "议事会")
