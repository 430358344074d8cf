"""The councils panel at district scale (500 councils, 20,000 meetings, 60,000 agenda items, ~200,000
attendance rows, 30,000 appeals): open a meeting, list overdue appeals (count + first page), 办结率 for all
streets, and the councils list with its overdue marker. Target: <= 100 ms."""

from __future__ import annotations

from _common import open_district, report, timed_ms


def main() -> None:
    from coordinator_app.core.services import appeals, councils, meetings

    db = open_district()
    some = meetings.list_meetings(db, meetings.MeetingFilter(status="archived"), 0, 1)[0].id
    overdue = appeals.AppealFilter(overdue_only=True)
    cases = {
        "open a meeting": lambda: meetings.get_meeting(db, some),
        "overdue appeals: count + first page": lambda: (appeals.count_appeals(db, overdue),
                                                         appeals.list_appeals(db, overdue, 0, 200, "due", False)),
        "closure rate: all streets": lambda: appeals.closure_rates(db),
        "appeals: all, first page": lambda: (appeals.count_appeals(db, appeals.AppealFilter()),
                                             appeals.list_appeals(db, appeals.AppealFilter(), 0, 200)),
        "councils list with overdue marker": lambda: councils.list_councils(db, councils.CouncilFilter()),
        "meetings of a council": lambda: meetings.list_meetings(
            db, meetings.MeetingFilter(council_id=councils.list_councils(db, councils.CouncilFilter(), 0, 1)[0].id)),
    }
    figures = {name: timed_ms(fn) for name, fn in cases.items()}
    report("councils", {"cases": figures, "worst_median_ms": max(f["median_ms"] for f in figures.values()),
                        "target_ms": 100})
    db.dispose()


if __name__ == "__main__":
    main()
