"""The archive import against its floor: plain sqlite3 writing the same rows.

    python benchmarks/bench_import.py [--archive PATH] [--repeat 3]

The floor is `sqlite3.executemany` of every row the import writes (the loader's own
rows, derived registry entries included, and the search index: its documents and the
two FTS5 tables, their tokens computed before the clock starts), into an empty database
of the same schema and pragmas, in one transaction. The ratio against the floor without
the search index is printed too. The import is `minutes-app import` in-process: read, check,
write, derive, fingerprint. Budget: import ≤ 4× the floor. Prints both and the ratio.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))
import tenyears  # noqa: E402  (the ten-year data, beside this script)

OUT = ROOT / "benchmarks" / "out"
BUDGET = 4.0


def ensure_archive(path: Path | None) -> Path:
    return tenyears.ensure_archive(path)


def fresh(folder: Path, name: str) -> Path:
    from minutes_app.store.database import open_database

    path = folder / name
    open_database(path).dispose()  # the schema, migrated, empty
    return path


CPU: list[float] = []  # process_time of each import, beside its wall time


def time_import(archive: Path, folder: Path, run: int) -> float:
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    db = open_database(fresh(folder, f"import-{run}.db"))
    began, cpu = time.perf_counter(), time.process_time()
    import_archive(db, archive)
    took = time.perf_counter() - began
    CPU.append(time.process_time() - cpu)
    db.dispose()
    return took


def every_row(archive: Path, folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """What the import wrote, table by table, read back from an imported database."""
    from minutes_app.store.rows import Rows

    con = sqlite3.connect(folder / "import-0.db")
    derived = ("unit_roles", "positions")  # they point at effects: written after them
    tables = [t for t in Rows.TABLES if t not in derived] + list(derived)
    rows = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    con.close()
    return rows


def search_rows(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """The search index the import wrote: documents, and what each FTS5 table indexes."""
    from minutes_app.store.search_index import gram_tokens

    con = sqlite3.connect(folder / "import-0.db")
    docs = con.execute("SELECT * FROM search_docs ORDER BY id").fetchall()
    folded = con.execute("SELECT id, folded FROM search_docs ORDER BY id").fetchall()
    con.close()
    return {
        "search_docs": docs,
        "search_trigrams(rowid, folded)": folded,
        "search_grams(rowid, grams)": [(i, gram_tokens(text)) for i, text in folded],
    }


FLOOR_CPU: list[float] = []
BARE_CPU: list[float] = []  # the floor's share without the search index


def time_floor(
    rows: dict[str, list[tuple[object, ...]]],
    search: dict[str, list[tuple[object, ...]]],
    folder: Path,
    run: int,
) -> tuple[float, float]:
    """Wall time of the whole floor, and of its part without the search index."""
    path = fresh(folder, f"floor-{run}.db")
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    began, cpu = time.perf_counter(), time.process_time()
    con.execute("BEGIN")
    for table, values in rows.items():
        if values:
            marks = ",".join("?" * len(values[0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    bare, bare_cpu = time.perf_counter() - began, time.process_time() - cpu
    for table, values in search.items():
        marks = ",".join("?" * len(values[0]))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    con.execute("COMMIT")
    took = time.perf_counter() - began
    FLOOR_CPU.append(time.process_time() - cpu)
    BARE_CPU.append(bare_cpu)
    con.close()
    return took, bare


def line(what: str, wall: float, cpu: float) -> None:
    print(f"{what + ':':<57} {wall:6.2f} s  cpu {cpu:6.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    archive = ensure_archive(args.archive)
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        imports = [time_import(archive, folder, run) for run in range(args.repeat)]
        rows = every_row(archive, folder)
        search = search_rows(folder)
        floors = [time_floor(rows, search, folder, run) for run in range(args.repeat)]
    count = sum(len(v) for v in rows.values())
    imp = statistics.median(imports)
    floor = statistics.median(f[0] for f in floors)
    bare = statistics.median(f[1] for f in floors)
    print(f"rows written: {count:,} and {len(search['search_docs']):,} search documents")
    cpu, floor_cpu = statistics.median(CPU), statistics.median(FLOOR_CPU)
    bare_cpu = statistics.median(BARE_CPU)
    line("import (read, check, write, derive, fingerprint, index)", imp, cpu)
    line("floor (sqlite3 executemany of the same rows and index)", floor, floor_cpu)
    line("  of which the rows without the search index", bare, bare_cpu)
    verdict = "OK" if imp <= BUDGET * floor else "OVER"
    ratios = f"{imp / floor:.1f}× wall, {cpu / floor_cpu:.1f}× cpu"
    print(f"ratio {ratios} (budget ≤ {BUDGET:.0f}×)  {verdict}")
    print(f"ratio against the rows alone: {imp / bare:.1f}× wall, {cpu / bare_cpu:.1f}× cpu")
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
