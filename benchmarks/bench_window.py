"""Window timings on the ten-year database (issue budgets, not tests).

    python benchmarks/bench_window.py [--db PATH]

- start: a fresh process through the app's own start (`minutes-app --db PATH`) to the
  meetings list's first frame with its rows (budget 1.0 s, and ≤ 4× a bare PySide6
  window with a table, started the same way); also when the window is ready to edit;
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
# The app's own start (cli.main, as `minutes-app --db PATH`): it prints "shown N CPU" at
# the meetings list's first frame and "ready N CPU" once the main window can edit, then
# quits (MINUTES_APP_QUIT_WHEN_SHOWN).
CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MINUTES_APP_QUIT_WHEN_SHOWN"] = "1"
from minutes_app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
# The floor: a bare PySide6 window with a table of as many rows, shown the same way.
BARE = r"""
import os, sys, time
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
print("shown", 500, time.process_time(), flush=True)
"""


def ensure_db(path: Path | None) -> Path:
    return tenyears.ensure_db(path, "window-bench.db")


def time_start(
    db: Path, runs: int = 5, child: str = CHILD
) -> tuple[list[float], list[float], list[float]]:
    """Wall times from launch to the list's first shown frame, the child's CPU time then,
    and the wall times until the window is ready to edit (the floor: as its first frame)."""
    times, cpus, ready = [], [], []
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
        shown = time.perf_counter() - began
        last = proc.stdout.readline() or line  # "ready", after the first frame
        if run:  # the first run writes the bytecode and today's automatic backup
            times.append(shown)
            cpus.append(float(line.split()[2]))
            ready.append(time.perf_counter() - began)
        proc.wait()
        what, rows = line.split()[:2]
        assert what == "shown" and int(rows) > 400, line
        assert last.split()[0] in ("shown", "ready"), last
    return times, cpus, ready


Times = list[float]


def time_editor(db_path: Path) -> tuple[Times, Times, Times, Times, Times, Times]:
    """Open, agenda tab and edit: wall times, each with the process's CPU time."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("MINUTES_APP_HOME", str(OUT / "home"))
    from minutes_app import heap
    from minutes_app.app import first_meeting_needs, make_app, settings
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
    heap.freeze_long_lived()  # as the app does once the window is ready,
    first_meeting_needs(db)  # and what its worker then reads ahead
    rows = catalog.list_meetings(db)
    big = next(r.key for r in rows if r.key == "m-coun-5-10")
    editable = next(r.key for r in rows if r.status != "approved")
    opens, cpus, agenda, agenda_cpus = [], [], [], []
    for _ in range(5):
        began, cpu = time.perf_counter(), time.process_time()
        shown = window.meetings.open_meeting(big)
        app.processEvents()
        opens.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        began, cpu = time.perf_counter(), time.process_time()
        shown.tabs.setCurrentWidget(shown.agenda)  # the 议题 tab is built when first shown
        app.processEvents()
        agenda.append(time.perf_counter() - began)
        agenda_cpus.append(time.process_time() - cpu)
    editor = window.meetings.open_meeting(editable)
    app.processEvents()
    edits, edit_cpus = [], []
    for n in range(10):
        began, cpu = time.perf_counter(), time.process_time()
        editor.keeper.edit("place", lambda d, n=n: setattr(d, "location", f"会议室{n}"))
        app.processEvents()
        edits.append(time.perf_counter() - began)
        edit_cpus.append(time.process_time() - cpu)
    db.dispose()
    return opens, cpus, agenda, agenda_cpus, edits, edit_cpus


def report(name: str, values: list[float], budget: float, cpu: list[float] | None = None) -> None:
    best, median, worst = (f(values) * 1000 for f in (min, statistics.median, max))
    verdict = "OK" if median <= budget * 1000 else "OVER"
    cpu_text = f"   cpu {statistics.median(cpu) * 1000:5.0f} ms" if cpu else ""
    print(
        f"{name:<34} best {best:5.0f}  median {median:5.0f}  max {worst:5.0f} ms   "
        f"budget {budget * 1000:5.0f} ms   {verdict}{cpu_text}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = ensure_db(args.db)
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    (start, start_cpu, ready), (bare, bare_cpu, _) = time_start(db), time_start(db, child=BARE)
    report("start to meetings list", start, 1.0, start_cpu)
    report("bare PySide6 window with a table", bare, 1.0, bare_cpu)
    ready_ms = statistics.median(ready) * 1000
    print(f"{'then the window ready to edit':<34} median {ready_ms:7.0f} ms from launch")
    ratio = statistics.median(start) / statistics.median(bare)
    cpu_ratio = statistics.median(start_cpu) / statistics.median(bare_cpu)
    print(f"start / bare window: {ratio:.1f}× wall, {cpu_ratio:.1f}× cpu (budget ≤ 4×)")
    opens, open_cpu, agenda, agenda_cpu, edits, edit_cpu = time_editor(db)
    report("open meeting, 14 agenda items", opens, 0.2, open_cpu)
    report("then its agenda tab shown", agenda, 0.2, agenda_cpu)
    report("one edit saved and shown", edits, 0.05, edit_cpu)
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
