"""Councils and their meetings (议事会 / 联席会议), and residents' appeals (诉求) followed to closure.

A council has members (people from the roster, each with a seat) and its own rules, kept as fractions so
that "two thirds" is exact: quorum ``quorum_numerator/quorum_denominator`` of all members present, a
motion passes with more than ``pass_numerator/pass_denominator`` of all members in favour
(``core/vote_rules.py``). A meeting records attendance per person (members and non-voting attendees),
agenda items with their vote and computed outcome, and action items that may answer an appeal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Record

LIVE = text("deleted_at IS NULL")


def _live(name: str, *columns: str) -> Index:
    return Index(name, *columns, sqlite_where=LIVE, postgresql_where=LIVE)


class Council(Record):
    """社区议事会, 共治议事会 or 联席会议 (``vocab.COUNCIL_KINDS``) of a street or one community."""

    __tablename__ = "council"
    __record_type__ = "council"

    name: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    street_id: Mapped[str] = mapped_column(ForeignKey("street.id"), nullable=False, index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"), index=True)
    quorum_numerator: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    quorum_denominator: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    pass_numerator: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    pass_denominator: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    notice_days: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    frequency_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CouncilMember(Record):
    """A person's seat on a council (``vocab.COUNCIL_SEATS``)."""

    __tablename__ = "council_member"
    __record_type__ = "council_member"
    __table_args__ = (UniqueConstraint("council_id", "person_id"),)

    council_id: Mapped[str] = mapped_column(ForeignKey("council.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    seat: Mapped[str] = mapped_column(String(40), nullable=False, default="resident_representative")

    def display_name(self) -> str:
        return self.seat


class Meeting(Record):
    """One meeting: planned → notice posted → held → minutes approved → archived."""

    __tablename__ = "meeting"
    __record_type__ = "meeting"
    __table_args__ = (_live("ix_meeting_live_council_start", "council_id", "starts_at"),
                      _live("ix_meeting_live_start", "starts_at"))

    council_id: Mapped[str] = mapped_column(ForeignKey("council.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), index=True)
    chair_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    recorder_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="planned")
    notice_posted_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: rule breaches the user was warned about and recorded anyway (notice given late, …)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"))

    def display_name(self) -> str:
        return self.title or (self.starts_at.strftime("%Y-%m-%d") if self.starts_at else self.id)


class Attendance(Record):
    """A person at a meeting: a member present (出席), on leave (请假) or absent (缺席), or a non-voting
    attendee (列席)."""

    __tablename__ = "attendance"
    __record_type__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    seat: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="present")

    def display_name(self) -> str:
        return self.status


class AgendaItem(Record):
    """A topic (议题): proposer, source, materials; discussion, vote and the outcome computed from the
    council's rules; the resolution."""

    __tablename__ = "agenda_item"
    __record_type__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_position", "meeting_id", "position"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    proposer_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    source: Mapped[str] = mapped_column(String(30), nullable=False, default="proposal")
    appeal_id: Mapped[str | None] = mapped_column(ForeignKey("appeal.id"), index=True)
    materials: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recurring: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    #: members present when the vote was taken (some may have left since the roll call)
    present_at_vote: Mapped[int | None] = mapped_column(Integer)
    #: ``vote_rules`` outcome code, None until voted
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    resolution: Mapped[str] = mapped_column(Text, nullable=False, default="")

    def display_name(self) -> str:
        return self.title


class ActionItem(Record):
    """A decision's follow-up: owner, due date, status and result; may answer an appeal."""

    __tablename__ = "action_item"
    __record_type__ = "action_item"

    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    appeal_id: Mapped[str | None] = mapped_column(ForeignKey("appeal.id"), index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done_on: Mapped[date | None] = mapped_column(Date)

    def display_name(self) -> str:
        return self.title


class Appeal(Record):
    """A resident's appeal (诉求): 受理 → 转办 → 办理中 → 办结 (``vocab.APPEAL_STATUSES``)."""

    __tablename__ = "appeal"
    __record_type__ = "appeal"
    __table_args__ = (
        _live("ix_appeal_live_received", "received_on", "id"),
        _live("ix_appeal_live_status_due", "status", "due_on"),
        #: covers 办结率 per street/community (counts by status, overdue, satisfaction) without reading the rows
        _live("ix_appeal_live_closure", "street_id", "community_id", "status", "due_on", "satisfaction"),
    )

    resident_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    resident_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    category: Mapped[str] = mapped_column(String(30), nullable=False, default="other")
    content: Mapped[str] = mapped_column(Text, nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="accepted")
    street_id: Mapped[str] = mapped_column(ForeignKey("street.id"), nullable=False)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"))
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    reception_id: Mapped[str | None] = mapped_column(ForeignKey("reception.id"), index=True)
    handler_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    transferred_to: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    closed_on: Mapped[date | None] = mapped_column(Date)

    def display_name(self) -> str:
        return (self.content or "")[:30]
