"""Has another process changed the database since the window last looked?

The window takes `database_stamp(db)` after it loads (and after each of its own
writes) and, before its next write, asks `changed_since(db, stamp)`:

- NONE: write;
- CHANGED: another process committed (an import, another tool): reload first;
- REPLACED: another file sits at the path (a restore, a copy): the open connections
  still see the old file; dispose the Database, open the path again, reload;
- GONE: the file was moved or deleted: do not write.

A database on a server (a URL) gives a stamp of None parts and NONE always: there the
meeting's own version numbers guard concurrent edits.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes_app.domain.changes import DatabaseChange
from minutes_app.store.database import Database
from minutes_app.store.stamp import file_stamp


@dataclass(frozen=True)
class Stamp:
    identity: tuple[int, int] | None
    generation: int | None


def database_stamp(db: Database) -> Stamp:
    path = db.path
    if path is None:
        return Stamp(None, None)
    found = file_stamp(path)
    return Stamp(found.identity, found.generation)


def compare(before: Stamp, now: Stamp) -> DatabaseChange:
    if before.identity is None and before.generation is None:
        return DatabaseChange.NONE  # a server database, or nothing known before
    if now.identity is None:
        return DatabaseChange.GONE
    if now.identity != before.identity:
        return DatabaseChange.REPLACED
    if now.generation != before.generation:
        return DatabaseChange.CHANGED
    return DatabaseChange.NONE


def changed_since(db: Database, before: Stamp) -> DatabaseChange:
    return compare(before, database_stamp(db))


def changed_by_others_since(db: Database, before: Stamp) -> tuple[DatabaseChange, Stamp]:
    """As `changed_since`, but writes committed through `db` itself are no change; and the
    stamp now, to look from next time."""
    now = database_stamp(db)
    found = compare(before, now)
    if found is DatabaseChange.CHANGED and db.only_own_writes(before.generation, now.generation):
        found = DatabaseChange.NONE
    return found, now
