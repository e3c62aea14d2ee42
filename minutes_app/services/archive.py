"""Import and export of the JSON archive, each one transaction."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.io.archive.file import read_archive_file
from minutes_app.services.archive_load import load_archive
from minutes_app.services.archive_read import build_archive
from minutes_app.services.archive_write import clear_all, is_empty, write_rows
from minutes_app.services.cleanup import sweep_beside
from minutes_app.store.backup import backup_before_replace
from minutes_app.store.database import Database
from minutes_app.store.files import replacing
from minutes_app.store.models import Base, Meeting
from minutes_app.store.postgres import advance_all_sequences
from minutes_app.store.rows import Rows


@dataclass(frozen=True)
class ImportSummary:
    meetings: int
    decisions: int
    actions: int
    units: int
    people: int
    backup: Path | None


def check_archive_file(path: Path, *, lenient: bool = False) -> Rows:
    """Read and check a whole archive file; nothing is written."""
    return load_archive(read_archive_file(path), lenient=lenient)


def import_archive(
    db: Database, path: Path, *, replace: bool = False, lenient: bool = False
) -> ImportSummary:
    """Load an archive: all or nothing, into an empty database unless `replace`."""
    return import_rows(db, check_archive_file(path, lenient=lenient), replace=replace)


def import_rows(db: Database, rows: Rows, *, replace: bool = False) -> ImportSummary:
    """Write checked archive rows (see io.archive.load) in one transaction."""
    db.require_writable()  # before the backup: no backup of a file we cannot write
    with db.reading() as session:
        empty = is_empty(session)
    if not empty and not replace:
        raise UserError(msg("archive.not_empty"))
    backup = backup_before_replace(db) if not empty else None
    with db.transaction() as session:
        if not empty:
            clear_all(session)
        elif not is_empty(session):
            raise UserError(msg("archive.written_meanwhile"))
        write_rows(session, rows)
        # Rows came with their ids; on PostgreSQL the next generated id must follow them.
        advance_all_sequences(session.connection(), Base.metadata.sorted_tables)
    return ImportSummary(
        len(rows.meetings),
        len(rows.decisions),
        len(rows.action_items),
        len(rows.units),
        len(rows.people),
        backup,
    )


def export_archive(
    db: Database, out: Path, *, as_of: dt.date | None = None, meetings: list[str] | None = None
) -> int:
    """Write the database as an archive (the registry and all or some meetings).

    Returns the number of meetings written. An archive of some meetings is what
    `import --merge` takes to another database.
    """
    with db.reading() as session:
        ids = None
        if meetings is not None:
            ids = list(session.scalars(select(Meeting.id).where(Meeting.key.in_(meetings))))
        archive = build_archive(session, as_of or dt.date.today(), ids)
    sweep_beside(out)
    write_json_atomically(out, archive)
    return len(archive["meetings"])


def archive_text(archive: dict[str, object]) -> str:
    """One top-level field per line and one record per line: readable, diffable, and
    written by json's C encoder (an indented dump is several times slower)."""
    lines = ["{"]
    fields = list(archive.items())
    for index, (name, value) in enumerate(fields):
        comma = "," if index < len(fields) - 1 else ""
        if isinstance(value, list) and value:
            lines.append(f"  {_compact(name)}: [")
            lines.extend(f"    {_compact(v)}," for v in value[:-1])
            lines.append(f"    {_compact(value[-1])}")
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {_compact(name)}: {_compact(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def write_json_atomically(out: Path, archive: dict[str, object]) -> None:
    """Temp file in the target folder, then a rename: the old file survives any failure."""
    text = archive_text(archive)
    with replacing(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
