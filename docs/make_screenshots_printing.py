"""Screenshots of printing and of the settings, with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_printing.py [--out DIR]

Writes screenshot-print-preview.png (打印… on the Sites tab: the 阵地一览表 of the first street, built in the
background and shown in the preview over the list) and screenshot-settings.png (the settings dialog with the
font that serves each role of the printed documents)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _screenshots_common import HEIGHT, WIDTH, capture, demo_window, settle  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    with demo_window() as (app, window, db):
        from coordinator_app.config import Settings
        from coordinator_app.ui.dialogs.settings_dialog import SettingsDialog
        from coordinator_app.ui.printing.preview_dialog import PreviewDialog

        panel = window.station_panel
        assert panel is not None
        panel.tabs.setCurrentWidget(panel.sites_view)
        view = panel.sites_view
        view.location.street.setCurrentIndex(1)  # the first street
        settle(app)
        view.table.selectRow(0)
        args.out.mkdir(parents=True, exist_ok=True)

        options = view.print_directory()
        settle(app, 0.3)
        options.accept()
        deadline = time.monotonic() + 30
        preview = None
        while preview is None and time.monotonic() < deadline:
            settle(app, 0.2)
            preview = window.findChild(PreviewDialog)
        if preview is None:
            raise SystemExit("the preview did not open")
        preview.setGeometry(WIDTH // 2 - 430, 40, 860, HEIGHT - 80)
        preview.fit_width()
        capture(app, window, args.out / "screenshot-print-preview.png")
        preview.close()

        settings = SettingsDialog(Settings(user_name="党建办"), window)
        settings.show()
        settings.move(WIDTH // 2 - settings.width() // 2, max(20, HEIGHT // 2 - settings.height() // 2))
        capture(app, window, args.out / "screenshot-settings.png")
        settings.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
