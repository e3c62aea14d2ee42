"""A SQLite file's first look: opened read-only, checked, and what a failure means.

Nothing here writes to the file; store.database decides what to do with the answer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from minutes_app.domain.errors import UserError, shorten
from minutes_app.domain.messages import msg
from minutes_app.store.errors import DamagedDatabase, DiskFull, NotADatabase, UnreadableDatabase


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{path.as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if immutable else uri


def quick_check(path: Path) -> str:
    """Tell a foreign or damaged file before anything writes to it; nothing is written.

    Returns the read-only URI that opened it: `mode=ro`, or `immutable=1` as well when
    a WAL database sits where its shared-memory file cannot be created.
    """
    for immutable in (False, True):
        uri = read_only_uri(path, immutable=immutable)
        try:
            result = run_quick_check(path, uri)
        except sqlite3.OperationalError as exc:
            if immutable or not _needs_immutable(exc):
                raise _open_error(path, exc) from None
            continue
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        if result != "ok":
            raise DamagedDatabase(msg("db.damaged_check", path=path, result=result[:200]))
        return uri
    raise AssertionError("unreachable")


def run_quick_check(path: Path, uri: str) -> str:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(msg("db.cannot_open_file", path=path, reason=exc)) from None
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except UnicodeDecodeError:  # the check's report quotes garbage from a damaged page
        return "damaged pages (unreadable names)"
    finally:
        conn.close()


def _needs_immutable(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "readonly database" in text or "unable to open database file" in text


def _open_error(path: Path, exc: sqlite3.Error) -> UserError:
    """What a failed first look means. Only SQLite's finding damage in a file it could
    read is called damage: a full or failing disk is told as such (ENOSPC, EIO), since
    "damaged" offers to restore a backup over what may be good data."""
    text = str(exc)
    lower = text.lower()
    if "database or disk is full" in lower:
        return DiskFull(msg("db.open_disk_full", path=path))
    if "disk i/o error" in lower:
        return UnreadableDatabase(msg("db.open_io", path=path))
    if "not a database" in text or "encrypted" in text:
        return NotADatabase(msg("db.not_database", path=path))
    if "unable to open" in text or "readonly" in text:
        return NotADatabase(msg("db.open_denied", path=path, reason=text))
    if "malformed" in lower or "corrupt" in lower:  # SQLite read the file and found damage
        return DamagedDatabase(msg("db.damaged", path=path, reason=text))
    return UnreadableDatabase(msg("db.open_failed", path=path, reason=shorten(text, 80)))
