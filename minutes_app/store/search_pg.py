"""The search index on PostgreSQL (schema 0006): folded documents found through pg_trgm.

`search_docs` holds one row per searched field with its folded text; a GIN trigram index
on it serves `folded LIKE '%query%'`, which the server then checks exactly (one- and
two-character queries have no trigram: the server reads the documents, still one table
of short folded texts instead of every field folded here). The triggers queue
(table, row id) in `search_queue`; `flush`, called when the app commits, folds the
queued rows with the same code as on SQLite (search_index.SOURCES).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from minutes_app.store.search_index import SOURCES, Doc, DocHit, docs_of

# The tables of the index (no models: the triggers and this module keep them).
TABLES = ("search_docs", "search_queue")
# One flush at a time: two sessions indexing the same row would both insert it.
_LOCK = 0x5EA4C4  # any constant; pg_advisory_xact_lock takes a bigint
# More queued rows than this: the index is emptied and written again in one go.
_REBUILD_ROWS = 20_000
_COPY = "COPY search_docs (source, src_id, field, record, meeting_id, folded) FROM STDIN"


def flush(conn: Any) -> None:
    """Index the queued rows as they are now, inside the caller's transaction (`conn`
    is the psycopg connection of the committing session)."""
    if conn.execute("SELECT to_regclass('search_queue')").fetchone()[0] is None:
        return  # a schema before 0006 (an error here would abort the transaction)
    if conn.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone() is None:
        return
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
    # Taken and deleted in one statement: what others queue meanwhile stays queued.
    queued = set(conn.execute("DELETE FROM search_queue RETURNING source, src_id").fetchall())
    if len(queued) > _REBUILD_ROWS:
        _rebuild(conn)
        return
    rows: dict[str, list[int]] = {}
    for table, rid in queued:
        rows.setdefault(table, []).append(int(rid))
    for table, ids in rows.items():
        conn.execute("DELETE FROM search_docs WHERE source = %s AND src_id = ANY(%s)", (table, ids))
        _copy(conn, docs_of(conn, SOURCES[table], ids))


def _rebuild(conn: Any) -> int:
    conn.execute("DELETE FROM search_queue")
    conn.execute("DELETE FROM search_docs")
    return _copy(conn, (doc for s in SOURCES.values() for doc in docs_of(conn, s, None)))


def _copy(conn: Any, docs: Iterable[Doc]) -> int:
    # Read them all first: the connection takes no other statement during a COPY.
    rows = [(s, i, field, record, m, folded) for s, i, record, field, _k, m, _t, _r, folded in docs]
    with conn.cursor() as cursor, cursor.copy(_COPY) as copy:
        for row in rows:
            copy.write_row(row)
    return len(rows)


def rebuild(conn: Connection) -> int:
    """Empty the index and fill it again from the base tables; returns the documents."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _LOCK})
    return _rebuild(conn.connection.driver_connection)


def matching(conn: Connection, folded_query: str) -> list[DocHit]:
    """The documents whose folded text contains the folded query."""
    pattern = "%" + "".join("\\" + c if c in "\\%_" else c for c in folded_query) + "%"
    cursor = conn.connection.cursor()  # thousands of rows for a common word: no Row each
    try:
        cursor.execute(
            "SELECT source, src_id, record, field, meeting_id FROM search_docs "
            "WHERE folded LIKE %s ESCAPE '\\'",
            (pattern,),
        )
        return [DocHit(*row) for row in cursor.fetchall()]
    finally:
        cursor.close()
