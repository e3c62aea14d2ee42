"""`import-units` killed with SIGKILL: the units of the file are all there or none are.

A member list of 8,000 units, so the import is still running when it is killed at
a random moment. Afterwards SQLite's checks pass, the file holds the units it had
before plus all of the list or none of it, every imported unit has its roles, and
the lock the killed process held blocks the next import no longer.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

UNITS = 8_000
TRIALS = 10


def _counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        units = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        bare = conn.execute("SELECT count(*) FROM units u WHERE u.name LIKE '天津批量%' AND NOT "
                            "EXISTS (SELECT 1 FROM unit_roles r WHERE r.unit_id = u.id)"
                            ).fetchone()[0]  # fmt: skip
    finally:
        conn.close()
    return units, bare


def test_sigkill_during_import_units_leaves_all_or_nothing(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    loaded_db.dispose()
    members = tmp_path / "members.csv"
    lines = ["名称,会员类别,联系人,入会日期"] + [
        f"天津批量{n}号工程咨询有限公司,理事单位,联系人{n},2024-01-02" for n in range(UNITS)
    ]
    members.write_text("\n".join(lines), encoding="utf-8")
    base, _ = _counts(db_path)
    template = db_path.read_bytes()
    rng = random.Random(13)
    outcomes: Counter[str] = Counter()
    env = {**os.environ, "MINUTES_APP_HOME": str(isolated_home)}
    timed = tmp_path / "timed.db"
    timed.write_bytes(template)
    started = time.monotonic()  # how long a whole import takes on this machine now
    subprocess.run([sys.executable, "-m", "minutes_app", "--db", str(timed), "import-units",
                    str(members)], env=env, check=True, capture_output=True)  # fmt: skip
    whole = time.monotonic() - started
    for trial in range(TRIALS):
        db = tmp_path / f"k{trial}.db"
        db.write_bytes(template)
        proc = subprocess.Popen([sys.executable, "-m", "minutes_app", "--db", str(db),
                                 "import-units", str(members)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.1, whole * 1.1))  # before, during and after the commit
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        units, bare = _counts(db)
        assert units in (base, base + UNITS), f"trial {trial}: {units - base} of {UNITS}"
        assert bare == 0
        outcomes["none" if units == base else "all"] += 1
        if trial == 0:  # the dead process's lock blocks nobody: the import can be redone
            done = subprocess.run([sys.executable, "-m", "minutes_app", "--db", str(db),
                                   "import-units", str(members)], env=env,
                                  capture_output=True, text=True, timeout=600)  # fmt: skip
            assert (done.returncode == 0) == (units == base), done.stderr
    print(f"import-units SIGKILL trials: {TRIALS}, {dict(outcomes)}")
    assert sum(outcomes.values()) == TRIALS
    assert outcomes["none"] > 0  # at least one kill landed before the commit
