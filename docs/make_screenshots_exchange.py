"""Screenshots of Excel import and export, with demo data, in Chinese, on a real X display.

    python docs/make_screenshots_exchange.py [--out DIR]

Writes screenshot-import-preview.png (the import dialog over the committed LibreOffice fixture of units:
columns recognised under the title rows, every row's verdict) and screenshot-export-options.png (the
co-building units list with its 导入…/导出…/模板… buttons and the export choices)."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _screenshots_common import HEIGHT, WIDTH, capture, demo_window  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    with demo_window() as (app, window, db):
        from coordinator_app.ui.exchange.actions import ExportOptions

        window.nav.setCurrentRow(1)
        view = window.units_panel.units_view
        args.out.mkdir(parents=True, exist_ok=True)

        # the fixture under the name a coordinator's file would have, in a folder of its own (the dialog shows the path)
        folder = Path(tempfile.mkdtemp(prefix="导入示例-"))
        sample = folder / "越秀区北京街共建单位名册.xlsx"
        shutil.copyfile(ROOT / "tests" / "exchange" / "fixtures" / "units_libreoffice.xlsx", sample)
        dialog = view.exchange.import_file(str(sample))
        dialog.setGeometry(60, 60, WIDTH - 120, HEIGHT - 140)
        capture(app, window, args.out / "screenshot-import-preview.png")
        dialog.close()

        options = ExportOptions(True, True, window)
        options.show()
        options.move(WIDTH // 2 - options.width() // 2, HEIGHT // 2 - options.height() // 2)
        capture(app, window, args.out / "screenshot-export-options.png")
        options.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
