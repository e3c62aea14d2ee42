"""Backups through SQLite's backup API: never copy an open database file by hand."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.store.database import Database


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` into `target` atomically: temp file, integrity check, rename."""
    target = target.expanduser().resolve()
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"备份文件夹 {folder} 不存在；请先创建它或换一个位置")
    fd, tmp_name = tempfile.mkstemp(prefix=".minutes-backup-", suffix=".db", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError("备份副本未通过完整性检查；原数据库未改动，请重试")
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"无法写入备份 {target}：{exc.strerror}；请换一个位置") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backup_before_migration(db: Database) -> Path | None:
    if db.path is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.before-upgrade-{stamp}.db")
    return backup_file(db.path, target)


def backup_before_replace(db: Database) -> Path | None:
    if db.path is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.before-import-{stamp}.db")
    return backup_file(db.path, target)
