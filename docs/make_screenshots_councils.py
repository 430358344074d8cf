"""Screenshots of the councils panel (议事会) with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_councils.py [--out DIR]

Writes screenshot-appeals.png (appeals, overdue ones in red), screenshot-councils.png (councils, those
overdue for a meeting in red), screenshot-meeting-votes.png (a meeting's agenda with a vote and its
reason), screenshot-meeting-attendance.png and screenshot-closure-rate.png (办结率 per street). Uses
``$DISPLAY`` or a private Xvfb and ImageMagick's ``import`` like ``make_screenshots.py``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _screenshots_common import capture, demo_window  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    with demo_window() as (app, window, db):
        from coordinator_app.core.services import meetings

        panel = window.councils_panel
        window.nav.setCurrentRow(window.stack.indexOf(panel))
        args.out.mkdir(parents=True, exist_ok=True)

        panel.tabs.setCurrentWidget(panel.appeals_view)
        panel.appeals_view.status_filter.set_current_id("in_progress")
        panel.appeals_view.table.selectRow(2)
        capture(app, window, args.out / "screenshot-appeals.png")

        panel.tabs.setCurrentWidget(panel.councils_view)
        panel.councils_view.table.selectRow(1)
        capture(app, window, args.out / "screenshot-councils.png")

        panel.tabs.setCurrentWidget(panel.closure_view)
        capture(app, window, args.out / "screenshot-closure-rate.png")

        panel.tabs.setCurrentWidget(panel.meetings_view)
        held = meetings.list_meetings(db, meetings.MeetingFilter(status="minutes_approved"), 0, 30)
        chosen = next((m for m in held if m.present < m.members), held[0])
        dialog = panel.meetings_view.open_meeting(chosen.id)
        dialog.resize(1100, 800)
        dialog.move(window.x() + 150, window.y() + 40)
        dialog.tabs.setCurrentIndex(1)
        dialog.items_list.setCurrentRow(1)
        capture(app, window, args.out / "screenshot-meeting-votes.png")
        dialog.tabs.setCurrentIndex(0)
        capture(app, window, args.out / "screenshot-meeting-attendance.png")
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
