"""The councils services on PostgreSQL (skipped unless COORDINATOR_TEST_DATABASE_URL is set; .ci/run sets it):
a whole meeting, the councils list with its overdue marker, overdue appeals and 办结率 agree with SQLite."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from test_councils_service import TODAY, make_appeal, make_council

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, councils, meetings


def test_meeting_votes_and_actions_on_postgresql(pg_db: Database) -> None:
    c = make_council(pg_db)
    appeal = make_appeal(pg_db, c)
    meeting = meetings.create_meeting(pg_db, {"council_id": c.id, "starts_at": datetime(2026, 11, 20, 19, 0)})
    entries = [(m, "resident_representative", "present" if n < 14 else "absent") for n, m in enumerate(c.members)]
    meetings.save_attendance(pg_db, meeting, entries)
    item = meetings.save_agenda_item(pg_db, meeting, {"title": "加装电梯", "appeal_id": appeal})
    assert meetings.record_vote(pg_db, item, 11, 2, 1).passed
    action = meetings.save_action(pg_db, {"title": "联系施工方", "agenda_item_id": item})
    assert meetings.set_action_status(pg_db, action, "done", "已开工") == appeal
    meetings.close_appeal_by_actions(pg_db, appeal, "satisfied", today=TODAY)
    assert appeals.get_appeal(pg_db, appeal)["status"] == "closed"
    [row] = meetings.list_meetings(pg_db, meetings.MeetingFilter(council_id=c.id))
    assert (row.members, row.present, row.items) == (20, 14, 1)


def test_lists_and_closure_rate_on_postgresql(pg_db: Database) -> None:
    c = make_council(pg_db, 3)
    meetings.create_meeting(pg_db, {"council_id": c.id, "starts_at": datetime(2026, 11, 10, 19, 0)})
    [row] = councils.list_councils(pg_db, councils.CouncilFilter(today=TODAY))
    assert not row.overdue and row.last_meeting == datetime(2026, 11, 10, 19, 0)
    assert councils.list_councils(pg_db, councils.CouncilFilter(today=TODAY + timedelta(days=60), overdue_only=True))
    make_appeal(pg_db, c)
    make_appeal(pg_db, c, received_on=date(2026, 11, 25))
    overdue = appeals.AppealFilter(overdue_only=True, today=TODAY)
    assert appeals.count_appeals(pg_db, overdue) == 1
    assert [r.overdue for r in appeals.list_appeals(pg_db, appeals.AppealFilter(today=TODAY), sort="due")] == [
        False, True]
    rates = {r.id: r for r in appeals.closure_rates(pg_db, today=TODAY)}
    assert (rates[c.street].total, rates[c.street].closed, rates[c.street].overdue) == (2, 0, 1)
