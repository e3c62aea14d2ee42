"""What a database file is now: which file sits at its path, and how many writes it has seen.

A window compares the stamp it took when it loaded with the stamp before its next write:
another generation means another process committed (database.bump_generation); another
file identity (device, inode) means the file was replaced (a restore, a copy), and the
window's open connections still point at the old one. Read through a connection of its
own, so the engine's pooled connections cannot show an old file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    identity: tuple[int, int] | None  # (device, inode) of the file at the path; None: gone
    generation: int | None  # committed writes counted in the header; None: unreadable


def file_stamp(path: Path) -> FileStamp:
    try:
        info = os.stat(path)
    except OSError:
        return FileStamp(None, None)
    return FileStamp((info.st_dev, info.st_ino), _generation(path))


def _generation(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()
