"""An import killed with SIGKILL leaves a sound database holding all of it or nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from minutes_app.store.database import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _big_archive(sample: dict[str, Any], meetings: int) -> dict[str, Any]:
    """The sample meeting repeated, so an import takes long enough to be killed midway."""
    base = sample["meetings"][0]
    sample["meetings"] = []
    for i in range(meetings):
        m = {**base, "key": f"m-{i}", "sequence": i + 1,
             "start": f"{2000 + i // 300}-08-11T09:00", "end": None}  # fmt: skip
        sample["meetings"].append(m)
    return sample


def test_sigkill_during_import_leaves_all_or_nothing(
    sample: dict[str, Any], write_json: Any, tmp_path: Path, isolated_home: Path
) -> None:
    archive = write_json(_big_archive(sample, 1500))
    rng = random.Random(7)
    outcomes = set()
    for trial in range(8):
        db = tmp_path / f"k{trial}.db"
        open_database(db).dispose()  # an empty database of the current schema
        proc = subprocess.Popen(
            [sys.executable, "-m", "minutes_app", "--db", str(db), "import", str(archive)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "MINUTES_APP_HOME": str(isolated_home)},
        )
        time.sleep(rng.uniform(0.3, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            count = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
            actions = conn.execute("SELECT count(*) FROM action_items").fetchone()[0]
        finally:
            conn.close()
        assert count in (0, 1500)
        assert actions == count * 2
        outcomes.add(count)
    assert 0 in outcomes  # at least one kill landed before the commit
