"""Meetings of a council: the list, one meeting in full (attendance, agenda with votes, action items),
the status flow planned → notice posted → held → minutes approved → archived (late notice is a warning
that is recorded, not a block), a meeting made from the previous one, votes decided by the council's
rules (``core/vote_rules.py``), and action items whose closing can close the appeal they answer."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select

from ..database import Database
from ..errors import ValidationError
from ..formatting import chinese_datetime
from ..models import (
    ActionItem,
    AgendaItem,
    Appeal,
    Attendance,
    Council,
    CouncilMember,
    Meeting,
    Person,
    Site,
    utcnow,
)
from ..validation import check_choice, clean_text, require
from ..vocab import ACTION_STATUSES, AGENDA_SOURCES, ATTENDANCE_STATUSES, MEETING_STATUSES
from ..vote_rules import VoteOutcome, decide
from . import appeals, records
from .councils import rules_of
from .dates import check_not_too_early

STATUS_ORDER = tuple(MEETING_STATUSES)
MEETING_FIELDS = ("council_id", "title", "starts_at", "site_id", "chair_id", "recorder_id", "minutes")


# --- the list ---------------------------------------------------------------------------------------

@dataclass
class MeetingFilter:
    council_id: str | None = None
    street_id: str | None = None
    status: str | None = None
    text: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: str
    council_id: str
    council_name: str
    title: str
    starts_at: datetime
    site_name: str
    status: str
    members: int
    present: int
    items: int


def _filtered(query: Select[Any], f: MeetingFilter) -> Select[Any]:
    query = query.where(Meeting.deleted_at.is_(None))
    if f.council_id:
        query = query.where(Meeting.council_id == f.council_id)
    if f.street_id:
        query = query.where(Meeting.council_id.in_(select(Council.id).where(Council.street_id == f.street_id)))
    if f.status:
        query = query.where(Meeting.status == f.status)
    if f.text.strip():
        from .search import contains

        query = query.where(contains(Meeting.title, f.text))
    return query


def count_meetings(db: Database, f: MeetingFilter) -> int:
    with db.read() as session:
        return session.scalar(_filtered(select(func.count(Meeting.id)), f)) or 0


def list_meetings(db: Database, f: MeetingFilter, offset: int = 0, limit: int = 200, sort: str = "starts",
                  descending: bool = True) -> list[MeetingRow]:
    order = Meeting.starts_at.desc() if descending else Meeting.starts_at.asc()
    query = (select(Meeting.id, Meeting.council_id, Council.name, Meeting.title, Meeting.starts_at,
                    func.coalesce(Site.name, ""), Meeting.status)
             .join(Council, Council.id == Meeting.council_id).outerjoin(Site, Site.id == Meeting.site_id))
    query = _filtered(query, f).order_by(order, Meeting.id).offset(offset).limit(limit)
    with db.read() as session:
        rows = list(session.execute(query))
        ids = [r[0] for r in rows]
        counts: dict[str, tuple[int, int]] = {}
        items: dict[str, int] = {}
        if ids:
            for mid, members, present in session.execute(
                select(Attendance.meeting_id, func.sum(case((Attendance.status != "observer", 1), else_=0)),
                       func.sum(case((Attendance.status == "present", 1), else_=0)))
                .where(Attendance.meeting_id.in_(ids), Attendance.deleted_at.is_(None))
                .group_by(Attendance.meeting_id)):
                counts[mid] = (int(members or 0), int(present or 0))
            items = {mid: n for mid, n in session.execute(select(AgendaItem.meeting_id, func.count(AgendaItem.id))
                     .where(AgendaItem.meeting_id.in_(ids), AgendaItem.deleted_at.is_(None))
                     .group_by(AgendaItem.meeting_id))}
    return [MeetingRow(*r, *counts.get(r[0], (0, 0)), items.get(r[0], 0)) for r in rows]


# --- one meeting ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AttendanceRow:
    person_id: str
    name: str
    seat: str
    status: str


@dataclass(frozen=True)
class AgendaRow:
    id: str
    position: int
    title: str
    proposer_id: str | None
    proposer_name: str
    source: str
    appeal_id: str | None
    materials: str
    recurring: bool
    discussion: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    present_at_vote: int | None
    outcome: str | None
    outcome_reason: str
    resolution: str


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    agenda_item_id: str | None
    appeal_id: str | None
    owner_id: str | None
    owner_name: str
    due_on: date | None
    status: str
    result: str
    done_on: date | None
    meeting_id: str | None = None
    overdue: bool = False


@dataclass
class MeetingDetail:
    id: str
    council_id: str
    council_name: str
    notice_days: int
    title: str
    starts_at: datetime
    site_id: str | None
    chair_id: str | None
    chair_name: str
    recorder_id: str | None
    recorder_name: str
    status: str
    notice_posted_at: datetime | None
    warnings: str
    minutes: str
    previous_id: str | None
    rules: Any
    attendance: list[AttendanceRow] = field(default_factory=list)
    agenda: list[AgendaRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)

    @property
    def members(self) -> int:
        return sum(1 for a in self.attendance if a.status != "observer")

    @property
    def present(self) -> int:
        return sum(1 for a in self.attendance if a.status == "present")


def _person_names(session: Any, ids: set[str | None]) -> dict[str, str]:
    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).all())


def get_meeting(db: Database, meeting_id: str, today: date | None = None) -> MeetingDetail:
    today = today or date.today()
    with db.read() as session:
        meeting = records.get_live(session, Meeting, meeting_id, "会议")
        council = session.get(Council, meeting.council_id)
        assert council is not None
        attendance = [AttendanceRow(*r) for r in session.execute(
            select(Attendance.person_id, Person.name, Attendance.seat, Attendance.status)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None))
            .order_by(case((Attendance.status == "observer", 1), else_=0), Attendance.seat, Person.name))]
        items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                              AgendaItem.deleted_at.is_(None))
                                     .order_by(AgendaItem.position, AgendaItem.created_at)))
        actions = list(session.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting_id,
                                                                ActionItem.deleted_at.is_(None))
                                       .order_by(ActionItem.created_at)))
        names = _person_names(session, {meeting.chair_id, meeting.recorder_id, *(i.proposer_id for i in items),
                                        *(a.owner_id for a in actions)})
        detail = MeetingDetail(
            meeting.id, council.id, council.name, council.notice_days, meeting.title, meeting.starts_at,
            meeting.site_id, meeting.chair_id, names.get(meeting.chair_id or "", ""), meeting.recorder_id,
            names.get(meeting.recorder_id or "", ""), meeting.status, meeting.notice_posted_at, meeting.warnings,
            meeting.minutes, meeting.previous_id, rules_of(council), attendance,
            [AgendaRow(i.id, i.position, i.title, i.proposer_id, names.get(i.proposer_id or "", ""), i.source,
                       i.appeal_id, i.materials, i.recurring, i.discussion, i.votes_for, i.votes_against,
                       i.votes_abstain, i.present_at_vote, i.outcome, i.outcome_reason, i.resolution) for i in items],
            [_action_row(a, names, today) for a in actions],
        )
    return detail


def _action_row(a: ActionItem, names: dict[str, str], today: date) -> ActionRow:
    return ActionRow(a.id, a.title, a.agenda_item_id, a.appeal_id, a.owner_id, names.get(a.owner_id or "", ""),
                     a.due_on, a.status, a.result, a.done_on, a.meeting_id,
                     overdue=a.status != "done" and a.due_on is not None and a.due_on < today)


def validate_meeting(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in MEETING_FIELDS if k in values},
                         {"title": ("会议名称", 200), "minutes": ("会议纪要", 20000)})
    require(cleaned.get("council_id"), "council_id", "议事会")
    if not isinstance(cleaned.get("starts_at"), datetime):
        raise ValidationError("请填写会议时间。", "starts_at")
    check_not_too_early(cleaned["starts_at"], "starts_at", "会议时间")
    for key in ("site_id", "chair_id", "recorder_id"):
        cleaned[key] = cleaned.get(key) or None
    cleaned["title"] = cleaned.get("title") or ""
    cleaned["minutes"] = cleaned.get("minutes") or ""
    return cleaned


def _members(session: Any, council_id: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in session.execute(
        select(CouncilMember.person_id, CouncilMember.seat).where(CouncilMember.council_id == council_id,
                                                                  CouncilMember.deleted_at.is_(None)))]


def create_meeting(db: Database, values: dict[str, Any]) -> str:
    """A planned meeting; every current member of the council is on its attendance list (出席 until the
    secretary marks otherwise)."""
    cleaned = validate_meeting(values)
    with db.unit_of_work("新建会议") as session:
        council = records.get_live(session, Council, cleaned["council_id"], "议事会")
        if not cleaned["title"]:
            cleaned["title"] = f"{council.name}{cleaned['starts_at'].month}月例会"
        meeting = Meeting(status="planned", warnings="", **cleaned)
        session.add(meeting)
        session.flush()
        for person_id, seat in _members(session, council.id):
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, seat=seat, status="present"))
        return meeting.id


def create_from_previous(db: Database, previous_id: str, starts_at: datetime) -> str:
    """The next meeting of the same council: same place, chair and recorder, the council's members as
    attendees, and the previous meeting's recurring agenda items."""
    with db.unit_of_work("由上次会议新建会议") as session:
        previous = records.get_live(session, Meeting, previous_id, "会议")
        council = records.get_live(session, Council, previous.council_id, "议事会")
        meeting = Meeting(council_id=council.id, title=f"{council.name}{starts_at.month}月例会", starts_at=starts_at,
                          site_id=previous.site_id, chair_id=previous.chair_id, recorder_id=previous.recorder_id,
                          status="planned", warnings="", minutes="", previous_id=previous.id)
        session.add(meeting)
        session.flush()
        for person_id, seat in _members(session, council.id):
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, seat=seat, status="present"))
        recurring = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == previous.id,
                                                             AgendaItem.deleted_at.is_(None),
                                                             AgendaItem.recurring.is_(True))
                                    .order_by(AgendaItem.position))
        for n, item in enumerate(recurring, start=1):
            session.add(AgendaItem(meeting_id=meeting.id, position=n, title=item.title, proposer_id=item.proposer_id,
                                   source=item.source, appeal_id=None, materials=item.materials, recurring=True,
                                   discussion="", outcome_reason="", resolution=""))
        return meeting.id


