"""Backups as the secretary sees them: back up now, every day, list, restore, recover.

Automatic backups are named `<database>-daily-YYYY-MM-DD.db` in the backup folder; one
is made at the first start of each day and the folder keeps the newest 7 days and,
beyond those, the newest backup of each of 4 more weeks (both configurable). Other
backups (made with "Backup now", before an upgrade, before a restore) are never
deleted by the rotation. A restore first backs up the current file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.services.cleanup import sweep_beside
from minutes_app.store.backup import backup_file, restore_into, stamp
from minutes_app.store.database import (
    Database,
    known_revisions,
    migrate_if_needed,
    read_only_uri,
)
from minutes_app.store.errors import file_error

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r"-daily-(\d{4}-\d{2}-\d{2})\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    size: int
    meetings: int | None  # None: the file could not be read as a database
    revision: str | None = None

    @property
    def usable(self) -> bool:
        return self.meetings is not None and self.revision in known_revisions()


def _path_of(db: Database) -> Path:
    if db.path is None:
        raise UserError(msg("backups.sqlite_only"))
    return db.path


def default_name(db_path: Path, when: dt.datetime | None = None) -> str:
    return f"{db_path.stem}-{(when or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}.db"


def backup_now(db: Database, target: Path) -> BackupInfo:
    """Copy the database to `target` (a file path) through the backup API."""
    sweep_beside(target)
    return describe(backup_file(_path_of(db), target))


def daily_name(db_path: Path, day: dt.date) -> str:
    return f"{db_path.stem}-daily-{day.isoformat()}.db"


def daily_backup(
    db_path: Path,
    folder: Path,
    today: dt.date | None = None,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> Path | None:
    """Today's automatic backup when there is none yet, then the rotation."""
    day = today or dt.date.today()
    target = folder / daily_name(db_path, day)
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, folder, "创建备份文件夹") from None
    backup_file(db_path, target)
    rotate(db_path, folder, keep_daily, keep_weekly)
    return target


def daily_backups(db_path: Path, folder: Path) -> list[tuple[dt.date, Path]]:
    """The automatic backups of this database, newest first."""
    found = []
    for path in folder.glob(f"{glob_escape(db_path.stem)}-daily-*.db"):
        match = _DAILY.search(path.name)
        day = _day(match.group(1)) if match else None
        if day is not None and path.name == daily_name(db_path, day):
            found.append((day, path))
    return sorted(found, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def to_keep(days: list[dt.date], keep_daily: int, keep_weekly: int) -> set[dt.date]:
    """Newest `keep_daily` days, then the newest day of each of `keep_weekly` older weeks."""
    ordered = sorted(set(days), reverse=True)
    kept = set(ordered[: max(keep_daily, 0)])
    weeks_seen = {d.isocalendar()[:2] for d in kept}
    weekly = 0
    for day in ordered:
        week = day.isocalendar()[:2]
        if weekly >= keep_weekly:
            break
        if day in kept or week in weeks_seen:
            continue
        weeks_seen.add(week)
        kept.add(day)
        weekly += 1
    return kept


def rotate(db_path: Path, folder: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns them."""
    backups = daily_backups(db_path, folder)
    keep = to_keep([day for day, _ in backups], keep_daily, keep_weekly)
    removed = []
    for day, path in backups:
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def describe(path: Path) -> BackupInfo:
    """Date, size and number of meetings, read with a read-only connection."""
    stat = path.stat()
    taken = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    meetings, revision = _peek(path)
    return BackupInfo(path, taken, stat.st_size, meetings, revision)


def _peek(path: Path) -> tuple[int | None, str | None]:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        count = int(conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return count, (str(revision[0]) if revision else None)
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def list_backups(db_path: Path, folder: Path) -> list[BackupInfo]:
    """Backups in the backup folder and those made beside the database, newest first."""
    candidates = set(folder.glob("*.db")) if folder.is_dir() else set()
    candidates |= set(db_path.parent.glob(f"{glob_escape(db_path.stem)}.before-*.db"))
    infos = [
        describe(p)
        for p in candidates
        if p.is_file() and not p.name.startswith(".") and p.resolve() != db_path.resolve()
    ]
    return sorted(infos, key=lambda b: (b.taken, b.path.name), reverse=True)


def latest_backup(db_path: Path, folder: Path) -> BackupInfo | None:
    """The newest backup that can be restored."""
    return next((b for b in list_backups(db_path, folder) if b.usable), None)


def _check_restorable(backup: Path) -> BackupInfo:
    info = describe(backup)
    if info.meetings is None:
        raise UserError(msg("backups.unusable", name=backup.name))
    if info.revision not in known_revisions():
        raise UserError(msg("backups.newer", name=backup.name))
    return info


def restore(db: Database, backup: Path, folder: Path) -> Path:
    """Back up the current file, then copy `backup` into it; returns that safety copy.

    The caller's connections are closed first; the same Database reconnects afterwards
    (and is upgraded when the backup is of an older version).
    """
    path = _path_of(db)
    _check_restorable(backup)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, folder, "创建备份文件夹") from None
    safety = backup_file(path, folder / f"{path.stem}-before-restore-{stamp()}.db")
    db.dispose()
    try:
        restore_into(backup, path)
    except UserError as exc:
        raise UserError(msg("backups.kept", error=exc.own_message, safety=safety)) from None
    db.dispose()
    migrate_if_needed(db)
    return safety


def recover_damaged(db_path: Path, backup: Path) -> Path:
    """Put a damaged file aside (kept, renamed) and copy the backup in its place."""
    _check_restorable(backup)
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp()}{db_path.suffix}")
    moved = _move_with_journal(db_path, aside)
    try:
        backup_file(backup, db_path)
    except UserError:
        for source, target in moved:  # put the damaged file back: never leave no file
            os.replace(target, source)
        raise
    return aside


def _move_with_journal(db_path: Path, aside: Path) -> list[tuple[Path, Path]]:
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(source, target)
                moved.append((source, target))
    except OSError as exc:
        for source, target in reversed(moved):
            os.replace(target, source)
        raise file_error(exc, db_path, "移动损坏的数据库") from None
    return moved
