"""Shared by the benchmark scripts: the district-scale demo database and small statistics helpers.

The database is generated once (``coordinator-cli demo --scale district``) into
``$COORDINATOR_BENCH_DIR`` (default: the system temp folder) and reused by every benchmark."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def bench_dir() -> Path:
    return Path(os.environ.get("COORDINATOR_BENCH_DIR", Path(tempfile.gettempdir()) / "coordinator-bench"))


def district_data_dir() -> Path:
    """A data folder holding the district-scale demo database (generated on first use)."""
    folder = bench_dir() / "district"
    marker = folder / "demo-complete"
    if not marker.exists():
        from coordinator_app.config import Settings, resolve_config
        from coordinator_app.core.database import open_database
        from coordinator_app.core.demo import generate_demo

        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        config = resolve_config(data_dir=folder, settings=Settings(user_name="benchmark"))
        db = open_database(config)
        started = time.perf_counter()
        generate_demo(db, "district")
        db.dispose()
        marker.write_text(json.dumps({"seconds": time.perf_counter() - started}), encoding="utf-8")
    return folder


def open_district():  # type: ignore[no-untyped-def]
    from coordinator_app.config import Settings, resolve_config
    from coordinator_app.core.database import open_database

    return open_database(resolve_config(data_dir=district_data_dir(), settings=Settings(user_name="benchmark")))


def timed_ms(fn, repeat: int = 7) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Run ``fn`` once to warm up, then ``repeat`` times; median and max in milliseconds."""
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(statistics.median(samples), 1), "max_ms": round(max(samples), 1)}


def report(name: str, figures: dict) -> None:  # type: ignore[type-arg]
    print(json.dumps({"benchmark": name, **figures}, ensure_ascii=False))
