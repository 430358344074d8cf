"""Run every benchmark on generated district-scale data and print one JSON line per benchmark.

    python benchmarks/run_all.py            # all
    python benchmarks/run_all.py filter     # some
"""

from __future__ import annotations

import sys

import bench_councils
import bench_demo
import bench_excel
import bench_filter
import bench_print
import bench_startup
import bench_units

BENCHMARKS = {"demo": bench_demo.main, "filter": bench_filter.main, "startup": bench_startup.main}
BENCHMARKS["councils"] = bench_councils.main
BENCHMARKS["units"] = bench_units.main
BENCHMARKS["print"] = bench_print.main
BENCHMARKS["excel"] = bench_excel.main

if __name__ == "__main__":
    for name in sys.argv[1:] or list(BENCHMARKS):
        BENCHMARKS[name]()
