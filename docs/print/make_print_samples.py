"""Render every document kind from the district demo data to docs/print/*.png (pdftoppm -png -r 80).

    python docs/print/make_print_samples.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "benchmarks"))

from _common import open_district  # noqa: E402

from coordinator_app.core.services import agreements, geography, meetings  # noqa: E402
from coordinator_app.printing import kinds  # noqa: E402
from coordinator_app.printing.fonts import font_set  # noqa: E402


def main() -> None:
    db = open_district()
    fonts = font_set(Path(tempfile.mkdtemp()))
    street = geography.list_streets(db)[0].id
    start = date.today() + timedelta(days=3)
    jobs = {
        "reception-notice": ("reception-notice", street, kinds.Options(start=start, end=start + timedelta(days=6))),
        "site-directory": ("site-directory", street, kinds.Options()),
        "unit-roster": ("unit-roster", street, kinds.Options()),
        "unit-agreement": ("unit-agreement", agreements.list_agreements(db, limit=1)[0].id, kinds.Options()),
    }
    held = meetings.list_meetings(db, meetings.MeetingFilter(status="minutes_approved"), limit=1)[0]
    for kind in ("meeting-notice", "meeting-agenda", "meeting-sign-in", "meeting-minutes", "meeting-resolution",
                 "meeting-packet"):
        jobs[kind] = (kind, held.id, kinds.Options())
    for old in HERE.glob("*.png"):
        old.unlink()
    for name, (kind, target, options) in jobs.items():
        _doc, pdf = kinds.build_pdf(db, kind, target, fonts, options)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-png", "-r", "80", str(path), str(HERE / name)], check=True)
    db.dispose()


if __name__ == "__main__":
    main()
