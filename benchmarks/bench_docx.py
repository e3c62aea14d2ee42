"""Time the Word writers against their budgets, on archives built in memory.

    python benchmarks/bench_docx.py [--repeat 5] [--keep]

Cases (the budgets are the product's promises, held against the median):

    jiyao / record / signin / agenda   one meeting with 30 agenda items, 60 decisions
                                       and 100 action items          budget ≤ 1 s each
    register                           a 决议汇编 of one year with 300
                                       resolutions                    budget ≤ 2 s

Archives come from minutes_app.io.archive.sample (no database, no files read). Output
goes to a temporary folder (benchmarks/out/docx with --keep). Like the other
benchmarks it reports and exits 0 when a budget is exceeded; it exits 1 when a
writer fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.io.archive.papers_codec import paper_source_from_json  # noqa: E402
from minutes_app.io.archive.sample import large_archive, register_archive  # noqa: E402
from minutes_app.io.docx import (  # noqa: E402
    write_agenda,
    write_jiyao,
    write_record,
    write_register,
    write_signin,
)


def _cases(out: Path) -> list[tuple[str, float, Callable[[], object]]]:
    meeting = paper_source_from_json(large_archive(items=30, decisions=60, actions=100))
    year = paper_source_from_json(register_archive(resolutions=300))
    return [
        ("jiyao 30/60/100", 1.0, lambda: write_jiyao(meeting, "m-big", out / "jiyao.docx")),
        ("record 30/60/100", 1.0, lambda: write_record(meeting, "m-big", out / "record.docx")),
        ("signin", 1.0, lambda: write_signin(meeting, "m-big", out / "signin.docx")),
        ("agenda 30 items", 1.0, lambda: write_agenda(meeting, "m-big", out / "agenda.docx")),
        (
            "register 300",
            2.0,
            lambda: write_register(year, "b-presidents", 2024, out / "register.docx"),
        ),
    ]


def _time(work: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep output in benchmarks/out/docx")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = ROOT / "benchmarks" / "out" / "docx" if args.keep else Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        print(f"{'case':<18} {'runs':>4} {'best s':>7} {'median s':>9} {'budget s':>9}")
        for name, budget, work in _cases(out):
            try:
                times = _time(work, args.repeat)
            except Exception as error:  # a failing writer fails the benchmark
                print(f"{name}: FAILED: {error!r}")
                return 1
            median = statistics.median(times)
            verdict = "OK" if median <= budget else "OVER"
            row = f"{name:<18} {len(times):>4} {min(times):>7.3f} {median:>9.3f}"
            print(f"{row} {budget:>9.1f}  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
