"""Screenshots of Excel import and export, with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_exchange.py [--out DIR]

Writes screenshot-import-preview.png (the import dialog over the committed LibreOffice fixture of units:
columns recognised under the title rows, every row's verdict) and screenshot-export-options.png (the
co-building units list with its 导入…/导出…/模板… buttons and the export choices)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from make_screenshots import HEIGHT, WIDTH, capture, start_xvfb  # noqa: E402


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
        from coordinator_app.ui.exchange.actions import ExportOptions
        from coordinator_app.ui.i18n import install_translators
        from coordinator_app.ui.main_window import MainWindow

        app = QApplication([sys.argv[0]])
        install_translators(app, "zh_CN")
        config = resolve_config(data_dir=Path(tempfile.mkdtemp(prefix="coordinator-shots-")),
                                settings=Settings(user_name="党建办"))
        db = open_database(config)
        generate_demo(db, "small")
        window = MainWindow(db, config)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        window.nav.setCurrentRow(1)
        view = window.units_panel.units_view
        args.out.mkdir(parents=True, exist_ok=True)

        dialog = view.exchange.import_file(str(ROOT / "tests" / "exchange" / "fixtures" / "units_libreoffice.xlsx"))
        dialog.setGeometry(60, 60, WIDTH - 120, HEIGHT - 140)
        capture(app, window, args.out / "screenshot-import-preview.png")
        dialog.close()

        options = ExportOptions(True, True, window)
        options.show()
        options.move(WIDTH // 2 - options.width() // 2, HEIGHT // 2 - options.height() // 2)
        capture(app, window, args.out / "screenshot-export-options.png")
        options.close()
        window.close()
        db.dispose()
    finally:
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
