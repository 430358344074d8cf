"""Screenshots of the station-hub panel with demo data, for the README and the manual.

    python docs/make_screenshots.py                  # docs/screenshot-sites.png and docs/screenshot-network.png
    python docs/make_screenshots.py --view network   # one of them
    python docs/make_screenshots.py --view form --out /tmp   # the site form (details, Party organisations)

The real main window runs in Chinese on an X display: ``$DISPLAY`` if set, otherwise a private Xvfb
(1400×900) that the script starts and stops. The screen is captured with ImageMagick's ``import -window
root`` (Qt's own screen grab if ImageMagick is missing). Demo data: ``generate_demo(db, "small")`` in a
temporary data folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _screenshots_common import ROOT, WIDTH, capture, demo_window  # noqa: E402

VIEWS = ("sites", "network")
#: more views, made only when asked for by name
EXTRA_VIEWS = ("form",)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--view", choices=(*VIEWS, *EXTRA_VIEWS, "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--data-dir", type=Path, help="data folder to use (default: a new temporary one)")
    args = parser.parse_args(argv)

    with demo_window(args.data_dir) as (app, window, db):
        panel = window.station_panel
        assert panel is not None
        args.out.mkdir(parents=True, exist_ok=True)
        views = VIEWS if args.view == "all" else (args.view,)
        if "sites" in views:
            panel.tabs.setCurrentWidget(panel.sites_view)
            panel.sites_view.table.selectRow(2)
            capture(app, window, args.out / "screenshot-sites.png")
        if "network" in views:
            panel.tabs.setCurrentWidget(panel.network_view)
            streets = panel.network_view.street
            streets.setCurrentIndex(1)  # the first street, every level open
            capture(app, window, args.out / "screenshot-network.png")
        if "form" in views:
            from coordinator_app.ui.stations.site_form import TAB_DETAILS, SiteForm

            panel.tabs.setCurrentWidget(panel.sites_view)
            panel.sites_view.table.selectRow(0)
            form = SiteForm(db, panel.sites_view.selected_id(), window, tab=TAB_DETAILS)
            form.show()
            form.move(window.x() + (WIDTH - form.width()) // 2, window.y() + 80)
            capture(app, window, args.out / "screenshot-site-form.png")
            form.tabs.setCurrentIndex(2)
            capture(app, window, args.out / "screenshot-site-form-party.png")
            form.hide()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
