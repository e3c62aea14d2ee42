"""Core executemany helpers for the import and for derived columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session


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
    if rows:
        session.connection().execute(insert(table), list(rows))
