"""Time the 名录 (registry) area on 2,000 units and 3,000 people.

    python benchmarks/bench_registry.py [--years 10] [--repeat 5] [--keep]

benchmarks/generate_archive.py builds the archive (its unit and people counts raised
to 2,000 and 3,000; ten years of meetings whose decisions grant and revoke roles,
appoint and dismiss, set up committees, adopt documents). It is imported into a fresh
database, then, in one process with Qt offscreen:

    each view filled     query + table model + a paint, per tab      budget 300 ms
    as-of change         the 截至 date moved, every tab re-picked       budget 100 ms
    search keystroke     one more character in the units search        (reported)
    member import        a 2,000-row .xlsx read, previewed, written     budget 3 s
                         (and the same as .csv)

The median of --repeat runs is held against the budget. The exit status is 0 even
when a budget is exceeded: a benchmark reports, it does not fail a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNITS, PEOPLE = 2000, 3000
BUDGET_VIEW, BUDGET_AS_OF, BUDGET_IMPORT = 0.300, 0.100, 3.0


def generate_archive(path: Path, years: int) -> dict[str, int]:
    spec = importlib.util.spec_from_file_location("generate_archive", HERE / "generate_archive.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    sys.modules["generate_archive"] = gen
    spec.loader.exec_module(gen)
    gen.N_UNITS, gen.N_PEOPLE = UNITS, PEOPLE
    archive, _ = gen.generate(years, 1)
    path.write_text(json.dumps(archive, ensure_ascii=False), encoding="utf-8")
    return dict(gen.summary(archive))


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def report(name: str, seconds: float, budget: float | None) -> None:
    verdict = "" if budget is None else ("OK" if seconds <= budget else "OVER")
    limit = f"≤ {budget * 1000:.0f} ms" if budget is not None and budget < 1 else (
        f"≤ {budget:.1f} s" if budget is not None else "")  # fmt: skip
    shown = f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.2f} s "
    print(f"  {name:<34} {shown}  {limit:<10} {verdict}")


def member_rows(count: int, start: int) -> list[list[Any]]:
    from minutes_app.domain.credit_code import check_character

    rows: list[list[Any]] = [["序号", "单位名称", "统一社会信用代码", "会员类别", "联系人",
                              "联系电话", "入会日期"]]  # fmt: skip
    tiers = ["会员单位", "理事单位", "", "常务理事单位"]
    for n in range(count):
        body = f"9212010{start + n:010d}"
        name = f"天津基准{start + n:06d}工程咨询有限公司"
        rows.append([n + 1, name, body + check_character(body), tiers[n % 4], f"联系人{n}",
                     f"022-{n:08d}", "2024-06-01"])  # fmt: skip
    return rows


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    import csv

    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def bench_views(db_path: Path, repeat: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.services import registry, registry_bodies
    from minutes_app.store.database import open_database
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.registry.area import RegistryArea

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    folder = Path(tempfile.mkdtemp())
    ctx = AppContext(db, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    area = RegistryArea(ctx)
    area.resize(1366, 768)
    area.show()
    day = dt.date(2024, 6, 30)
    area.set_day(day)
    app.processEvents()
    print(f"registry: {len(registry.load_units(db))} units, {len(registry.load_people(db))} people")

    def shown(tab: Any, fill: Callable[[], None]) -> Callable[[], None]:
        def work() -> None:
            area.tabs.setCurrentWidget(tab)
            fill()
            tab.repaint()  # the table painted, not just filled
            app.processEvents()

        return work

    terms = registry_bodies.load_terms(db)
    views = {
        "units view filled": shown(area.units,
                                   lambda: area.units.load(registry.load_units(db), day)),
        "people view filled": shown(area.people,
                                    lambda: area.people.load(registry.load_people(db), day)),
        "bodies view filled": shown(area.bodies, lambda: area.bodies.load(
            registry_bodies.load_bodies(db), terms, registry_bodies.term_on(terms, day))),
        "committees view filled": shown(area.committees, lambda: area.committees.load(
            registry_bodies.load_committees(db), day)),
        "documents view filled": shown(area.documents, lambda: area.documents.load(
            registry_bodies.documents(db), day)),
    }  # fmt: skip
    for name, work in views.items():
        report(name, timed(work, repeat)[0], BUDGET_VIEW)
    report("whole area reloaded", timed(area.reload, repeat)[0], None)

    area.tabs.setCurrentWidget(area.units)
    days = iter([dt.date(2016 + i % 9, 1 + i % 12, 1 + i % 28) for i in range(1000)])

    def move() -> None:
        area.set_day(next(days))
        area.units.repaint()
        app.processEvents()

    report("as-of change (all tabs)", timed(move, repeat)[0], BUDGET_AS_OF)

    def keystroke() -> None:
        area.units.search.setText("")
        area.units.search.setText("天")
        area.units.search.setText("天津")
        app.processEvents()

    report("search: two keystrokes", timed(keystroke, repeat)[0], None)
    area.close()
    area.deleteLater()
    app.processEvents()
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def bench_import(db_path: Path, folder: Path, repeat: int) -> None:
    from minutes_app.services import registry_import
    from minutes_app.store.database import open_database

    db = open_database(db_path)
    for kind, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
        times = []
        for run in range(repeat):
            rows = member_rows(2000, 100_000 * (run + 1) + (0 if kind == "xlsx" else 50_000))
            path = writer(folder / f"members-{kind}-{run}.{kind}", rows)
            began = time.perf_counter()
            result = registry_import.import_member_file(db, path)
            times.append(time.perf_counter() - began)
            assert result.added == 2000
        report(f"2,000-row member import (.{kind})", statistics.median(times), BUDGET_IMPORT)
    out = folder / "members-out.xlsx"
    seconds, count = timed(lambda: registry_import.export_members(db, out, dt.date.today()), 3)
    report(f"member list export ({count} units)", seconds, None)
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--years", type=int, default=10, help="years of meetings (default 10)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-registry-"))
    try:
        archive = folder / "archive.json"
        began = time.perf_counter()
        counts = generate_archive(archive, args.years)
        print(f"archive generated in {time.perf_counter() - began:.1f} s: "
              + ", ".join(f"{k} {v}" for k, v in counts.items()))  # fmt: skip
        from minutes_app.services.archive import import_archive
        from minutes_app.store.database import open_database

        db_path = folder / "registry.db"
        db = open_database(db_path)
        began = time.perf_counter()
        import_archive(db, archive)
        db.dispose()
        print(f"imported in {time.perf_counter() - began:.1f} s")
        print(f"median of {args.repeat} runs:")
        bench_views(db_path, args.repeat)
        bench_import(db_path, folder, max(1, min(args.repeat, 3)))
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
