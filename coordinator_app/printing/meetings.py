"""Meeting documents of a council (议事会): 会议通知, 议程, 签到表, 会议纪要 (GB/T 9704 §10.3), 决议公示, and the
meeting packet (会议台账) that binds them in order for the archive.

The builders ``*_of`` are pure functions of a ``MeetingDetail`` (and the place's name), so that tests and
benchmarks can print meetings of any size; ``notice`` … ``packet`` read the meeting from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError
from coordinator_app.core.formatting import chinese_date, chinese_number
from coordinator_app.core.services import meetings, sites
from coordinator_app.core.services.meetings import MeetingDetail
from coordinator_app.core.vocab import COUNCIL_SEATS, VOTE_OUTCOMES, label
from coordinator_app.core.vote_rules import shown_reason

from .common import masker, when_label
from .document import Blank, Block, Column, Document, Heading, PageBreak, Para, Signature, TableBlock, Title

#: empty rows left at the end of a sign-in sheet for people who attend without being listed (列席)
SPARE_ROWS = 3
#: a resolution stays on the notice board this many days, the day it is posted included
POSTING_DAYS = 7


@dataclass(frozen=True)
class MeetingPrint:
    """What every meeting document needs: the meeting, where it is held and the options."""

    meeting: MeetingDetail
    place: str
    issued_on: date
    full_numbers: bool = False

    def text(self, value: str) -> str:
        """Free text as printed: personal mobiles masked unless the user asked for full numbers."""
        return masker(self.full_numbers)(value)

    @property
    def title(self) -> str:
        return self.meeting.title or f"{self.meeting.council_name}会议"

    @property
    def posted_on(self) -> date:
        """The date of a resolution: it is posted after the meeting, so the date of issue when it is not
        before the meeting day (the default is the notice's date), else the later of today and that day."""
        held = self.meeting.starts_at.date()
        return self.issued_on if self.issued_on >= held else max(date.today(), held)

    @property
    def posting_ends(self) -> date:
        """The last day a resolution stays posted: ``POSTING_DAYS`` days counted from its date, inclusive."""
        return self.posted_on + timedelta(days=POSTING_DAYS - 1)

    @property
    def lead_warning(self) -> str | None:
        m = self.meeting
        latest = m.starts_at.date() - timedelta(days=m.notice_days)
        if self.issued_on > latest:
            return (f"{m.council_name}的规则要求提前{m.notice_days}天发出会议通知（最迟{chinese_date(latest)}），"
                    f"本通知的落款日期{chinese_date(self.issued_on)}已晚于此。")
        return None


def load(db: Database, meeting_id: str, issued_on: date | None = None, full_numbers: bool = False) -> MeetingPrint:
    try:
        detail = meetings.get_meeting(db, meeting_id)
    except NotFoundError:
        raise NotFoundError(f"找不到编号为“{meeting_id}”的会议，可能已被删除。") from None
    place = "另行通知"
    if detail.site_id:
        try:
            site = sites.get_site(db, detail.site_id)
            place = f"{site['name']}（{site['address']}）" if site.get("address") else site["name"]
        except NotFoundError:
            pass
    if issued_on is None:
        issued_on = detail.notice_posted_at.date() if detail.notice_posted_at else date.today()
    return MeetingPrint(detail, place, issued_on, full_numbers)


def _names(rows: list[meetings.AttendanceRow], status: str) -> str:
    return "、".join(a.name for a in rows if a.status == status) or "无"


def _agenda_paras(p: MeetingPrint) -> list[Block]:
    if not p.meeting.agenda:
        return [Para("议题另行通知。")]
    out: list[Block] = []
    for n, item in enumerate(p.meeting.agenda, 1):
        proposer = f"（提议人：{item.proposer_name}）" if item.proposer_name else ""
        out.append(Para(f"{n}．{p.text(item.title)}{proposer}"))
    return out


def notice_blocks(p: MeetingPrint) -> list[Block]:
    m = p.meeting
    members = [a for a in m.attendance if a.status != "observer"]
    return [
        Title(f"关于召开{p.title}的通知"),
        Para(f"{m.council_name}各位成员：", indent=0),
        Para(f"经研究，定于{when_label(m.starts_at)}召开{p.title}，现将有关事项通知如下："),
        Heading("一、会议时间"),
        Para(when_label(m.starts_at) + "。"),
        Heading("二、会议地点"),
        Para(p.place + "。"),
        Heading("三、会议议程"),
        *_agenda_paras(p),
        Heading("四、参会人员"),
        Para(f"{m.council_name}全体成员（共{len(members)}人）。请准时参加，如不能参会，请提前向会议召集人请假。"),
        Signature(m.council_name, chinese_date(p.issued_on)),
    ]


def agenda_blocks(p: MeetingPrint) -> list[Block]:
    m = p.meeting
    return [
        Title(f"{p.title}议程"),
        Para(f"时间：{when_label(m.starts_at)}", indent=0),
        Para(f"地点：{p.place}", indent=0),
        Para(f"主持人：{m.chair_name or '（未定）'}", indent=0),
        Blank(0.5),
        *[Heading(f"{chinese_number(n)}、{p.text(item.title)}") for n, item in enumerate(m.agenda, 1)],
        *([] if m.agenda else [Para("议题另行通知。")]),
    ]


def sign_in_blocks(p: MeetingPrint) -> list[Block]:
    m = p.meeting
    columns = [Column("序号", 0.8, "center"), Column("姓名", 2, "center"), Column("席位", 2.2, "center"),
               Column("签名", 3), Column("备注", 1.2)]
    rows = []
    for n, a in enumerate(m.attendance, 1):
        seat = "列席" if a.status == "observer" else label(COUNCIL_SEATS, a.seat)
        rows.append([str(n), a.name, seat, "", "请假" if a.status == "leave" else ""])
    start = len(rows) + 1
    rows += [[str(start + n), "", "列席", "", ""] for n in range(SPARE_ROWS)]
    return [
        Title(f"{p.title}签到表"),
        Para(f"时间：{when_label(m.starts_at)}", indent=0),
        Para(f"地点：{p.place}", indent=0),
        TableBlock(columns, rows, size=14, leading=30, keep_last=SPARE_ROWS),
    ]


def _vote_line(item: meetings.AgendaRow) -> str:
    if item.outcome is None:
        return "表决：未表决。"
    reason = shown_reason(item.outcome_reason)
    return (f"表决：表决时到会{item.present_at_vote or 0}人，同意{item.votes_for or 0}票，"
            f"反对{item.votes_against or 0}票，弃权{item.votes_abstain or 0}票。"
            f"结果：{label(VOTE_OUTCOMES, item.outcome)}。" + (f"{reason}。" if reason else ""))


def minutes_blocks(p: MeetingPrint) -> list[Block]:
    m = p.meeting
    out: list[Block] = [
        Title(f"{p.title}纪要"),
        Para(f"{when_label(m.starts_at)}，{m.council_name}在{p.place}召开{p.title}。会议由{m.chair_name or '（未定）'}"
             f"主持，应到{m.members}人，实到{m.present}人。现将会议主要内容纪要如下："),
    ]
    for n, item in enumerate(m.agenda, 1):
        out.append(Heading(f"{chinese_number(n)}、{p.text(item.title)}"))
        if item.proposer_name:
            out.append(Para(f"提议人：{item.proposer_name}。"))
        if item.discussion:
            out.append(Para(f"讨论情况：{p.text(item.discussion)}"))
        out.append(Para(_vote_line(item)))
        if item.resolution:
            out.append(Para(f"会议决定：{p.text(item.resolution)}"))
    if m.actions:
        out.append(Heading(f"{chinese_number(len(m.agenda) + 1)}、工作事项"))
        for n, action in enumerate(m.actions, 1):
            owner = f"责任人：{action.owner_name}" if action.owner_name else "责任人：待定"
            due = f"，完成时限：{chinese_date(action.due_on)}" if action.due_on else ""
            out.append(Para(f"（{chinese_number(n)}）{p.text(action.title)}（{owner}{due}）。"))
    if m.minutes:
        out.append(Para(p.text(m.minutes)))
    out += [
        Blank(0.5),
        Para(f"出席：{_names(m.attendance, 'present')}", indent=0, label_role="hei"),
        Para(f"请假：{_names(m.attendance, 'leave')}", indent=0, label_role="hei"),
    ]
    if any(a.status == "absent" for a in m.attendance):
        out.append(Para(f"缺席：{_names(m.attendance, 'absent')}", indent=0, label_role="hei"))
    out += [
        Para(f"列席：{_names(m.attendance, 'observer')}", indent=0, label_role="hei"),
        Para(f"记录人：{m.recorder_name or '（未定）'}", indent=0),
        Signature(m.council_name, chinese_date(m.starts_at)),
    ]
    return out


def resolution_blocks(p: MeetingPrint) -> list[Block]:
    m = p.meeting
    decided = [i for i in m.agenda if i.outcome is not None]
    out: list[Block] = [
        Title(f"{m.council_name}决议公示"),
        Para(f"{chinese_date(m.starts_at)}，{m.council_name}召开{p.title}，应到{m.members}人，实到{m.present}人。"
             "现将会议表决结果公示如下："),
    ]
    for n, item in enumerate(decided, 1):
        out.append(Heading(f"{chinese_number(n)}、{p.text(item.title)}"))
        out.append(Para(f"同意{item.votes_for or 0}票，反对{item.votes_against or 0}票，弃权{item.votes_abstain or 0}票，"
                        f"{label(VOTE_OUTCOMES, item.outcome)}。"))
        if item.resolution:
            out.append(Para(f"决议：{p.text(item.resolution)}"))
    if not decided:
        out.append(Para("本次会议没有表决事项。"))
    out += [
        Para(f"公示期自{chinese_date(p.posted_on)}至{chinese_date(p.posting_ends)}。"
             f"居民群众如有意见和建议，请在公示期内向{m.council_name}反映。"),
        Signature(m.council_name, chinese_date(p.posted_on)),
    ]
    return out


def _document(p: MeetingPrint, title: str, subject: str, blocks: list[Block], warnings: list[str] | None = None
              ) -> Document:
    return Document(title=title, author=p.meeting.council_name, subject=subject, blocks=blocks, file_stem=title,
                    warnings=warnings or [])


def notice_of(p: MeetingPrint) -> Document:
    warning = p.lead_warning
    return _document(p, f"关于召开{p.title}的通知", "会议通知", notice_blocks(p), [warning] if warning else [])


def agenda_of(p: MeetingPrint) -> Document:
    return _document(p, f"{p.title}议程", "会议议程", agenda_blocks(p))


def sign_in_of(p: MeetingPrint) -> Document:
    return _document(p, f"{p.title}签到表", "会议签到表", sign_in_blocks(p))


def minutes_of(p: MeetingPrint) -> Document:
    return _document(p, f"{p.title}纪要", "会议纪要", minutes_blocks(p))


def resolution_of(p: MeetingPrint) -> Document:
    return _document(p, f"{p.meeting.council_name}决议公示", "决议公示", resolution_blocks(p))


#: the parts of the packet, in the order they are bound
PACKET_PARTS = (("会议通知", notice_blocks), ("会议议程", agenda_blocks), ("签到表", sign_in_blocks),
                ("会议纪要", minutes_blocks), ("决议公示", resolution_blocks))


def packet_of(p: MeetingPrint) -> Document:
    """The meeting's archive file (会议台账): a cover with its contents, then every document, each on new pages."""
    m = p.meeting
    blocks: list[Block] = [
        Blank(3),
        Title(f"{p.title}台账"),
        Blank(1),
        Para(f"议事会：{m.council_name}", indent=0, align="center"),
        Para(f"会议时间：{when_label(m.starts_at)}", indent=0, align="center"),
        Blank(1),
        Heading("目录"),
        *[Para(f"{n}．{name}", indent=2) for n, (name, _) in enumerate(PACKET_PARTS, 1)],
    ]
    for _, part in PACKET_PARTS:
        blocks.append(PageBreak())
        blocks += part(p)
    warning = p.lead_warning
    return _document(p, f"{p.title}台账", "会议台账", blocks, [warning] if warning else [])


def notice(db: Database, meeting_id: str, **options: object) -> Document:
    return notice_of(load(db, meeting_id, **options))  # type: ignore[arg-type]


def agenda(db: Database, meeting_id: str, **options: object) -> Document:
    return agenda_of(load(db, meeting_id, **options))  # type: ignore[arg-type]


def sign_in(db: Database, meeting_id: str, **options: object) -> Document:
    return sign_in_of(load(db, meeting_id, **options))  # type: ignore[arg-type]


def minutes(db: Database, meeting_id: str, **options: object) -> Document:
    return minutes_of(load(db, meeting_id, **options))  # type: ignore[arg-type]


def resolution(db: Database, meeting_id: str, **options: object) -> Document:
    return resolution_of(load(db, meeting_id, **options))  # type: ignore[arg-type]


def packet(db: Database, meeting_id: str, **options: object) -> Document:
    return packet_of(load(db, meeting_id, **options))  # type: ignore[arg-type]
