"""How long the command line takes to answer before it does any work.

    python benchmarks/bench_startup.py [--runs 10]

Times `minutes-app --version` and `--help` as whole processes against a bare
`python -c pass` (budget: each ≤ 0.1 s). The command line must not import SQLAlchemy,
Qt or python-docx before it knows what it was asked to do.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.1


def timed(args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times, and the child's CPU time (user + system), of each run."""
    times, cpus = [], []
    for run in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        took = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if run:  # the first run only writes the bytecode
            times.append(took)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "minutes-app --version": [sys.executable, "-m", "minutes_app", "--version"],
        "minutes-app --help": [sys.executable, "-m", "minutes_app", "--help"],
    }
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    floor = None
    for name, args in cases.items():
        times, cpus = timed(args, runs)
        median, cpu = statistics.median(times), statistics.median(cpus)
        floor = floor or median
        verdict = "" if name.startswith("python") else ("OK" if median <= BUDGET else "OVER")
        print(
            f"{name:<24} median {median * 1000:6.0f} ms  (+{(median - floor) * 1000:4.0f} ms "
            f"over bare Python)  cpu {cpu * 1000:4.0f} ms  {verdict}"
        )
    heavy = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "minutes_app", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    loaded = [m for m in ("sqlalchemy", "PySide6", "docx", "openpyxl") if f" {m}\n" in heavy]
    print("heavy modules loaded by --version:", ", ".join(loaded) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
