"""The ten-year data every benchmark runs on: generated once, imported once per name.

Everything goes to benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def ensure_archive(path: Path | None = None) -> Path:
    """The given archive, or the generated ten-year one (made the first time)."""
    if path is not None:
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    archive = OUT / "ten-years.json"
    if not archive.exists():
        subprocess.run(
            [sys.executable, "benchmarks/generate_archive.py", str(archive)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return archive


def ensure_db(path: Path | None, name: str) -> Path:
    """The given database, or the ten-year archive imported into OUT/name (once)."""
    if path is not None:
        return path
    archive, db = ensure_archive(), OUT / name
    if not db.exists():
        subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(db), "import", str(archive)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return db
