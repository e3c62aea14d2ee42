"""Whole-database copy, table by table, with every row's id kept.

Tables are written in foreign-key order and read in id order, so a reference always
points at a row already written. Ids, versions and the stored SHA-256 of approved
minutes come across unchanged; on PostgreSQL the sequences are then moved past the
copied ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from minutes_app.store.models import Base
from minutes_app.store.postgres import advance_all_sequences

CHUNK = 5000  # rows per INSERT … executemany: bounded memory on the ten-year data


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


def copied_tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def row_count(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(table)) or 0 for table in copied_tables()
    )


def clear_tables(session: Session) -> None:
    for table in reversed(copied_tables()):
        session.execute(delete(table))


def copy_rows(
    source: Session, target: Session, progress: Callable[[str], None] | None = None
) -> list[TableCount]:
    """Every row of every table from `source` into `target` (the caller's transactions)."""
    counts = []
    for table in copied_tables():
        written = 0
        order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
        result = source.execute(select(table).order_by(*order)).mappings()
        for chunk in result.partitions(CHUNK):
            target.execute(insert(table), [dict(row) for row in chunk])
            written += len(chunk)
        counts.append(TableCount(table.name, written))
        if progress is not None:
            progress(table.name)
    advance_all_sequences(target.connection(), copied_tables())
    return counts
