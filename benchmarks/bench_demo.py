"""Demo data generation at district scale (>= 50,000 people, 1,000 sites, 20,000 receptions) into a new
database, with the peak memory of the process."""

from __future__ import annotations

import resource
import shutil
import time

from _common import bench_dir, report


def main() -> None:
    from coordinator_app.config import Settings, resolve_config
    from coordinator_app.core.database import open_database
    from coordinator_app.core.demo import generate_demo

    folder = bench_dir() / "demo-timing"
    shutil.rmtree(folder, ignore_errors=True)
    db = open_database(resolve_config(data_dir=folder, settings=Settings(user_name="benchmark")))
    started = time.perf_counter()
    summary = generate_demo(db, "district")
    seconds = time.perf_counter() - started
    db.dispose()
    size_mb = sum(p.stat().st_size for p in folder.glob("*.sqlite3*")) / 1e6
    report("demo", {"seconds": round(seconds, 1), "database_mb": round(size_mb, 1),
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                    "summary": str(summary)})
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
