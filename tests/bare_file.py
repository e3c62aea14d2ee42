"""What a copy of the database file alone holds, as a careless copy would take it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def bare_copy_location(db_path: Path, tmp_path: Path, key: str = "m-5-5") -> str:
    """The meeting's 地点 in a copy of the .db file without its -wal companion."""
    copy = tmp_path / "bare-copy.db"
    shutil.copy(db_path, copy)
    con = sqlite3.connect(copy)
    try:
        row = con.execute("SELECT location FROM meetings WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return str(row[0])
