"""Residents' appeals (诉求): the list with filters in SQL (overdue ones marked), the detail, the status
flow 受理 → 转办 → 办理中 → 办结 with its allowed transitions, and the closure rate (办结率) per street or
community. An appeal may come from a reception (``appeal_from_reception`` prefills one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select

from ..database import Database
from ..errors import ValidationError
from ..formatting import chinese_date, mask_name, mask_phone
from ..models import Appeal, Community, Person, Reception, Site, Street
from ..validation import check_choice, check_phone, clean_text, require
from ..vocab import APPEAL_CATEGORIES, APPEAL_CHANNELS, APPEAL_STATUSES, SATISFACTION
from . import records
from .dates import check_not_too_early
from .search import contains

APPEAL_TEXT_LIMITS = {"resident_name": ("诉求人", 50), "content": ("诉求内容", 4000), "result": ("办理结果", 4000),
                      "transferred_to": ("转办单位", 100)}
APPEAL_FIELDS = ("resident_name", "resident_phone", "channel", "category", "content", "received_on", "street_id",
                 "community_id", "site_id", "reception_id", "handler_id", "due_on", "transferred_to")
#: days to handle an appeal when no due date is given
DEFAULT_DAYS = 15

#: the status flow; reopening a closed appeal goes back to 办理中
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "accepted": ("transferred", "in_progress"),
    "transferred": ("in_progress",),
    "in_progress": ("transferred", "closed"),
    "closed": ("in_progress",),
}


@dataclass
class AppealFilter:
    text: str = ""
    street_id: str | None = None
    community_id: str | None = None
    status: str | None = None
    channel: str | None = None
    overdue_only: bool = False
    open_only: bool = False
    today: date | None = None


@dataclass(frozen=True)
class AppealRow:
    id: str
    received_on: date
    resident_name: str  # masked unless asked for in full
    resident_phone: str
    channel: str
    category: str
    content: str
    status: str
    street_name: str
    community_name: str
    handler_name: str
    due_on: date | None
    overdue: bool


APPEAL_SORT_COLUMNS = {"received": Appeal.received_on, "due": Appeal.due_on, "status": Appeal.status,
                       "channel": Appeal.channel, "category": Appeal.category}


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Due date passed and not 办结."""
    return status != "closed" and due_on is not None and due_on < today


def overdue_condition(today: date) -> Any:
    return and_(Appeal.status != "closed", Appeal.due_on < today)


def _filtered(query: Select[Any], f: AppealFilter) -> Select[Any]:
    query = query.where(Appeal.deleted_at.is_(None))
    if f.text.strip():
        query = query.where(or_(contains(Appeal.content, f.text), contains(Appeal.resident_name, f.text),
                                contains(Appeal.resident_phone, f.text, lowered=True)))
    if f.street_id:
        query = query.where(Appeal.street_id == f.street_id)
    if f.community_id:
        query = query.where(Appeal.community_id == f.community_id)
    if f.status:
        query = query.where(Appeal.status == f.status)
    if f.channel:
        query = query.where(Appeal.channel == f.channel)
    if f.overdue_only:
        query = query.where(overdue_condition(f.today or date.today()))
    elif f.open_only:
        query = query.where(Appeal.status != "closed")
    return query


def count_appeals(db: Database, f: AppealFilter) -> int:
    with db.read() as session:
        return session.scalar(_filtered(select(func.count(Appeal.id)), f)) or 0


def list_appeals(db: Database, f: AppealFilter, offset: int = 0, limit: int = 200, sort: str = "received",
                 descending: bool = True, *, full_names: bool = False) -> list[AppealRow]:
    column = APPEAL_SORT_COLUMNS.get(sort, Appeal.received_on)
    order = column.desc() if descending else column.asc()
    query = (
        select(Appeal.id, Appeal.received_on, Appeal.resident_name, Appeal.resident_phone, Appeal.channel,
               Appeal.category, Appeal.content, Appeal.status, Street.name, func.coalesce(Community.name, ""),
               func.coalesce(Person.name, ""), Appeal.due_on)
        .join(Street, Street.id == Appeal.street_id)
        .outerjoin(Community, Community.id == Appeal.community_id)
        .outerjoin(Person, Person.id == Appeal.handler_id)
    )
    query = _filtered(query, f).order_by(order, Appeal.id).offset(offset).limit(limit)
    today = f.today or date.today()
    with db.read() as session:
        rows = list(session.execute(query))
    return [AppealRow(r[0], r[1], r[2] if full_names else mask_name(r[2]),
                      r[3] if full_names else mask_phone(r[3]), *r[4:12],
                      overdue=is_overdue(r[7], r[11], today)) for r in rows]