def update_meeting(db: Database, meeting_id: str, values: dict[str, Any]) -> None:
    cleaned = validate_meeting(values)
    with db.unit_of_work("修改会议") as session:
        meeting = records.get_live(session, Meeting, meeting_id, "会议")
        if cleaned["council_id"] != meeting.council_id:
            raise ValidationError("会议不能改到另一个议事会。", "council_id")
        records.assign(meeting, cleaned)


def delete_meeting(db: Database, meeting_id: str) -> None:
    records.soft_delete(db, Meeting, meeting_id, "会议")


def status_warnings(status: str, starts_at: datetime, notice_posted_at: datetime | None, notice_days: int,
                    now: datetime) -> list[str]:
    """Rule breaches a status change records (the user may go ahead anyway)."""
    warnings = []
    if status == "notice_posted" and notice_days > 0 and starts_at - now < timedelta(days=notice_days):
        warnings.append(f"通知张贴于{chinese_datetime(now)}，距开会不足{notice_days}天（议事规则要求提前"
                        f"{notice_days}天通知）。")
    if status == "held" and notice_posted_at is None:
        warnings.append("会议召开前未登记张贴会议通知。")
    return warnings


def change_status(db: Database, meeting_id: str, status: str, now: datetime | None = None) -> list[str]:
    """Advance the meeting one step (or from planned straight to held). Returns the warnings, which are
    also recorded on the meeting."""
    check_choice(status, MEETING_STATUSES, "status", "会议状态")
    now = now or datetime.now()
    with db.unit_of_work(f"会议{MEETING_STATUSES[status]}") as session:
        meeting = records.get_live(session, Meeting, meeting_id, "会议")
        council = session.get(Council, meeting.council_id)
        here, there = STATUS_ORDER.index(meeting.status), STATUS_ORDER.index(status)
        if not (there == here + 1 or (meeting.status == "planned" and status == "held")):
            raise ValidationError(f"会议当前为“{MEETING_STATUSES[meeting.status]}”，不能改为“{MEETING_STATUSES[status]}”。",
                                  "status")
        if status == "minutes_approved" and not meeting.minutes.strip():
            raise ValidationError("请先填写会议纪要，再确认纪要通过。", "minutes")
        warnings = status_warnings(status, meeting.starts_at, meeting.notice_posted_at,
                                   council.notice_days if council else 0, now)
        if status == "notice_posted":
            meeting.notice_posted_at = now
        if warnings:
            meeting.warnings = "\n".join([w for w in meeting.warnings.split("\n") if w] + warnings)
        meeting.status = status
        return warnings


