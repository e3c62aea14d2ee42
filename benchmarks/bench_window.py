"""Window timings on the ten-year database (issue budgets, not tests).

    python benchmarks/bench_window.py [--db PATH]

- start: a fresh process to the meetings list shown with its rows (budget 1.0 s);
- open: a meeting with 14 agenda items opened in the editor (budget 200 ms);
- edit: one edit in the editor of a meeting not yet approved, saved and shown again
  (budget: the window never blocked for more than 50 ms).
Without --db it generates the archive and imports it into benchmarks/out/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))
import tenyears  # noqa: E402  (the ten-year data, beside this script)

OUT = ROOT / "benchmarks" / "out"
CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from minutes_app.app import make_app, settings
from minutes_app.store.database import open_database
from minutes_app.ui.context import AppContext
from minutes_app.ui.main_window import MainWindow
app = make_app([])
db = open_database(sys.argv[1])
window = MainWindow(AppContext(db, settings()))
window.show()
app.processEvents()
assert window.meetings.list.model.rowCount() > 400
print("shown", flush=True)
"""
# The floor: a bare PySide6 window with a table of as many rows, shown the same way.
BARE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
model = QStandardItemModel(500, 4)
for row in range(500):
    for column in range(4):
        model.setItem(row, column, QStandardItem(f"{row}-{column}"))
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def ensure_db(path: Path | None) -> Path:
    return tenyears.ensure_db(path, "window-bench.db")


def time_start(db: Path, runs: int = 5, child: str = CHILD) -> list[float]:
    times = []
    env = {**os.environ, "MINUTES_APP_HOME": str(OUT / "home")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    for run in range(runs + 1):
        began = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", child, str(db)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if run:  # the first run only writes the bytecode
            times.append(time.perf_counter() - began)
        proc.wait()
        assert line.strip() == "shown", line
    return times


def time_editor(db_path: Path) -> tuple[list[float], list[float]]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("MINUTES_APP_HOME", str(OUT / "home"))
    from minutes_app.app import make_app, settings
    from minutes_app.services import catalog
    from minutes_app.store.database import open_database
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.main_window import MainWindow

    app = make_app([])
    db = open_database(db_path)
    window = MainWindow(AppContext(db, settings()))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    rows = catalog.list_meetings(db)
    big = next(r.key for r in rows if r.key == "m-coun-5-10")
    editable = next(r.key for r in rows if r.status != "approved")
    opens = []
    for _ in range(5):
        began = time.perf_counter()
        window.meetings.open_meeting(big)
        app.processEvents()
        opens.append(time.perf_counter() - began)
    editor = window.meetings.open_meeting(editable)
    app.processEvents()
    edits = []
    for n in range(10):
        began = time.perf_counter()
        editor.keeper.edit("place", lambda d, n=n: setattr(d, "location", f"会议室{n}"))
        app.processEvents()
        edits.append(time.perf_counter() - began)
    db.dispose()
    return opens, edits


def report(name: str, values: list[float], budget: float) -> None:
    best, median = min(values) * 1000, statistics.median(values) * 1000
    verdict = "OK" if median <= budget * 1000 else "OVER"
    print(
        f"{name:<34} best {best:7.0f} ms   median {median:7.0f} ms   "
        f"budget {budget * 1000:5.0f} ms   {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = ensure_db(args.db)
    start, bare = time_start(db), time_start(db, child=BARE)
    report("start to meetings list", start, 1.0)
    report("bare PySide6 window with a table", bare, 1.0)
    ratio = statistics.median(start) / statistics.median(bare)
    print(f"start / bare window: {ratio:.1f}× (budget ≤ 4×)")
    opens, edits = time_editor(db)
    report("open meeting, 14 agenda items", opens, 0.2)
    report("one edit saved and shown", edits, 0.05)
    return 0


if __name__ == "__main__":
    sys.exit(main())
