"""``coordinator-cli list councils|meetings|appeals|actions``: the councils panel's listings (no Qt).
Residents' names and phones in appeals are always masked here (PIPL)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

KINDS = ("councils", "meetings", "appeals", "actions")


def _date(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _when(value: Any) -> str:
    return value.isoformat(sep=" ", timespec="minutes") if value is not None else ""


def columns(column: Callable[..., Any], yes_no: Callable[[Any], str]) -> dict[str, list[Any]]:
    return {
        "councils": [column("id", "编号"), column("name", "名称"), column("kind", "类型"), column("street", "街道"),
                     column("community", "社区"), column("members", "成员数"), column("last_meeting", "最近会议"),
                     column("overdue", "逾期未开会", yes_no)],
        "meetings": [column("id", "编号"), column("starts_at", "会议时间"), column("council", "议事会"),
                     column("title", "会议"), column("place", "地点"), column("status", "状态"),
                     column("present", "出席"), column("members", "成员"), column("items", "议题数")],
        "appeals": [column("id", "编号"), column("received_on", "受理日期"), column("resident", "诉求人"),
                    column("phone", "电话"), column("channel", "渠道"), column("category", "类别"),
                    column("content", "诉求内容"), column("status", "状态"), column("street", "街道"),
                    column("community", "社区"), column("due_on", "办理期限"), column("overdue", "逾期", yes_no)],
        "actions": [column("id", "编号"), column("title", "落实事项"), column("owner", "责任人"),
                    column("due_on", "期限"), column("status", "状态"), column("result", "落实结果"),
                    column("overdue", "逾期", yes_no)],
    }


def records(db: Any, kind: str, pages: Callable[[Callable[[int, int], list[Any]]], Iterator[list[Any]]]
            ) -> Iterator[list[dict[str, Any]]]:
    from coordinator_app.core.services import appeals, councils, meetings
    from coordinator_app.core.vocab import (
        ACTION_STATUSES,
        APPEAL_CATEGORIES,
        APPEAL_CHANNELS,
        APPEAL_STATUSES,
        COUNCIL_KINDS,
        MEETING_STATUSES,
        label,
    )

    if kind == "councils":
        for page in pages(lambda offset, limit: councils.list_councils(db, councils.CouncilFilter(), offset, limit)):
            yield [{"id": r.id, "name": r.name, "kind": label(COUNCIL_KINDS, r.kind), "kind_code": r.kind,
                    "street": r.street_name, "community": r.community_name, "members": r.members,
                    "last_meeting": _when(r.last_meeting), "overdue": r.overdue} for r in page]
    elif kind == "meetings":
        for page in pages(lambda offset, limit: meetings.list_meetings(db, meetings.MeetingFilter(), offset, limit)):
            yield [{"id": r.id, "starts_at": _when(r.starts_at), "council": r.council_name, "title": r.title,
                    "place": r.site_name, "status": label(MEETING_STATUSES, r.status), "status_code": r.status,
                    "present": r.present, "members": r.members, "items": r.items} for r in page]
    elif kind == "appeals":
        for page in pages(lambda offset, limit: appeals.list_appeals(db, appeals.AppealFilter(), offset, limit)):
            yield [{"id": r.id, "received_on": _date(r.received_on), "resident": r.resident_name,
                    "phone": r.resident_phone, "channel": label(APPEAL_CHANNELS, r.channel),
                    "category": label(APPEAL_CATEGORIES, r.category), "content": r.content,
                    "status": label(APPEAL_STATUSES, r.status), "status_code": r.status, "street": r.street_name,
                    "community": r.community_name, "due_on": _date(r.due_on), "overdue": r.overdue} for r in page]
    elif kind == "actions":
        for page in pages(lambda offset, limit: meetings.list_actions(db, meetings.ActionFilter(), offset, limit)):
            yield [{"id": r.id, "title": r.title, "owner": r.owner_name, "due_on": _date(r.due_on),
                    "status": label(ACTION_STATUSES, r.status), "status_code": r.status, "result": r.result,
                    "appeal_id": r.appeal_id, "overdue": r.overdue} for r in page]
    else:
        raise AssertionError(kind)
