"""The built bundle against the venv: whole-process start to the meetings list.

    python benchmarks/bench_bundle.py [--bundle dist/minutes-app] [--db PATH] [--runs 5]

Starts `minutes-app --db TEN-YEAR.db` as a user would (the real window start: settings,
logging, the opening checks, the window) with MINUTES_APP_QUIT_WHEN_SHOWN set, so the
program prints "shown N" once the meetings list is up and quits; times that, first from
the bundle (a copy of --bundle, default dist/minutes-app, in a temporary folder, run
with a PATH of an empty folder), then from this venv (`python -m minutes_app`). Budget:
the bundle ≤ 1.5 × the venv. Also prints the bundle's size. The first run of each is a
warm-up (bytecode, today's automatic backup) and is not counted; the runs alternate.
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


def start_once(command: list[str], env: dict[str, str], db: Path) -> float:
    began = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--db", str(db)],
        env=env,
        cwd=env["HOME"],
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - began
    proc.wait(timeout=120)
    assert line.startswith("shown ") and int(line.split()[1]) > 400, line
    return elapsed


def time_both(
    commands: dict[str, tuple[list[str], dict[str, str]]], db: Path, runs: int
) -> dict[str, list[float]]:
    """Alternate the two, so a busy moment of the machine falls on both alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, (command, env) in commands.items():
            elapsed = start_once(command, env, db)
            if run:  # the first run is the warm-up
                times[name].append(elapsed)
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
        bundle_env = {
            **base,
            "HOME": str(work),
            "PATH": str(work / "empty"),
            "MINUTES_APP_HOME": str(work / "bundle-home"),
        }
        venv_env = {
            **os.environ,
            **base,
            "HOME": str(work),
            "MINUTES_APP_HOME": str(work / "venv-home"),
        }
        venv_env.pop("PYTHONDONTWRITEBYTECODE", None)
        times = time_both(
            {
                "bundle": ([str(copy / exe)], bundle_env),
                "venv": ([sys.executable, "-m", "minutes_app"], venv_env),
            },
            db,
            args.runs,
        )
        size = folder_size(copy)
    print(f"bundle size: {size / 1e6:.0f} MB ({args.bundle})")
    print(f"start to the meetings list, ten years ({db.name}), {args.runs} runs each:")
    for name, runs in times.items():
        listed = ", ".join(f"{t:.2f}" for t in runs)
        print(
            f"  {name:6} median {statistics.median(runs):.2f} s, fastest {min(runs):.2f} s"
            f"  (runs {listed})"
        )
    for label, pick in (("median", statistics.median), ("fastest", min)):
        ratio = pick(times["bundle"]) / pick(times["venv"])
        verdict = "within" if ratio <= BUDGET else "OVER"
        print(f"  ratio of the {label}s {ratio:.2f} × ({verdict} the budget of {BUDGET} ×)")
    return 0


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    sys.exit(main())