def appeal_ids(db: Database, f: AppealFilter) -> list[str]:
    """Ids of every appeal the list shows for ``f``, in its default order (newest received first), and
    nothing else: what an export of the filtered list needs, in one query."""
    query = _filtered(select(Appeal.id), f).order_by(Appeal.received_on.desc(), Appeal.id)
    with db.read() as session:
        return list(session.scalars(query))


def get_appeal(db: Database, appeal_id: str) -> dict[str, Any]:
    """Everything about one appeal, names in full (the detail form)."""
    with db.read() as session:
        appeal = records.get_live(session, Appeal, appeal_id, "诉求")
        data = {key: getattr(appeal, key) for key in ("id", *APPEAL_FIELDS, "status", "result", "satisfaction",
                                                       "closed_on")}
        data["handler_name"] = session.scalar(select(Person.name).where(Person.id == appeal.handler_id)) or "" \
            if appeal.handler_id else ""
        return data


def validate_appeal(values: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in APPEAL_FIELDS if k in values}, APPEAL_TEXT_LIMITS)
    check_choice(cleaned.get("channel"), APPEAL_CHANNELS, "channel", "诉求渠道")
    cleaned["category"] = cleaned.get("category") or "other"
    check_choice(cleaned["category"], APPEAL_CATEGORIES, "category", "诉求类别")
    require(cleaned.get("content"), "content", "诉求内容")
    if not isinstance(cleaned.get("received_on"), date):
        raise ValidationError("请填写受理日期。", "received_on")
    check_not_too_early(cleaned["received_on"], "received_on", "受理日期")
    today = today or date.today()
    if cleaned["received_on"] > today:
        raise ValidationError(f"受理日期（{chinese_date(cleaned['received_on'])}）在今天（{chinese_date(today)}）"
                              "之后，请填写实际受理诉求的日期。", "received_on")
    require(cleaned.get("street_id"), "street_id", "所属街道")
    cleaned["resident_phone"] = check_phone(cleaned.get("resident_phone"), "resident_phone", "诉求人电话")
    due = cleaned.get("due_on") or cleaned["received_on"] + timedelta(days=DEFAULT_DAYS)
    if due < cleaned["received_on"]:
        raise ValidationError("办理期限不能早于受理日期。", "due_on")
    cleaned["due_on"] = due
    for key in ("community_id", "site_id", "reception_id", "handler_id"):
        cleaned[key] = cleaned.get(key) or None
    for key in ("resident_name", "transferred_to"):
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def _check_references(session: Any, values: dict[str, Any]) -> None:
    if session.get(Street, values["street_id"]) is None:
        raise ValidationError("所选街道不存在，请重新选择。", "street_id")
    if values.get("community_id"):
        street = session.scalar(select(Community.street_id).where(Community.id == values["community_id"]))
        if street != values["street_id"]:
            raise ValidationError("所选社区不属于所选街道。", "community_id")
    if values.get("handler_id"):
        records.get_live(session, Person, values["handler_id"], "责任人")
    if values.get("site_id"):
        records.get_live(session, Site, values["site_id"], "阵地")
    if values.get("reception_id"):
        records.get_live(session, Reception, values["reception_id"], "接访")


def save_appeal(db: Database, values: dict[str, Any], appeal_id: str | None = None) -> str:
    """Create (status 受理) or edit an appeal's details; the status changes through ``change_status``."""
    cleaned = validate_appeal(values)
    with db.unit_of_work("修改诉求" if appeal_id else "受理诉求") as session:
        _check_references(session, cleaned)
        if appeal_id:
            appeal = records.get_live(session, Appeal, appeal_id, "诉求")
            records.assign(appeal, cleaned)
        else:
            appeal = Appeal(status="accepted", result="", **cleaned)
            session.add(appeal)
            session.flush()
        return appeal.id