# --- attendance --------------------------------------------------------------------------------------

def save_attendance(db: Database, meeting_id: str, entries: list[tuple[str, str, str]]) -> None:
    """Replace the attendance list: (person id, seat, status). Votes already recorded are decided again
    with the new attendance."""
    for _pid, _seat, status in entries:
        check_choice(status, ATTENDANCE_STATUSES, "attendance", "出席情况")
    with db.unit_of_work("登记出席") as session:
        meeting = records.get_live(session, Meeting, meeting_id, "会议")
        existing = {a.person_id: a for a in session.scalars(select(Attendance).where(
            Attendance.meeting_id == meeting_id))}
        wanted = {pid: (seat, status) for pid, seat, status in entries}
        for pid, row in existing.items():
            if pid in wanted:
                row.deleted_at = None
                seat, status = wanted[pid]
                if row.seat != seat:
                    row.seat = seat
                if row.status != status:
                    row.status = status
            elif row.deleted_at is None:
                row.deleted_at = utcnow()
        for pid in wanted.keys() - existing.keys():
            records.get_live(session, Person, pid, "参会人员")
            seat, status = wanted[pid]
            session.add(Attendance(meeting_id=meeting_id, person_id=pid, seat=seat, status=status))
        session.flush()
        _redecide(session, meeting)


