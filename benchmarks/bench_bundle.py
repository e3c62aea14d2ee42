"""The built bundle against the venv: whole-process start to the meetings list.

    python benchmarks/bench_bundle.py [--bundle dist/minutes-app] [--db PATH] [--runs 5]

Starts `minutes-app --db TEN-YEAR.db` as a user would (the real window start: settings,
logging, the opening checks, the window) with MINUTES_APP_QUIT_WHEN_SHOWN set, so the
program prints "shown N" once the meetings list is up and quits; times that, first from
the bundle (a copy of --bundle, default dist/minutes-app, in a temporary folder, run
with a PATH of an empty folder), then from this venv (`python -m minutes_app`). Budget:
the bundle ≤ 1.5 × the venv. Also prints the bundle's size. The first run of each is a
warm-up (bytecode, today's automatic backup) and is not counted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_window import OUT, ensure_db  # noqa: E402

BUDGET = 1.5


def time_start(command: list[str], env: dict[str, str], db: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs + 1):
        began = time.perf_counter()
        proc = subprocess.Popen([*command, "--db", str(db)], env=env, cwd=env["HOME"], text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - began
        proc.wait(timeout=120)
        assert line.startswith("shown ") and int(line.split()[1]) > 400, line
        if run:
            times.append(elapsed)
    return times


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "minutes-app")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = ensure_db(args.db).resolve()
    exe = "minutes-app.exe" if sys.platform == "win32" else "minutes-app"
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        copy = work / "copy"
        shutil.copytree(args.bundle, copy, symlinks=True)
        (work / "empty").mkdir()
        base = {
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "MINUTES_APP_QUIT_WHEN_SHOWN": "1",
        }
        bundle_env = {**base, "HOME": str(work), "PATH": str(work / "empty"),
                      "MINUTES_APP_HOME": str(work / "bundle-home")}  # fmt: skip
        venv_env = {**os.environ, **base, "HOME": str(work),
                    "MINUTES_APP_HOME": str(work / "venv-home")}  # fmt: skip
        venv_env.pop("PYTHONDONTWRITEBYTECODE", None)
        bundle = time_start([str(copy / exe)], bundle_env, db, args.runs)
        venv = time_start([sys.executable, "-m", "minutes_app"], venv_env, db, args.runs)
        size = folder_size(copy)
    b, v = statistics.median(bundle), statistics.median(venv)
    print(f"bundle size: {size / 1e6:.0f} MB ({args.bundle})")
    print(f"start to the meetings list, ten years ({db.name}), median of {args.runs}:")
    print(f"  bundle {b:.2f} s  (runs {', '.join(f'{t:.2f}' for t in bundle)})")
    print(f"  venv   {v:.2f} s  (runs {', '.join(f'{t:.2f}' for t in venv)})")
    verdict = "within" if b <= BUDGET * v else "OVER"
    print(f"  ratio  {b / v:.2f} × ({verdict} the budget of {BUDGET} ×)")
    return 0


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    sys.exit(main())
