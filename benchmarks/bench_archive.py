"""Time the archive commands on ten years of data and compare them with the budgets.

    python benchmarks/bench_archive.py [--archive PATH] [--keep] [--repeat 3]

Without --archive, benchmarks/generate_archive.py writes one into benchmarks/out/.
Each command runs as its own process (`python -m minutes_app …`, so no install is
needed), the same way a user runs it:

    --db X import ARCHIVE           on a fresh database every time
    --db X export-archive OUT.json  on the imported database
    --db X check                    on the imported database

Wall time is measured around the child; its peak memory (maximum resident set size)
comes from os.wait4 on that child alone. The budgets are the product's promises for
an archive of this size: import ≤ 5 s, export ≤ 3 s, peak memory ≤ 400 MB per command.
The median time is held against the budget.

The exit status is 0 even when a budget is exceeded (a benchmark reports; it does
not fail a build), and non-zero when a command itself fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
GENERATOR = HERE / "generate_archive.py"

BUDGET_SECONDS = {"import": 5.0, "export-archive": 3.0, "check": None}
BUDGET_MB = 400.0


@dataclass
class Run:
    seconds: float
    peak_mb: float | None


@dataclass
class Operation:
    name: str
    runs: list[Run] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float | None:
        peaks = [r.peak_mb for r in self.runs if r.peak_mb is not None]
        return max(peaks) if peaks else None

    def verdict(self) -> str:
        limit = BUDGET_SECONDS[self.name]
        over_time = limit is not None and self.median > limit
        peak = self.peak_mb
        over_memory = peak is not None and peak > BUDGET_MB
        return "OVER" if over_time or over_memory else "OK"


class CommandFailed(Exception):
    pass


def child_env() -> dict[str, str]:
    """The checkout comes first on the path, so `-m minutes_app` needs no install."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # in case anything touches Qt
    return env


def maxrss_mb(maxrss: int) -> float:
    """ru_maxrss is in kilobytes on Linux and the BSDs, in bytes on macOS."""
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def run_child(args: list[str]) -> tuple[Run, str]:
    """Run one child to completion; (timing, its output). Raise CommandFailed on failure."""
    command = [sys.executable, *args]
    # Output goes to a file, not a pipe: waiting on the pid while a pipe fills would hang.
    with tempfile.TemporaryFile() as output:
        began = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=child_env(), stdout=output, stderr=subprocess.STDOUT
        )
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - began
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak: float | None = maxrss_mb(usage.ru_maxrss)
        else:  # Windows: no per-child resource usage without psutil
            proc.wait()
            seconds = time.perf_counter() - began
            peak = None
        output.seek(0)
        text = output.read().decode("utf-8", errors="replace")
    if proc.returncode != 0:
        shown = " ".join(command)
        raise CommandFailed(f"{shown}\nexited with {proc.returncode}:\n{text.strip()[-3000:]}")
    return Run(seconds, peak), text


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def archive_counts(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as f:
        archive = json.load(f)
    items = [item for m in archive["meetings"] for item in m["agenda"]]
    return {
        "meetings": len(archive["meetings"]),
        "agenda items": len(items),
        "decisions": sum(len(i["decisions"]) for i in items),
        "actions": sum(len(i["actions"]) for i in items),
        "units": len(archive["units"]),
        "people": len(archive["people"]),
    }


def fmt_budget_seconds(name: str) -> str:
    limit = BUDGET_SECONDS[name]
    return "-" if limit is None else f"{limit:.1f}"


def print_table(operations: list[Operation]) -> None:
    header = ("operation", "runs", "best s", "median s", "budget s", "peak MB", "budget MB", "")
    rows = [header]
    for op in operations:
        peak = op.peak_mb
        rows.append(
            (
                op.name,
                str(len(op.runs)),
                f"{op.best:.2f}",
                f"{op.median:.2f}",
                fmt_budget_seconds(op.name),
                "n/a" if peak is None else f"{peak:.0f}",
                f"{BUDGET_MB:.0f}",
                op.verdict(),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        print("  ".join(cells).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path, help="archive to use (default: generate one)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the databases and files in benchmarks/out/"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (default 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    OUT.mkdir(parents=True, exist_ok=True)
    created: list[Path] = []
    try:
        if args.archive is None:
            archive = OUT / "archive.json"
            print(f"generating {archive.relative_to(ROOT)} …", flush=True)
            run, text = run_child([str(GENERATOR), str(archive)])
            created.append(archive)
            print(f"  generated in {run.seconds:.1f} s")
        else:
            archive = args.archive.resolve()
            if not archive.is_file():
                parser.error(f"no such archive: {args.archive}")
        counts = archive_counts(archive)
        size = archive.stat().st_size / 1e6
        print(f"archive: {archive} ({size:.1f} MB)")
        print("  " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        print(f"python: {sys.version.split()[0]} ({sys.executable})")
        print()

        db = OUT / "bench.db"
        export = OUT / "bench-export.json"
        created += [db, export]
        ops = {name: Operation(name) for name in BUDGET_SECONDS}
        for i in range(args.repeat):
            remove_database(db)
            print(f"import {i + 1}/{args.repeat} …", flush=True)
            run, text = run_child(["-m", "minutes_app", "--db", str(db), "import", str(archive)])
            ops["import"].runs.append(run)
        if text.strip():
            print("  " + text.strip().splitlines()[-1])
        for i in range(args.repeat):
            print(f"export-archive {i + 1}/{args.repeat} …", flush=True)
            export.unlink(missing_ok=True)
            command = ["-m", "minutes_app", "--db", str(db), "export-archive", str(export)]
            run, _ = run_child(command)
            ops["export-archive"].runs.append(run)
        for i in range(args.repeat):
            print(f"check {i + 1}/{args.repeat} …", flush=True)
            run, text = run_child(["-m", "minutes_app", "--db", str(db), "check"])
            ops["check"].runs.append(run)
        if text.strip():
            print("  " + text.strip().splitlines()[-1])
        print()
        print_table(list(ops.values()))
        over = [op.name for op in ops.values() if op.verdict() != "OK"]
        if over:
            print(f"\nover budget: {', '.join(over)} (reported, not failed)")
        return 0
    except CommandFailed as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"\nkept the files in {OUT}")
        else:
            for path in created:
                if path.suffix == ".db":
                    remove_database(path)
                else:
                    path.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