def _counts(session: Any, meeting_id: str) -> tuple[int, int]:
    members, present = session.execute(
        select(func.sum(case((Attendance.status != "observer", 1), else_=0)),
               func.sum(case((Attendance.status == "present", 1), else_=0)))
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None))).one()
    return int(members or 0), int(present or 0)


def _redecide(session: Any, meeting: Meeting) -> None:
    council = session.get(Council, meeting.council_id)
    members, present = _counts(session, meeting.id)
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                         AgendaItem.deleted_at.is_(None),
                                                         AgendaItem.votes_for.is_not(None))):
        at_vote = min(item.present_at_vote if item.present_at_vote is not None else present, present)
        if at_vote != item.present_at_vote:
            item.present_at_vote = at_vote
        outcome = decide(rules_of(council), members, at_vote, item.votes_for or 0)
        if (item.outcome, item.outcome_reason) != (outcome.result, outcome.reason):
            item.outcome, item.outcome_reason = outcome.result, outcome.reason


# --- agenda items and votes -------------------------------------------------------------------------

AGENDA_FIELDS = ("title", "proposer_id", "source", "appeal_id", "materials", "recurring", "discussion", "resolution")


def save_agenda_item(db: Database, meeting_id: str, values: dict[str, Any], item_id: str | None = None) -> str:
    cleaned = clean_text({k: values.get(k) for k in AGENDA_FIELDS if k in values},
                         {"title": ("议题", 200), "materials": ("会议材料", 4000), "discussion": ("讨论情况", 8000),
                          "resolution": ("决议", 4000)})
    require(cleaned.get("title"), "title", "议题")
    cleaned["source"] = cleaned.get("source") or ("appeal" if cleaned.get("appeal_id") else "proposal")
    check_choice(cleaned["source"], AGENDA_SOURCES, "source", "议题来源")
    for key in ("proposer_id", "appeal_id"):
        cleaned[key] = cleaned.get(key) or None
    if cleaned["source"] == "appeal" and not cleaned["appeal_id"]:
        raise ValidationError("来源为群众诉求的议题，请选择对应的诉求。", "appeal_id")
    for key in ("materials", "discussion", "resolution"):
        cleaned[key] = cleaned.get(key) or ""
    cleaned["recurring"] = bool(cleaned.get("recurring"))
    with db.unit_of_work("修改议题" if item_id else "新增议题") as session:
        records.get_live(session, Meeting, meeting_id, "会议")
        if cleaned["proposer_id"]:
            records.get_live(session, Person, cleaned["proposer_id"], "提议人")
        if cleaned["appeal_id"]:
            records.get_live(session, Appeal, cleaned["appeal_id"], "诉求")
        if item_id:
            item = records.get_live(session, AgendaItem, item_id, "议题")
            records.assign(item, cleaned)
        else:
            position = (session.scalar(select(func.max(AgendaItem.position)).where(
                AgendaItem.meeting_id == meeting_id)) or 0) + 1
            item = AgendaItem(meeting_id=meeting_id, position=position, outcome_reason="", **cleaned)
            session.add(item)
            session.flush()
        return item.id


