"""`backup`: a checked copy of the database through SQLite's backup API; for a shared
(PostgreSQL) database, pg_dump's file or the archive JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="把数据库备份到一个文件（经完整性检查）")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.db|OUT.dump|OUT.json",
        help="备份文件：SQLite 数据库写 .db；共享数据库写 .dump（pg_dump）或 .json 归档",
    )
    p.set_defaults(handler=run_backup)


def run_backup(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.backups import backup_now
    from minutes_app.services.database import open_database

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(msg("backup.is_folder", out=out, example=out / "minutes-backup.db"))
    folder = out.resolve().parent
    if not folder.is_dir():
        raise UserError(msg("backup.no_folder", folder=folder))
    db = open_database(target, create=False, upgrade=False)
    if not db.is_sqlite:
        return _backup_server(db, out)
    try:
        info = backup_now(db, out)
    finally:
        db.dispose()
    print(f"已备份到 {info.path}（{info.meetings}次会议，{info.size // 1024} KB）")
    return 0


def _backup_server(db: Any, out: Path) -> int:
    from minutes_app.services.server_backup import backup_server

    try:
        done = backup_server(db, out)
    finally:
        db.dispose()
    print(done.describe())
    return 0
