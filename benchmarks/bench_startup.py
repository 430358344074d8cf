"""Time from process start to the main window shown, beside a bare PySide6 window in the same run.

Target: the app's window shown in at most 2x the bare window's time. Also reports when the district
database's data is on screen and the peak resident memory (target <= 300 MB)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, district_data_dir, report

HERE = Path(__file__).parent


def start(mode: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, str(HERE / "_start_window.py"), mode, *args], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(runs: int = 7) -> None:
    data_dir = str(district_data_dir())
    start("app", data_dir)  # warm the file cache once
    bare, app = [], []
    for _ in range(runs):  # interleaved, so that machine load affects both alike
        bare.append(start("bare"))
        app.append(start("app", data_dir))
    bare_shown = statistics.median(r["shown_s"] for r in bare)
    app_shown = statistics.median(r["shown_s"] for r in app)
    report("startup", {
        "bare_window_shown_ms": round(bare_shown * 1000),
        "app_window_shown_ms": round(app_shown * 1000),
        "ratio": round(app_shown / bare_shown, 2),
        "app_data_on_screen_ms": round(statistics.median(r["data_shown_s"] for r in app) * 1000),
        "app_peak_rss_mb": round(max(r["max_rss_mb"] for r in app)),
        "bare_peak_rss_mb": round(max(r["max_rss_mb"] for r in bare)),
        "runs": runs,
    })


if __name__ == "__main__":
    main()
