"""Time a backup and the checks made when a database opens, on ten years of data.

    python benchmarks/bench_backup.py [--archive PATH] [--repeat 5] [--keep]

Without --archive it uses benchmarks/out/ten-years.json, generating it first when it is
missing (benchmarks/generate_archive.py). The archive is imported into a fresh database
with `python -m minutes_app --db X import`, the way a user does it. Then, in this process:

    backup          backup_file(): SQLite backup API into a temp file, integrity_check,
                    rename (what "Back up now", `minutes-app backup` and the daily backup do)
    open checks     what open_database() adds before the window can use the file:
                    quick_check, the schema revision read-only, the read-only and
                    synced-folder checks, and the "is a migration due" look
    open, total     open_database() itself, for comparison with a bare engine connect
    restore         restore_into(): the backup API copy back into a closed database

Budgets (the product's promises): backup ≤ 2 s, open checks ≤ 150 ms. The median is held
against the budget. The exit status is 0 even when over budget; non-zero on failure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))

from minutes_app.store import migrate  # noqa: E402
from minutes_app.store.backup import backup_file, restore_into  # noqa: E402
from minutes_app.store.database import (  # noqa: E402
    _file_revision,
    make_engine,
    open_database,
    quick_check,
)
from minutes_app.store.location import location_warning, read_only_reason  # noqa: E402

BUDGETS = {"backup": 2.0, "open checks": 0.150}


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def ensure_archive(path: Path | None) -> Path:
    if path is not None:
        return path.resolve()
    archive = OUT / "ten-years.json"
    if not archive.is_file():
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"generating {archive.relative_to(ROOT)} …", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate_archive.py"), str(archive)], check=True, cwd=ROOT
        )
    return archive


def import_into(db: Path, archive: Path) -> None:
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(db), "import", str(archive)],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"import failed: {result.stderr.strip()}")
    print(f"imported in {time.perf_counter() - began:.1f} s: {result.stdout.strip()}")


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        runs.append(time.perf_counter() - began)
    return runs


def open_checks(db: Path) -> None:
    """What open_database() adds to opening an existing, up-to-date file."""
    read_only_reason(db)
    location_warning(db)
    uri = quick_check(db)
    _file_revision(db, uri)
    migrate.head_revision()
    migrate.known_revisions()


def bare_open(db: Path) -> None:
    engine = make_engine(db)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    engine.dispose()


def full_open(db: Path) -> None:
    database = open_database(db)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    database.dispose()


def report(name: str, runs: list[float]) -> bool:
    median = statistics.median(runs)
    budget = BUDGETS.get(name)
    verdict = "" if budget is None else ("OK" if median <= budget else "OVER")
    limit = "-" if budget is None else f"{budget * 1000:.0f}"
    print(
        f"{name:<14} best {min(runs) * 1000:8.1f} ms  median {median * 1000:8.1f} ms"
        f"  budget {limit:>5} ms  {verdict}"
    )
    return verdict != "OVER"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the database in benchmarks/out")
    args = parser.parse_args(argv)
    archive = ensure_archive(args.archive)
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=OUT if args.keep else None))
    db = folder / "ten-years.db"
    import_into(db, archive)
    print(f"database: {db.stat().st_size / 1e6:.1f} MB; python {sys.version.split()[0]}")
    full_open(db)  # warm the file cache and Alembic's script directory, as a second start
    copy = folder / "backup.db"
    results = {
        "backup": timed(lambda: backup_file(db, copy), args.repeat),
        "open checks": timed(lambda: open_checks(db), args.repeat),
        "bare connect": timed(lambda: bare_open(db), args.repeat),
        "open, total": timed(lambda: full_open(db), args.repeat),
        "restore": timed(lambda: restore_into(copy, db), args.repeat),
    }
    print()
    within = [report(name, runs) for name, runs in results.items()]
    added = statistics.median(results["open, total"]) - statistics.median(results["bare connect"])
    print(f"open_database() adds {added * 1000:.1f} ms to a bare connect (median)")
    if not args.keep:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    else:
        print(f"kept {folder}")
    if not all(within):
        print("over budget (reported, not failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