def delete_agenda_item(db: Database, item_id: str) -> None:
    records.soft_delete(db, AgendaItem, item_id, "议题")


def record_vote(db: Database, item_id: str, votes_for: int, votes_against: int, votes_abstain: int,
                resolution: str | None = None, present: int | None = None) -> VoteOutcome:
    """Record a show of hands and decide it by the council's rules. ``present``: members present at the vote
    (default: those marked 出席; fewer when some have left)."""
    votes = {"votes_for": votes_for, "votes_against": votes_against, "votes_abstain": votes_abstain}
    labels = {"votes_for": "赞成票", "votes_against": "反对票", "votes_abstain": "弃权票"}
    for key, value in votes.items():
        if not isinstance(value, int) or value < 0:
            raise ValidationError(f"“{labels[key]}”应为不小于0的整数。", key)
    with db.unit_of_work("记录表决") as session:
        item = records.get_live(session, AgendaItem, item_id, "议题")
        meeting = records.get_live(session, Meeting, item.meeting_id, "会议")
        council = session.get(Council, meeting.council_id)
        members, marked = _counts(session, meeting.id)
        if present is None:
            present = marked
        if not isinstance(present, int) or present < 0 or present > marked:
            raise ValidationError(f"表决时出席人数应在0到{marked}人之间（出席登记为{marked}人）。", "present_at_vote")
        if sum(votes.values()) > present:
            raise ValidationError(f"赞成、反对、弃权共{sum(votes.values())}票，多于出席成员{present}人，请核对。",
                                  "votes_for")
        outcome = decide(rules_of(council), members, present, votes_for)
        records.assign(item, {**votes, "present_at_vote": present, "outcome": outcome.result,
                              "outcome_reason": outcome.reason})
        if resolution is not None:
            item.resolution = resolution.strip()[:4000]
        return outcome


# --- action items -----------------------------------------------------------------------------------

ACTION_FIELDS = ("title", "meeting_id", "agenda_item_id", "appeal_id", "owner_id", "due_on")


def save_action(db: Database, values: dict[str, Any], action_id: str | None = None) -> str:
    cleaned = clean_text({k: values.get(k) for k in ACTION_FIELDS if k in values}, {"title": ("落实事项", 200)})
    require(cleaned.get("title"), "title", "落实事项")
    for key in ("meeting_id", "agenda_item_id", "appeal_id", "owner_id", "due_on"):
        cleaned[key] = cleaned.get(key) or None
    with db.unit_of_work("修改落实事项" if action_id else "新增落实事项") as session:
        if cleaned["agenda_item_id"]:
            item = records.get_live(session, AgendaItem, cleaned["agenda_item_id"], "议题")
            cleaned["meeting_id"] = cleaned["meeting_id"] or item.meeting_id
            cleaned["appeal_id"] = cleaned["appeal_id"] or item.appeal_id
        if cleaned["owner_id"]:
            records.get_live(session, Person, cleaned["owner_id"], "责任人")
        if cleaned["appeal_id"]:
            appeal = records.get_live(session, Appeal, cleaned["appeal_id"], "诉求")
            if appeal.status == "accepted":
                appeals.apply_status(appeal, "in_progress")  # a decision to act puts the appeal in hand
        if action_id:
            action = records.get_live(session, ActionItem, action_id, "落实事项")
            records.assign(action, cleaned)
        else:
            action = ActionItem(status="open", result="", **cleaned)
            session.add(action)
            session.flush()
        return action.id


