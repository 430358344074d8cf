"""Screenshots of the co-building units panel (共建单位) with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_units.py [--out DIR]

Writes screenshot-units.png (the directory), screenshot-unit-page.png (a unit's page),
screenshot-unit-needs.png (a need with its proposed units) and screenshot-unit-reminders.png (agreements
expiring, units not contacted). Uses ``$DISPLAY`` or a private Xvfb and ImageMagick's ``import`` like
``make_screenshots.py``; the demo data goes into a temporary data folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _screenshots_common import WIDTH, capture, demo_window  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    with demo_window() as (app, window, db):
        from coordinator_app.core.services import needs, units
        from coordinator_app.ui.units.unit_page import TAB_CONTACTS, UnitPage

        window.nav.setCurrentRow(1)
        panel = window.units_panel
        args.out.mkdir(parents=True, exist_ok=True)

        panel.tabs.setCurrentWidget(panel.units_view)
        panel.units_view.table.selectRow(3)
        capture(app, window, args.out / "screenshot-units.png")

        # a unit with a long contact log and an agreement
        best = max(units.list_units(db, units.UnitFilter(), 0, 300),
                   key=lambda r: len(units.unit_page(db, r.id).contacts) + 3 * len(units.unit_page(db, r.id).agreements))
        page = UnitPage(db, best.id, window, TAB_CONTACTS)
        page.show()
        page.move(window.x() + (WIDTH - page.width()) // 2, window.y() + 60)
        capture(app, window, args.out / "screenshot-unit-page.png")
        page.hide()

        panel.tabs.setCurrentWidget(panel.needs_view)
        view = panel.needs_view
        view.status.set_current_id("open")
        for row in range(view.model.rowCount()):
            if len(needs.propose_units(db, view.model.row_at(row).id)) >= 5:
                view.table.selectRow(row)
                break
        view.proposals.table.selectRow(0)
        capture(app, window, args.out / "screenshot-unit-needs.png")

        panel.tabs.setCurrentWidget(panel.reminders_view)
        panel.reminders_view.reload()
        capture(app, window, args.out / "screenshot-unit-reminders.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
