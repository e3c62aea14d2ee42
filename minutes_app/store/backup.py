"""Backups through SQLite's backup API: never copy an open database file by hand.

A backup is written to a temp file in the target folder, checked with integrity_check,
made owner-only, and renamed into place, so a crash or a full disk leaves either the
old file or the new one. A restore copies a backup into the database file through the
same API, inside SQLite's own transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.tempnames import temp_prefix
from minutes_app.store.sqlite_file import read_only_uri

if TYPE_CHECKING:
    from minutes_app.store.database import Database
from minutes_app.store.errors import file_error, storage_error


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` into `target` atomically: temp file, integrity check, rename."""
    target = target.expanduser().resolve()
    folder = target.parent
    if not folder.is_dir():
        raise UserError(msg("backup.no_folder", folder=folder))
    if not source.is_file():
        raise UserError(msg("backup.no_source", path=source))
    if target == source.resolve():
        raise UserError(msg("backup.onto_itself"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix("backup"), suffix=".db", dir=folder)
    except OSError as exc:
        raise file_error(exc, target, "写入备份") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy(source, tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        _sync_folder(folder)
    except OSError as exc:
        raise file_error(exc, target, "写入备份") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _copy(source: Path, tmp: Path) -> None:
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(tmp)
    except sqlite3.Error as exc:
        raise UserError(msg("backup.unreadable", path=source, reason=exc)) from None
    try:
        src.backup(dst)
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise UserError(msg("backup.check_failed"))
        dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise storage_error(exc) or UserError(msg("backup.failed", reason=exc)) from None
    finally:
        dst.close()
        src.close()


def restore_into(backup: Path, target: Path) -> None:
    """Copy the backup over the database `target` (closed by the app) in one transaction."""
    try:
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        dst = sqlite3.connect(target, isolation_level=None)
    except sqlite3.Error as exc:
        failed = msg("restore.cannot_open", backup=backup, target=target, reason=exc)
        raise UserError(failed) from None
    try:
        src.backup(dst)
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise UserError(msg("restore.check_failed", name=backup.name))
    except sqlite3.Error as exc:
        raise storage_error(exc) or UserError(msg("restore.failed", reason=exc)) from None
    finally:
        dst.close()
        src.close()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_before_migration(db: Database) -> Path | None:
    if db.path is None:
        return None
    target = db.path.with_name(f"{db.path.stem}.before-upgrade-{stamp()}.db")
    return backup_file(db.path, target)


def backup_before_replace(db: Database) -> Path | None:
    if db.path is None:
        return None
    target = db.path.with_name(f"{db.path.stem}.before-import-{stamp()}.db")
    return backup_file(db.path, target)
