"""Councils, meetings, votes, action items and appeals through the services (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from coordinator_app.core.database import Database
from coordinator_app.core.errors import ValidationError
from coordinator_app.core.services import (
    appeals,
    councils,
    geography,
    meetings,
    people,
    receptions,
    records,
    sites,
)

TODAY = date(2026, 11, 27)


@dataclass
class Council:
    id: str
    street: str
    community: str
    members: list[str]
    observer: str


def make_council(db: Database, size: int = 20) -> Council:
    street = geography.list_streets(db)[0].id
    community = geography.create_community(db, street, "东华社区")
    members = [people.create_person(db, {"name": f"成员{n:02d}"}) for n in range(size)]
    observer = people.create_person(db, {"name": "列席人"})
    seats = ["npc_deputy", "party_deputy", "social_worker", "resident_representative"]
    council_id = councils.save_council(
        db, {"name": "东华社区居民议事会", "kind": "community_council", "street_id": street, "community_id": community},
        [(m, seats[n % len(seats)]) for n, m in enumerate(members)])
    return Council(council_id, street, community, members, observer)


def make_appeal(db: Database, c: Council, **values: object) -> str:
    return appeals.save_appeal(db, {"channel": "reception", "category": "elevator", "content": "加装电梯协调",
                                    "received_on": TODAY - timedelta(days=20), "street_id": c.street,
                                    "community_id": c.community, "resident_name": "陈大明",
                                    "resident_phone": "13812345678", **values})


def test_council_defaults_and_members(db: Database) -> None:
    c = make_council(db)
    data = councils.get_council(db, c.id)
    assert (data["quorum_numerator"], data["quorum_denominator"], data["pass_numerator"], data["pass_denominator"],
            data["notice_days"], data["frequency_days"]) == (2, 3, 1, 2, 3, 30)
    assert len(data["members"]) == 20
    councils.save_council(db, {k: data[k] for k in councils.COUNCIL_FIELDS}, [(c.members[0], "legal_adviser")], c.id)
    assert [(m.person_id, m.seat) for m in councils.list_members(db, c.id)] == [(c.members[0], "legal_adviser")]
    with pytest.raises(ValidationError) as caught:
        councils.save_council(db, {**{k: data[k] for k in councils.COUNCIL_FIELDS}, "quorum_numerator": 4})
    assert caught.value.field == "quorum_numerator"


def test_council_overdue_for_a_meeting(db: Database) -> None:
    c = make_council(db)
    [row] = councils.list_councils(db, councils.CouncilFilter(today=TODAY))
    assert row.overdue and row.members == 20 and row.last_meeting is None
    meetings.create_meeting(db, {"council_id": c.id, "starts_at": datetime(2026, 11, 10, 19, 0)})
    [row] = councils.list_councils(db, councils.CouncilFilter(today=TODAY))
    assert not row.overdue and row.last_meeting == datetime(2026, 11, 10, 19, 0)
    assert councils.list_councils(db, councils.CouncilFilter(today=TODAY + timedelta(days=40), overdue_only=True))
    assert not councils.list_councils(db, councils.CouncilFilter(today=TODAY, overdue_only=True))


def test_a_whole_meeting(db: Database) -> None:
    c = make_council(db)
    appeal = make_appeal(db, c)
    street = geography.list_streets(db)[0].id
    site = sites.create_site(db, {"name": "东华社区党群服务中心", "kind": "community_service_center", "street_id": street})
    meeting = meetings.create_meeting(db, {"council_id": c.id, "starts_at": datetime(2026, 11, 30, 19, 0),
                                           "site_id": site, "chair_id": c.members[0]})
    detail = meetings.get_meeting(db, meeting)
    assert detail.members == 20 and detail.present == 20 and detail.title == "东华社区居民议事会11月例会"
    # notice posted two days ahead: a warning, recorded, but the status moves on
    warnings = meetings.change_status(db, meeting, "notice_posted", now=datetime(2026, 11, 28, 9, 0))
    assert warnings and "不足3天" in warnings[0]
    assert meetings.get_meeting(db, meeting).warnings == warnings[0]
    with pytest.raises(ValidationError):
        meetings.change_status(db, meeting, "archived")
    # 15 present, 3 on leave, 2 absent, one non-voting attendee
    entries = [(m, "resident_representative", "present" if n < 15 else "leave" if n < 18 else "absent")
               for n, m in enumerate(c.members)] + [(c.observer, "department", "observer")]
    meetings.save_attendance(db, meeting, entries)
    detail = meetings.get_meeting(db, meeting)
    assert (detail.members, detail.present) == (20, 15)
    passes = meetings.save_agenda_item(db, meeting, {"title": "加装电梯", "source": "appeal", "appeal_id": appeal,
                                                     "proposer_id": c.members[1], "recurring": True})
    fails = meetings.save_agenda_item(db, meeting, {"title": "更换路灯"})
    outcome = meetings.record_vote(db, passes, 11, 3, 1, "同意加装电梯")
    assert outcome.passed and outcome.reason == "赞成11票，超过全体成员半数（10票）"
    outcome = meetings.record_vote(db, fails, 10, 5, 0)
    assert outcome.result == "failed_votes" and outcome.reason == "赞成10票，未超过全体成员半数（10票）"
    with pytest.raises(ValidationError):
        meetings.record_vote(db, fails, 10, 5, 1)  # 16 votes, 15 present
    # two members left before the third item: no quorum, whatever the votes
    late = meetings.save_agenda_item(db, meeting, {"title": "增设宣传栏"})
    outcome = meetings.record_vote(db, late, 13, 0, 0, present=13)
    assert outcome.result == "failed_quorum" and outcome.reason == "出席13人，未达法定人数14人"
    with pytest.raises(ValidationError) as caught:
        meetings.record_vote(db, late, 13, 0, 0, present=16)
    assert caught.value.field == "present_at_vote"
    meetings.delete_agenda_item(db, late)
    # two members leave: below quorum, the recorded votes are decided again
    entries[13] = (c.members[13], "resident_representative", "absent")
    entries[14] = (c.members[14], "resident_representative", "absent")
    meetings.save_attendance(db, meeting, entries)
    agenda = meetings.get_meeting(db, meeting).agenda
    assert [(a.outcome, a.outcome_reason) for a in agenda] == [
        ("failed_quorum", "出席13人，未达法定人数14人"), ("failed_quorum", "出席13人，未达法定人数14人")]
    assert meetings.change_status(db, meeting, "held") == []
    with pytest.raises(ValidationError) as caught:
        meetings.change_status(db, meeting, "minutes_approved")
    assert caught.value.field == "minutes"


def test_actions_close_the_appeal(db: Database) -> None:
    c = make_council(db, 3)
    appeal = make_appeal(db, c)
    meeting = meetings.create_meeting(db, {"council_id": c.id, "starts_at": datetime(2026, 11, 20, 19, 0)})
    item = meetings.save_agenda_item(db, meeting, {"title": "加装电梯", "appeal_id": appeal})
    first = meetings.save_action(db, {"title": "联系施工方", "agenda_item_id": item, "owner_id": c.members[0],
                                      "due_on": TODAY})
    second = meetings.save_action(db, {"title": "召开业主协调会", "agenda_item_id": item, "due_on": TODAY})
    assert appeals.get_appeal(db, appeal)["status"] == "in_progress"  # acting on it puts it in hand
    with pytest.raises(ValidationError):
        meetings.set_action_status(db, first, "done")  # no result
    assert meetings.set_action_status(db, first, "done", "已签约") is None
    assert meetings.set_action_status(db, second, "done", "业主同意") == appeal
    meetings.close_appeal_by_actions(db, appeal, "satisfied", today=TODAY)
    closed = appeals.get_appeal(db, appeal)
    assert (closed["status"], closed["result"], closed["satisfaction"], closed["closed_on"]) == (
        "closed", "已签约；业主同意", "satisfied", TODAY)
    trail = meetings.appeal_trail(db, appeal)
    assert [a[0] for a in trail["agenda"]] == ["加装电梯"] and len(trail["actions"]) == 2


def test_meeting_from_the_previous_one(db: Database) -> None:
    c = make_council(db, 5)
    first = meetings.create_meeting(db, {"council_id": c.id, "starts_at": datetime(2026, 10, 20, 19, 0),
                                         "chair_id": c.members[0]})
    meetings.save_agenda_item(db, first, {"title": "上月决议落实情况", "recurring": True})
    meetings.save_agenda_item(db, first, {"title": "一次性议题"})
    councils.save_council(db, {k: v for k, v in councils.get_council(db, c.id).items() if k in councils.COUNCIL_FIELDS},
                          [(m, "resident_representative") for m in c.members[:4]], c.id)
    second = meetings.create_from_previous(db, first, datetime(2026, 11, 20, 19, 0))
    detail = meetings.get_meeting(db, second)
    assert [a.title for a in detail.agenda] == ["上月决议落实情况"]
    assert detail.members == 4 and detail.chair_id == c.members[0] and detail.previous_id == first


def test_appeal_status_flow_and_masking(db: Database) -> None:
    c = make_council(db, 1)
    appeal = make_appeal(db, c)
    with pytest.raises(ValidationError):
        appeals.change_status(db, appeal, "closed", result="好", satisfaction="satisfied")  # 受理 → 办结: not allowed
    with pytest.raises(ValidationError) as caught:
        appeals.change_status(db, appeal, "transferred")
    assert caught.value.field == "transferred_to"
    appeals.change_status(db, appeal, "transferred", transferred_to="区住建局")
    appeals.change_status(db, appeal, "in_progress")
    with pytest.raises(ValidationError) as caught:
        appeals.change_status(db, appeal, "closed", satisfaction="satisfied")
    assert caught.value.field == "result"
    [row] = appeals.list_appeals(db, appeals.AppealFilter(today=TODAY))
    assert (row.resident_name, row.resident_phone, row.overdue) == ("陈*明", "138****5678", True)
    assert appeals.count_appeals(db, appeals.AppealFilter(overdue_only=True, today=TODAY)) == 1
    appeals.change_status(db, appeal, "closed", result="已解决", satisfaction="basically")
    assert appeals.count_appeals(db, appeals.AppealFilter(overdue_only=True, today=TODAY)) == 0
    [full] = appeals.list_appeals(db, appeals.AppealFilter(), full_names=True)
    assert (full.resident_name, full.resident_phone) == ("陈大明", "13812345678")
    rates = appeals.closure_rates(db, today=TODAY)
    assert len(rates) == len(geography.list_streets(db))
    assert [(r.total, r.closed, r.rate) for r in rates if r.id == c.street] == [(1, 1, 1.0)]
    [community] = [r for r in appeals.closure_rates(db, c.street, today=TODAY) if r.id == c.community]
    assert (community.total, community.closed) == (1, 1)
    records.undo_last(db)
    assert appeals.get_appeal(db, appeal)["status"] == "in_progress"


def test_appeal_ids_are_the_rows_of_the_filtered_list(db: Database) -> None:
    """The ids-only query behind an export of the filtered list: the list's rows, newest first."""
    c = make_council(db, 1)
    other_street = geography.list_streets(db)[1].id
    old = make_appeal(db, c, received_on=TODAY - timedelta(days=40))
    recent = make_appeal(db, c, received_on=TODAY - timedelta(days=2), content="楼道照明维修",
                         resident_phone="13900001111")
    elsewhere = make_appeal(db, c, street_id=other_street, community_id=None, received_on=TODAY - timedelta(days=10),
                            channel="hotline")
    appeals.change_status(db, recent, "in_progress")
    expected = [
        (appeals.AppealFilter(today=TODAY), [recent, elsewhere, old]),
        (appeals.AppealFilter(street_id=c.street, today=TODAY), [recent, old]),
        (appeals.AppealFilter(community_id=c.community, today=TODAY), [recent, old]),
        (appeals.AppealFilter(text="电梯", today=TODAY), [elsewhere, old]),
        (appeals.AppealFilter(text="1390000", today=TODAY), [recent]),
        (appeals.AppealFilter(status="in_progress", today=TODAY), [recent]),
        (appeals.AppealFilter(channel="hotline", today=TODAY), [elsewhere]),
        (appeals.AppealFilter(overdue_only=True, today=TODAY), [old]),
    ]
    for f, ids in expected:
        assert appeals.appeal_ids(db, f) == ids == [r.id for r in appeals.list_appeals(db, f)]
    appeals.delete_appeal(db, old)
    assert appeals.appeal_ids(db, appeals.AppealFilter(street_id=c.street)) == [recent]


