"""Screenshots of printing and of the settings, with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_printing.py [--out DIR]

Writes screenshot-print-preview.png (打印… on the Sites tab: the 阵地一览表 of the first street, built in the
background and shown in the preview over the list) and screenshot-settings.png (the settings dialog with the
font that serves each role of the printed documents)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from make_screenshots import HEIGHT, WIDTH, capture, settle, start_xvfb  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    xvfb = start_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["COORDINATOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="coordinator-shots-config-")
    try:
        from PySide6.QtWidgets import QApplication

        from coordinator_app.config import Settings, resolve_config
        from coordinator_app.core.database import open_database
        from coordinator_app.core.demo import generate_demo
        from coordinator_app.ui.dialogs.settings_dialog import SettingsDialog
        from coordinator_app.ui.i18n import install_translators
        from coordinator_app.ui.main_window import MainWindow
        from coordinator_app.ui.printing.preview_dialog import PreviewDialog

        app = QApplication([sys.argv[0]])
        install_translators(app, "zh_CN")
        config = resolve_config(data_dir=Path(tempfile.mkdtemp(prefix="coordinator-shots-")),
                                settings=Settings(user_name="党建办"))
        db = open_database(config)
        generate_demo(db, "small")
        window = MainWindow(db, config)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
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
        window.close()
        db.dispose()
    finally:
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
