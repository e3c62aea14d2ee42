"""Core executemany helpers for the import and for derived columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlalchemy.orm import Session

from minutes_app.store.postgres import advance_sequence


def bulk_update(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """UPDATE table SET … WHERE id = row["id"] for every row (same keys in every row)."""
    if not rows:
        return
    columns = [k for k in rows[0] if k != "id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({c: bindparam(c) for c in columns})
    )
    session.connection().execute(
        stmt, [{"_id": r["id"], **{c: r[c] for c in columns}} for r in rows]
    )


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT the rows as they are; on PostgreSQL, explicit ids then move the sequence on,
    so the next row the ORM adds (a derived role, a new update) gets a free id."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "sqlite" and _sqlite_insert(conn, table, rows):
        return
    conn.execute(insert(table), list(rows))
    if conn.dialect.name == "postgresql" and "id" in rows[0] and "id" in table.c:
        advance_sequence(conn, table.name)


def _sqlite_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> bool:
    """The driver's executemany of the values SQLAlchemy would bind, as tuples.

    SQLAlchemy's executemany builds a parameter dict per row (a third of an import's
    write time for ~80,000 rows). The same statement, each column's own bind conversion
    and its scalar default for a column the rows leave out give the same stored bytes.
    False (nothing done) when a left-out column's default must be computed per row.
    """
    keys = list(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.c:
        if column.key in rows[0] or column.default is None:
            continue
        if not column.default.is_scalar:
            return False
        defaults[column.key] = column.default.arg  # type: ignore[attr-defined]
    names = keys + list(defaults)
    dialect = conn.dialect
    convert = [table.c[k].type._cached_bind_processor(dialect) for k in names]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    fixed = list(defaults.values())

    def values(row: dict[str, Any]) -> tuple[Any, ...]:
        raw = [row[k] for k in keys] + fixed
        return tuple(f(v) if f is not None else v for f, v in zip(convert, raw, strict=True))

    driver = conn.connection.driver_connection
    assert driver is not None
    driver.executemany(sql, [values(r) for r in rows])
    return True
