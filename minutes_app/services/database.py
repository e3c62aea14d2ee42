"""The database as the window and the command line see it: open, close, what went wrong.

A facade over store/, so that ui/ and commands/ reach storage only through services.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import configure_mappers

from minutes_app.domain.messages import Message
from minutes_app.services import approval
from minutes_app.store import models  # noqa: F401  (the mappings prepare_mappings configures)
from minutes_app.store.database import Database
from minutes_app.store.database import open_database as _open_store
from minutes_app.store.errors import (
    DamagedDatabase,
    DatabaseInUse,
    DatabaseOpenError,
    DiskFull,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    ServerUnavailable,
    StorageError,
    file_error,
)
from minutes_app.store.location import location_warning, read_only_reason

__all__ = [
    "DamagedDatabase",
    "Database",
    "DatabaseInUse",
    "DatabaseOpenError",
    "DiskFull",
    "NewerDatabase",
    "NotADatabase",
    "ReadOnlyDatabase",
    "ServerUnavailable",
    "StorageError",
    "checkpoint",
    "file_error",
    "location_warning",
    "open_database",
    "prepare_mappings",
    "read_only_reason",
    "server_answers",
]


# Only a database just upgraded from before the approval log may have approved minutes
# without entries; anywhere else a missing entry is a finding of `check`, not a gap to fill.
_BEFORE_THE_LOG = {"0001", "0002", "0003", "0004"}  # 0004: the search index


def open_database(
    target: str | Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    read_only: bool | str | Message | None = None,
) -> Database:
    """Open (and migrate) the database; approved minutes older than the approval log
    get their first entry, so that `check` can vouch for them from now on."""
    db = _open_store(target, create=create, upgrade=upgrade, read_only=read_only)
    if db.upgraded_from in _BEFORE_THE_LOG and db.read_only_reason is None:
        with db.reading() as session:
            pending = approval.unlogged_count(session)
        if pending:
            with db.transaction() as session:
                approval.adopt_unlogged(session)
    return db


def prepare_mappings() -> None:
    """Configure the ORM's table mappings now (about 0.2 s the first query would take):
    the window calls it off the UI thread while its first frame is up."""
    configure_mappers()


def checkpoint(db: Database) -> None:
    """Fold the file's recent commits into it, as the window does when idle."""
    db.checkpoint()


def server_answers(db: Database) -> bool:
    """One round trip: does the database server answer again? (A file always does.)"""
    try:
        with db.reading() as session:
            session.execute(text("SELECT 1"))
    except ServerUnavailable:
        return False
    return True
