"""Core executemany helpers for the import and for derived columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
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
    conn.execute(insert(table), list(rows))
    if conn.dialect.name == "postgresql" and "id" in rows[0] and "id" in table.c:
        advance_sequence(conn, table.name)
