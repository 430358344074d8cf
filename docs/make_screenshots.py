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
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1400, 900
VIEWS = ("sites", "network")
#: more views, made only when asked for by name
EXTRA_VIEWS = ("form",)


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("No $DISPLAY and no Xvfb: install xvfb or run under a desktop session.")
    for number in range(99, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    process = subprocess.Popen([xvfb, f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = f":{number}"
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    return process


def settle(app, seconds: float = 0.6) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def capture(app, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    settle(app)
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(path)], check=True)
    else:
        window.screen().grabWindow(0).save(str(path))
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--view", choices=(*VIEWS, *EXTRA_VIEWS, "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--data-dir", type=Path, help="data folder to use (default: a new temporary one)")
    args = parser.parse_args(argv)

    xvfb = start_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["COORDINATOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="coordinator-shots-config-")
    sys.path.insert(0, str(ROOT))
    try:
        from PySide6.QtWidgets import QApplication

        from coordinator_app.config import Settings, resolve_config
        from coordinator_app.core.database import open_database
        from coordinator_app.core.demo import generate_demo
        from coordinator_app.core.services import records
        from coordinator_app.ui.i18n import install_translators
        from coordinator_app.ui.main_window import MainWindow

        app = QApplication([sys.argv[0]])
        install_translators(app, "zh_CN")
        data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="coordinator-shots-"))
        config = resolve_config(data_dir=data_dir, settings=Settings(user_name="党建办"))
        db = open_database(config)
        if records.database_is_empty(db):
            generate_demo(db, "small")
        window = MainWindow(db, config)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
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
        window.close()
        db.dispose()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
