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

With --db (the ten-year database of generate_archive.py: benchmarks/out/base.db) it
also times the papers as the window and the command line export them, read from the
tables through services.documents, for the earliest and the latest meeting (or each
--meeting KEY) on a copy of the database (the file given is never written):

    read KEY                           what the papers of one meeting are written from
    record KEY                         its 会议记录 read and written  budget ≤ 1 s
    register BODY YEAR                 the 决议汇编 of the earliest meeting's body and
                                       year, read and written         budget ≤ 2 s
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

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
from minutes_app.services import documents  # noqa: E402
from minutes_app.store.database import Database, open_database  # noqa: E402
from minutes_app.store.models import Body, Meeting  # noqa: E402


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


Case = tuple[str, float | None, Callable[[], object]]


def _db_cases(db_file: Path, keys: list[str], out: Path) -> list[Case]:
    """The papers of meetings of a copy of `db_file`, through the service."""
    copy = out / "bench-docx.db"
    shutil.copyfile(db_file, copy)
    db = open_database(copy)
    with db.reading() as session:
        by_start = select(Meeting.key, Body.key, Meeting.start).join(Body).order_by(Meeting.start)
        meetings = session.execute(by_start).all()
    _, body, start = meetings[0]
    cases: list[Case] = []
    for key in keys or [meetings[0][0], meetings[-1][0]]:
        cases += [
            (f"read {key}", None, functools.partial(documents.meeting_papers, db, key)),
            (f"record {key}", 1.0, functools.partial(_record, db, key, out)),
        ]
    register = functools.partial(
        documents.export_register, db, body, start.year, out / "register-db.docx"
    )
    return [*cases, (f"register {body} {start.year}", 2.0, register)]


def _record(db: Database, key: str, out: Path) -> object:
    return documents.export_meeting(db, key, "record", out / f"record-{key}.docx")


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
    parser.add_argument("--db", type=Path, help="also time the papers of this database's meetings")
    parser.add_argument("--meeting", action="append", default=[], help="with --db: this meeting")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = ROOT / "benchmarks" / "out" / "docx" if args.keep else Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        print(f"{'case':<28} {'runs':>4} {'best s':>7} {'median s':>9} {'budget s':>9}")
        cases: list[Case] = list(_cases(out))
        if args.db:
            cases += _db_cases(args.db, args.meeting, Path(scratch))
        for name, budget, work in cases:
            try:
                times = _time(work, args.repeat)
            except Exception as error:  # a failing writer fails the benchmark
                print(f"{name}: FAILED: {error!r}")
                return 1
            print(_row(name, times, budget))
    return 0


def _row(name: str, times: list[float], budget: float | None) -> str:
    median = statistics.median(times)
    row = f"{name:<28} {len(times):>4} {min(times):>7.3f} {median:>9.3f}"
    if budget is None:
        return f"{row} {'-':>9}"
    return f"{row} {budget:>9.1f}  {'OK' if median <= budget else 'OVER'}"


if __name__ == "__main__":
    raise SystemExit(main())