def test_appeal_raised_at_a_reception(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    site = sites.create_site(db, {"name": "工作室", "kind": "deputies_studio", "street_id": street})
    reception = receptions.save_reception(db, {"site_id": site, "held_at": datetime(2026, 11, 2, 9, 30),
                                               "topics": "小区停车难"})
    values = appeals.appeal_from_reception(db, reception)
    assert (values["content"], values["received_on"], values["site_id"], values["street_id"]) == (
        "小区停车难", date(2026, 11, 2), site, street)
    appeal = appeals.save_appeal(db, values)
    data = appeals.get_appeal(db, appeal)
    assert data["reception_id"] == reception and data["due_on"] == date(2026, 11, 17)


def test_deleted_appeals_and_councils_go_to_the_recycle_bin(db: Database) -> None:
    c = make_council(db, 2)
    appeal = make_appeal(db, c)
    appeals.delete_appeal(db, appeal)
    councils.delete_council(db, c.id)
    binned = {(r.record_type, r.id, r.type_label) for r in records.recycle_bin(db)}
    assert {("appeal", appeal, "诉求"), ("council", c.id, "议事会")} <= binned
    assert appeals.count_appeals(db, appeals.AppealFilter()) == 0
    records.restore(db, "appeal", appeal)
    assert appeals.count_appeals(db, appeals.AppealFilter()) == 1


def test_an_appeal_cannot_be_received_in_the_future(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    values = {"channel": "hotline", "content": "路灯不亮", "street_id": street, "received_on": TODAY + timedelta(days=1)}
    with pytest.raises(ValidationError) as raised:
        appeals.validate_appeal(values, today=TODAY)
    assert raised.value.field == "received_on"
    assert str(raised.value) == "受理日期（2026年11月28日）在今天（2026年11月27日）之后，请填写实际受理诉求的日期。"
    assert appeals.validate_appeal({**values, "received_on": TODAY}, today=TODAY)["received_on"] == TODAY
    with pytest.raises(ValidationError):
        appeals.save_appeal(db, {**values, "received_on": date.today() + timedelta(days=1)})
    assert appeals.count_appeals(db, appeals.AppealFilter()) == 0


def test_an_appeal_raised_at_a_reception_still_ahead_is_received_today(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    site = sites.create_site(db, {"name": "工作室", "kind": "deputies_studio", "street_id": street})
    ahead = receptions.save_reception(db, {"site_id": site, "held_at": datetime(2026, 11, 28, 9, 0), "topics": "停车"})
    held = receptions.save_reception(db, {"site_id": site, "held_at": datetime(2026, 11, 20, 9, 0), "topics": "停车"})
    assert appeals.appeal_from_reception(db, ahead, today=TODAY)["received_on"] == TODAY
    assert appeals.appeal_from_reception(db, held, today=TODAY)["received_on"] == date(2026, 11, 20)
