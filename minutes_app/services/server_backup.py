"""`backup` of a shared (PostgreSQL) database: pg_dump when it is installed, else the
archive JSON; the result says which, so the secretary knows how to restore it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.db_url import ServerBackupKind
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.services.archive import export_archive
from minutes_app.store.database import Database
from minutes_app.store.pg_dump import dump_to, pg_dump_program


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    kind: ServerBackupKind
    size: int
    meetings: int | None  # counted for an archive; pg_dump does not say
    note: str = ""  # why pg_dump was not used, when it was not

    def describe(self) -> str:
        kb = self.size // 1024
        if self.kind is ServerBackupKind.PG_DUMP:
            return (
                f"已用 pg_dump 备份到 {self.path}（PostgreSQL 自定义格式，{kb} KB；"
                "恢复：pg_restore --clean -d 数据库名 此文件）"
            )
        why = f"{self.note}，" if self.note else ""
        return (
            f"{why}已把数据库导出为归档 JSON：{self.path}（{self.meetings}次会议，{kb} KB；"
            "恢复：minutes-app import --replace 此文件）"
        )


def backup_server(db: Database, out: Path) -> ServerBackup:
    """OUT.json always writes the archive; any other name uses pg_dump when on PATH."""
    if db.is_sqlite:
        raise UserError(msg("backups.not_server"))
    program = pg_dump_program()
    note = "" if program else "没有找到 pg_dump"
    if program and out.suffix.lower() != ".json":
        try:
            dump_to(db.engine, out, program)
        except UserError as exc:
            note = exc.message  # pg_dump older than the server, no permission, …
        else:
            return ServerBackup(out, ServerBackupKind.PG_DUMP, out.stat().st_size, None)
    target = out if out.suffix.lower() == ".json" else out.with_suffix(".json")
    meetings = export_archive(db, target)
    return ServerBackup(target, ServerBackupKind.ARCHIVE, target.stat().st_size, meetings, note)