def set_action_status(db: Database, action_id: str, status: str, result: str = "",
                      today: date | None = None) -> str | None:
    """Change an action's status (已完成 needs a result). Returns the id of the appeal it answers when this
    closed its last open action and the appeal is not yet closed: the caller proposes closing it."""
    check_choice(status, ACTION_STATUSES, "status", "落实状态")
    with db.unit_of_work(f"落实事项{ACTION_STATUSES[status]}") as session:
        action = records.get_live(session, ActionItem, action_id, "落实事项")
        if status == "done":
            text = (result or action.result).strip()
            if not text:
                raise ValidationError("完成落实事项时请填写“落实结果”。", "result")
            action.result = text[:4000]
            action.done_on = today or date.today()
        else:
            action.done_on = None
            if result.strip():
                action.result = result.strip()[:4000]
        action.status = status
        session.flush()
        if status != "done" or not action.appeal_id:
            return None
        appeal = session.get(Appeal, action.appeal_id)
        still_open = session.scalar(select(func.count(ActionItem.id)).where(
            ActionItem.appeal_id == action.appeal_id, ActionItem.deleted_at.is_(None), ActionItem.status != "done"))
        if appeal is None or appeal.deleted_at is not None or appeal.status == "closed" or still_open:
            return None
        return appeal.id


def close_appeal_by_actions(db: Database, appeal_id: str, satisfaction: str, today: date | None = None) -> None:
    """Close an appeal whose actions are all done: the result is the actions' results."""
    with db.unit_of_work("诉求办结") as session:
        appeal = records.get_live(session, Appeal, appeal_id, "诉求")
        results = [r for r in session.scalars(select(ActionItem.result).where(
            ActionItem.appeal_id == appeal_id, ActionItem.deleted_at.is_(None), ActionItem.status == "done")
            .order_by(ActionItem.done_on, ActionItem.created_at)) if r]
        if appeal.status in ("accepted", "transferred"):
            appeals.apply_status(appeal, "in_progress")
        appeals.apply_status(appeal, "closed", result="；".join(results) or appeal.result, satisfaction=satisfaction,
                             today=today)


@dataclass
class ActionFilter:
    open_only: bool = False
    overdue_only: bool = False
    appeal_id: str | None = None
    meeting_id: str | None = None
    today: date | None = None


def list_actions(db: Database, f: ActionFilter, offset: int = 0, limit: int = 200) -> list[ActionRow]:
    today = f.today or date.today()
    query = select(ActionItem).where(ActionItem.deleted_at.is_(None))
    if f.appeal_id:
        query = query.where(ActionItem.appeal_id == f.appeal_id)
    if f.meeting_id:
        query = query.where(ActionItem.meeting_id == f.meeting_id)
    if f.open_only or f.overdue_only:
        query = query.where(ActionItem.status != "done")
    if f.overdue_only:
        query = query.where(ActionItem.due_on < today)
    query = query.order_by(ActionItem.due_on, ActionItem.id).offset(offset).limit(limit)
    with db.read() as session:
        actions = list(session.scalars(query))
        names = _person_names(session, {a.owner_id for a in actions})
    return [_action_row(a, names, today) for a in actions]


def appeal_trail(db: Database, appeal_id: str) -> dict[str, list[Any]]:
    """An appeal's chain: the agenda items that discussed it (with their meeting) and its actions."""
    with db.read() as session:
        items = list(session.execute(
            select(AgendaItem.title, Meeting.starts_at, Council.name, AgendaItem.outcome, AgendaItem.outcome_reason)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id).join(Council, Council.id == Meeting.council_id)
            .where(AgendaItem.appeal_id == appeal_id, AgendaItem.deleted_at.is_(None))
            .order_by(Meeting.starts_at)))
    by_kind: dict[str, list[Any]] = defaultdict(list)
    by_kind["agenda"] = [tuple(r) for r in items]
    by_kind["actions"] = list_actions(db, ActionFilter(appeal_id=appeal_id))
    return dict(by_kind)
