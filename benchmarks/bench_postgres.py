"""The shared database on PostgreSQL against SQLite, in the same run (issue budgets).

    python benchmarks/bench_postgres.py [--archive PATH] [--repeat 3]

- import: the ten-year archive into a fresh database, SQLite file vs PostgreSQL
  (budget: PostgreSQL ≤ 3 × SQLite);
- save: one meeting save round trip over loopback (services.meeting_store.save_meeting
  of the largest meeting not yet approved, read back; budget ≤ 100 ms on PostgreSQL), median of 20;
  wall and CPU; beside it the floor (one row updated and committed: the disk's flush),
  the statements one save runs and its round trips to the server (reads sent
  together in a pipeline are one);
- export: the archive export of both, which must be byte for byte the same.

It starts a throw-away cluster (tests/pg.py) with fsync and synchronous commit ON, as
a real server runs, on 127.0.0.1 (as root through runuser). The SQLite side
runs with the app's settings (WAL, synchronous=FULL). Reports; never fails on a budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))
import tenyears  # noqa: E402  (the ten-year data, beside this script)

OUT = ROOT / "benchmarks" / "out"
IMPORT_RATIO = 3.0
SAVE_BUDGET_MS = 100.0
# The floor's write: one row, in a column no search trigger watches (renaming the
# organisation would re-index every meeting without a title of its own).
ONE_ROW = "UPDATE meetings SET version = version WHERE id = (SELECT min(id) FROM meetings)"


def ensure_archive(path: Path | None) -> Path:
    return tenyears.ensure_archive(path)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def time_import(make_target: Callable[[], str], archive: Path, repeat: int) -> list[float]:
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    times = []
    for _ in range(repeat):
        db = open_database(make_target())
        try:
            times.append(timed(lambda db=db: import_archive(db, archive)))
        finally:
            db.dispose()
    return times


def biggest_open_meeting(target: str) -> str:
    """The meeting not yet approved with the most agenda items (saves are refused on
    approved minutes)."""
    from sqlalchemy import func, select

    from minutes_app.store.database import open_database
    from minutes_app.store.models import AgendaItem, Meeting

    db = open_database(target)
    try:
        with db.reading() as s:
            stmt = (
                select(Meeting.key)
                .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                .where(Meeting.status != "approved")
                .group_by(Meeting.id, Meeting.key)
                .order_by(func.count().desc(), Meeting.id)
                .limit(1)
            )
            return str(s.scalar(stmt))
    finally:
        db.dispose()


def time_saves(target: str, meeting: str, runs: int = 20) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each save (this process's CPU: the server's is not in it)."""
    from minutes_app.services.meeting_store import get_meeting, save_meeting
    from minutes_app.store.database import open_database

    db = open_database(target)
    try:
        walls, cpus = [], []
        for n in range(runs + 1):
            doc = get_meeting(db, meeting)
            doc.location = f"第{n}会议室"
            cpu = time.process_time()
            took = timed(lambda doc=doc: save_meeting(db, doc))
            if n:  # the first warms the caches
                walls.append(took)
                cpus.append(time.process_time() - cpu)
        return walls, cpus
    finally:
        db.dispose()


def time_floor(target: str, runs: int = 20) -> list[float]:
    """The least a save can cost: one transaction that updates one row and commits
    (the disk's flush dominates it on a loaded machine)."""
    from sqlalchemy import text

    from minutes_app.store.database import open_database

    db = open_database(target)
    try:
        times = []
        for n in range(runs + 1):

            def write() -> None:
                with db.transaction() as s:  # a column no search trigger watches
                    s.execute(text(ONE_ROW))

            took = timed(write)
            times.append(took) if n else None
        return times
    finally:
        db.dispose()


def statements_per_save(target: str, meeting: str) -> tuple[int, int]:
    """Statements of one save (an SQLAlchemy listener; reads sent together in a pipeline
    are dispatched to it too) and its round trips: the times the driver sent something
    and then waited to read the answer (BEGIN, COMMIT and the connection check count)."""
    from sqlalchemy import event

    from minutes_app.services.meeting_store import get_meeting, save_meeting
    from minutes_app.store.database import open_database

    db = open_database(target)
    count = [0]

    def counted(*_args: object) -> None:
        count[0] += 1

    try:
        doc = get_meeting(db, meeting)
        doc.location = "计数会议室"
        event.listen(db.engine, "before_cursor_execute", counted)
        with RoundTrips() as trips:
            save_meeting(db, doc)
        return count[0], trips.count
    finally:
        db.dispose()


