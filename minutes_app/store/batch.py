"""Several reads in one round trip to the server.

A save reads a dozen small things before it writes (the registry records the meeting
names, the stored rows under it, the highest ids). On SQLite each read is a function
call; on a server each is a round trip, and on a loaded machine every round trip waits
for the server process to be scheduled. On PostgreSQL the reads are sent together in
psycopg's pipeline mode and their results come back together.

The statements must bind plain values only (numbers, text, lists of them through
`one_of`: no expanding IN) and be built once: each is compiled once and its text and
values handed to the driver.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, Dialect, any_, bindparam
from sqlalchemy.engine.interfaces import Compiled
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

Row = dict[str, Any]
Read = tuple[Executable, Mapping[str, Any]]


def one_of(column: ColumnElement[Any], name: str, postgres: bool) -> Any:
    """`column IN :name` (a list); on PostgreSQL `= ANY(:name)`: one array parameter for
    any number of values, so the statement's text is the same every time."""
    if postgres:
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))


def fetch_together(session: Session, reads: Sequence[Read]) -> list[list[Row]]:
    """Every read's rows as dicts by column name, in the order given (after the
    session's pending changes are written: the reads must see them)."""
    session.flush()
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return [[dict(r._mapping) for r in conn.execute(stmt, params)] for stmt, params in reads]
    return _pipelined(conn, reads)


def _pipelined(conn: Connection, reads: Sequence[Read]) -> list[list[Row]]:
    compiled = []
    for stmt, params in reads:
        done = _compiled(stmt, conn.dialect)
        values = done.construct_params(dict(params)) or {}
        processors = getattr(done, "_bind_processors", {})
        values = {k: processors[k](v) if k in processors else v for k, v in values.items()}
        compiled.append((done.string, values))
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        cursors = []
        with driver.pipeline():
            for sql, values in compiled:
                cursor = driver.cursor()
                # Listeners counting statements (benchmarks) see these too.
                conn.dispatch.before_cursor_execute(conn, cursor, sql, values, None, False)
                cursor.execute(sql, values)
                cursors.append(cursor)
        return [_rows(cursor) for cursor in cursors]
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "psycopg":
            raise
        # Wrapped as SQLAlchemy wraps the driver's errors, so that a lost server is
        # reported as one (store.database.storage_errors).
        raise DBAPIError.instance(None, None, exc, Exception) from exc


@functools.lru_cache(maxsize=256)
def _compiled(stmt: Executable, dialect: Dialect) -> Compiled:
    """Compiling costs more than running a small read: once per statement (they are
    built once, services.meeting_reads) and database."""
    return stmt.compile(dialect=dialect)  # type: ignore[attr-defined]


def _rows(cursor: Any) -> list[Row]:
    names = [d.name for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    cursor.close()
    return rows