def allowed_statuses(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def change_status(db: Database, appeal_id: str, status: str, *, result: str | None = None,
                  satisfaction: str | None = None, transferred_to: str | None = None,
                  today: date | None = None) -> None:
    """Move an appeal along its flow. 办结 needs the result and records the resident's satisfaction."""
    check_choice(status, APPEAL_STATUSES, "status", "办理状态")
    with db.unit_of_work(f"诉求{APPEAL_STATUSES[status]}") as session:
        appeal = records.get_live(session, Appeal, appeal_id, "诉求")
        apply_status(appeal, status, result=result, satisfaction=satisfaction, transferred_to=transferred_to,
                     today=today)


def apply_status(appeal: Appeal, status: str, *, result: str | None = None, satisfaction: str | None = None,
                 transferred_to: str | None = None, today: date | None = None) -> None:
    """``change_status`` inside a caller's unit of work."""
    check_choice(status, APPEAL_STATUSES, "status", "办理状态")
    if status not in allowed_statuses(appeal.status):
        allowed = "、".join(APPEAL_STATUSES[s] for s in allowed_statuses(appeal.status))
        raise ValidationError(f"诉求当前为“{APPEAL_STATUSES[appeal.status]}”，不能改为“{APPEAL_STATUSES[status]}”"
                              f"（可改为：{allowed}）。", "status")
    if status == "transferred":
        target = (transferred_to if transferred_to is not None else appeal.transferred_to).strip()
        if not target:
            raise ValidationError("转办时请填写“转办单位”。", "transferred_to")
        appeal.transferred_to = target[:100]
    if status == "closed":
        text = (result if result is not None else appeal.result).strip()
        if not text:
            raise ValidationError("办结时请填写“办理结果”。", "result")
        if len(text) > 4000:
            raise ValidationError("“办理结果”最多4000个字。", "result")
        check_choice(satisfaction, SATISFACTION, "satisfaction", "群众满意度")
        appeal.result = text
        appeal.satisfaction = satisfaction
        appeal.closed_on = today or date.today()
    elif appeal.status == "closed":  # reopened
        appeal.closed_on = None
        appeal.satisfaction = None
    appeal.status = status


def delete_appeal(db: Database, appeal_id: str) -> None:
    records.soft_delete(db, Appeal, appeal_id, "诉求")


def appeal_from_reception(db: Database, reception_id: str, today: date | None = None) -> dict[str, Any]:
    """Values for a new appeal raised at a reception: its site, street, community, date and topics. It is
    received on the reception's day, or today for a reception still ahead (a date to come is refused)."""
    today = today or date.today()
    with db.read() as session:
        reception = records.get_live(session, Reception, reception_id, "接访")
        site = session.get(Site, reception.site_id)
        return {"channel": "reception", "category": "other", "content": reception.topics,
                "received_on": min(reception.held_at.date(), today), "street_id": site.street_id if site else None,
                "community_id": site.community_id if site else None, "site_id": reception.site_id,
                "reception_id": reception.id, "resident_name": "", "resident_phone": ""}


def appeal_options(db: Database, text: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(id, "received date · content") of open appeals matching ``text``, for choosers."""
    f = AppealFilter(text=text, open_only=True)
    rows = list_appeals(db, f, 0, limit)
    return [(r.id, f"{r.received_on:%Y-%m-%d} {r.content[:30]}") for r in rows]


# --- closure rate ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClosureRow:
    id: str
    name: str
    total: int
    closed: int
    overdue: int
    satisfied: int

    @property
    def rate(self) -> float:
        """办结率: closed / total (0 when there is none)."""
        return self.closed / self.total if self.total else 0.0


def closure_rates(db: Database, street_id: str | None = None, *, since: date | None = None,
                  today: date | None = None) -> list[ClosureRow]:
    """办结率 per street (``street_id`` None) or per community of one street, over appeals received since
    ``since`` (all when None). Every street (community) is listed, also those without appeals."""
    today = today or date.today()
    closed = func.sum(case((Appeal.status == "closed", 1), else_=0))
    overdue = func.sum(case((overdue_condition(today), 1), else_=0))
    satisfied = func.sum(case((Appeal.satisfaction.in_(("satisfied", "basically")), 1), else_=0))
    key = Appeal.community_id if street_id else Appeal.street_id
    query = select(key, func.count(), closed, overdue, satisfied).where(Appeal.deleted_at.is_(None))
    if street_id:
        query = query.where(Appeal.street_id == street_id)
    if since:
        query = query.where(Appeal.received_on >= since)
    with db.read() as session:
        counts = {r[0]: r[1:] for r in session.execute(query.group_by(key))}
        if street_id:
            places = list(session.execute(select(Community.id, Community.name).where(
                Community.street_id == street_id, Community.deleted_at.is_(None)).order_by(Community.name)))
            if None in counts:
                places.append((None, "（未指定社区）"))
        else:
            places = list(session.execute(select(Street.id, Street.name).where(Street.deleted_at.is_(None))
                                          .order_by(Street.sort_order, Street.name)))
    return [ClosureRow(pid or "", name, *(int(v or 0) for v in counts.get(pid, (0, 0, 0, 0)))) for pid, name in places]