class RoundTrips:
    """Counts psycopg's waits for the server's answer: each wait to read that follows a
    send is one round trip, however many statements went in it."""

    def __init__(self) -> None:
        self.count = 0

    def __enter__(self) -> RoundTrips:
        import psycopg

        self.original = original = psycopg.Connection.wait
        counter = self

        def wait(conn: Any, gen: Any, *args: Any, **kwargs: Any) -> Any:
            return original(conn, counter.counted(gen), *args, **kwargs)

        psycopg.Connection.wait = wait  # type: ignore[method-assign, assignment]
        return self

    def __exit__(self, *_exc: object) -> None:
        import psycopg

        psycopg.Connection.wait = self.original  # type: ignore[method-assign]

    def counted(self, gen: Any) -> Any:
        from psycopg.waiting import Wait

        last = None
        try:
            state = next(gen)
            while True:
                if state == Wait.R and last != Wait.R:
                    self.count += 1
                last = state
                state = gen.send((yield state))
        except StopIteration as stop:
            return stop.value


def export_bytes(target: str, out: Path) -> bytes:
    from minutes_app.services.archive import export_archive
    from minutes_app.store.database import open_database

    db = open_database(target)
    try:
        export_archive(db, out, as_of=dt.date(2025, 1, 1))
    finally:
        db.dispose()
    return out.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    archive = ensure_archive(args.archive)
    work = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    from tests.pg import remove_cluster, start_cluster

    cluster = start_cluster(durable=True)
    if isinstance(cluster, str):
        print(f"no PostgreSQL: {cluster}", file=sys.stderr)
        return 1
    try:
        files = (str(work / f"s{n}.db") for n in range(1000))
        sqlite_times, pg_times = [], []
        for _ in range(args.repeat):  # interleaved: both see the same machine load
            sqlite_times += time_import(lambda: next(files), archive, 1)
            pg_times += time_import(lambda: cluster.url(cluster.new_database()), archive, 1)
        last_sqlite = str(work / f"s{args.repeat - 1}.db")
        last_pg = cluster.url(f"t_{os.getpid()}_{args.repeat}")
        same = export_bytes(last_pg, work / "pg.json") == export_bytes(last_sqlite, work / "s.json")
        meeting = biggest_open_meeting(last_sqlite)
        saves_pg, cpu_pg = time_saves(last_pg, meeting)
        saves_sqlite, cpu_sqlite = time_saves(last_sqlite, meeting)
        floor_pg = statistics.median(time_floor(last_pg)) * 1000
        floor_sqlite = statistics.median(time_floor(last_sqlite)) * 1000
        statements, trips = statements_per_save(last_pg, meeting)
    finally:
        remove_cluster(cluster)
    s, p = statistics.median(sqlite_times), statistics.median(pg_times)
    ratio = p / s
    save_pg = statistics.median(saves_pg) * 1000
    save_sqlite = statistics.median(saves_sqlite) * 1000
    import_ok = "OK" if ratio <= IMPORT_RATIO else "OVER"
    save_ok = "OK" if save_pg <= SAVE_BUDGET_MS else "OVER"
    print(
        f"import  SQLite {s:6.2f} s   PostgreSQL {p:6.2f} s   ratio {ratio:4.2f} "
        f"(budget ≤ {IMPORT_RATIO:.0f}×) {import_ok}"
    )
    print(
        f"save    SQLite {save_sqlite:6.1f} ms  PostgreSQL {save_pg:6.1f} ms "
        f"(budget ≤ {SAVE_BUDGET_MS:.0f} ms) {save_ok}   [{meeting}]"
    )
    print(
        f"  cpu   SQLite {statistics.median(cpu_sqlite) * 1000:6.1f} ms  PostgreSQL "
        f"{statistics.median(cpu_pg) * 1000:6.1f} ms (this process: the server's is not in it)"
    )
    print(
        f"floor   SQLite {floor_sqlite:6.1f} ms  PostgreSQL {floor_pg:6.1f} ms "
        f"(one row updated and committed)"
    )
    print(f"one save on PostgreSQL: {statements} statements, {trips} round trips")
    print(f"load    {os.getloadavg()[0]:.1f} (1-minute average, {os.cpu_count()} CPUs)")
    print(f"export  byte-identical: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
