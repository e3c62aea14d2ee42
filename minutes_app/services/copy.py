"""Moving a whole database to another place: SQLite file ↔ PostgreSQL server.

A table-by-table copy (store/copy_tables.py), not an archive export and import: ids,
record versions and the stored SHA-256 of every approved meeting come across exactly,
nothing is re-derived, and so the target's archive export is byte for byte the
source's. The target is written in one transaction: a failure (a full disk, a dropped
connection) leaves it as it was. A target that already holds records is refused unless
`replace`; a SQLite target is then backed up first, as the import does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.db_url import redacted
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.store.backup import backup_before_replace
from minutes_app.store.copy_tables import clear_tables, copy_rows, row_count
from minutes_app.store.database import Database, database_url, open_database


@dataclass(frozen=True)
class CopySummary:
    source: str  # where from and where to, safe to show (no password)
    target: str
    rows: int
    meetings: int
    backup: Path | None


def same_place(a: str | Path, b: str | Path) -> bool:
    return redacted(database_url(a)) == redacted(database_url(b))


def copy_database(source: str | Path, target: str | Path, *, replace: bool = False) -> CopySummary:
    """Open both (the target is created and migrated if new), then copy everything."""
    if same_place(source, target):
        raise UserError(msg("copy.same"))
    src = open_database(source, create=False)
    try:
        dst = open_database(target)
        try:
            return copy_between(src, dst, replace=replace)
        finally:
            dst.dispose()
    finally:
        src.dispose()


def copy_between(source: Database, target: Database, *, replace: bool = False) -> CopySummary:
    with target.reading() as session:
        existing = row_count(session)
    if existing and not replace:
        raise UserError(msg("copy.not_empty", target=target.label))
    backup = backup_before_replace(target) if existing else None
    with source.snapshot() as reading, target.transaction() as writing:
        if existing:
            clear_tables(writing)
        counts = copy_rows(reading, writing)
    meetings = next((c.rows for c in counts if c.table == "meetings"), 0)
    total = sum(c.rows for c in counts)
    return CopySummary(source.label, target.label, total, meetings, backup)
