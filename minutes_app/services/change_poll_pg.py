"""Has anyone changed the shared database since I last looked? One cheap query.

For each table: its row count and, on PostgreSQL, the newest transaction id that wrote
one of its rows (`xmin`): any insert or update raises it, any delete lowers the count.
On SQLite (one writer, but a window and the CLI may share a file) the highest id and
the sum of the record versions stand in for `xmin`. A window polls this every few
seconds and reloads only the lists whose tables changed.

On PostgreSQL the look is cheaper still while nobody writes: the server's snapshot
(`pg_current_snapshot()`: the oldest running, the next and the running transaction ids)
moves only when a transaction that writes starts or ends, in any database of the
server. While it stands still, no table is counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select, text, union_all

from minutes_app.store.database import Database
from minutes_app.store.models import Base


@dataclass(frozen=True)
class ChangeStamp:
    tables: tuple[tuple[str, int, int], ...] = ()  # (table, rows, newest write)
    snapshot: str = ""  # the server's transaction snapshot when the tables were counted


@dataclass(frozen=True)
class ChangeCheck:
    changed: frozenset[str] = field(default_factory=frozenset)  # empty: nothing new
    stamp: ChangeStamp = field(default_factory=ChangeStamp)


def _probe(name: str, postgres: bool) -> Any:  # a Select of (name, rows, newest)
    table = Base.metadata.tables[name]
    newest: ColumnElement[Any]
    if postgres:
        newest = func.coalesce(func.max(text("xmin::text::bigint")), 0)
    elif "version" in table.c:
        newest = func.coalesce(func.max(table.c.id), 0) + func.coalesce(
            func.sum(table.c.version), 0
        )
    else:
        newest = func.coalesce(func.max(table.c.id), 0)
    return select(literal(name), func.count(), newest).select_from(table)


def current_stamp(db: Database, snapshot: str = "") -> ChangeStamp:
    names = sorted(Base.metadata.tables)
    query = union_all(*(_probe(n, not db.is_sqlite) for n in names))
    with db.reading() as session:
        rows = [tuple(r) for r in session.execute(query)]
    return ChangeStamp(tuple(sorted((str(n), int(c), int(w)) for n, c, w in rows)), snapshot)


def server_snapshot(db: Database) -> str:
    """The server's transaction snapshot as text ("" for a file): one tiny query."""
    if db.is_sqlite:
        return ""
    with db.reading() as session:
        return str(session.execute(text("SELECT pg_current_snapshot()::text")).scalar())


def changes_since(db: Database, stamp: ChangeStamp | None) -> ChangeCheck:
    """Which tables changed since `stamp` (None: the first look, nothing changed)."""
    snapshot = server_snapshot(db)
    if stamp is not None and snapshot and snapshot == stamp.snapshot:
        return ChangeCheck(frozenset(), stamp)  # no writer came or went since
    # Taken before the count: a writer that ends meanwhile moves it, so we count again.
    now = current_stamp(db, snapshot)
    if stamp is None:
        return ChangeCheck(frozenset(), now)
    before = {t[0]: t for t in stamp.tables}
    changed = frozenset(t[0] for t in now.tables if before.get(t[0]) != t)
    return ChangeCheck(changed, now)
