"""The search index on PostgreSQL (schema 0006): folded documents found through pg_trgm.

`search_docs` holds one row per searched field with its folded text; a GIN trigram index
on it serves `folded LIKE '%query%'`, which the server then checks exactly (one- and
two-character queries have no trigram: the server reads the documents, still one table
of short folded texts instead of every field folded here). The server also keeps each
record's best field and the first records of each kind, in the order the window lists
them, so a common word's thousands of rows never come over. The triggers queue
(table, row id) in `search_queue`; `flush`, called when the app commits, folds the
queued rows with the same code as on SQLite (search_index.SOURCES).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from minutes_app.store.search_index import SOURCES, Doc, DocHit, docs_from, docs_of, source_reads
from minutes_app.store.search_query import Narrowing

# The tables of the index (no models: the triggers and this module keep them).
TABLES = ("search_docs", "search_queue")
# One flush at a time: two sessions indexing the same row would both insert it.
_LOCK = 0x5EA4C4  # any constant; pg_advisory_xact_lock takes a bigint
# More queued rows than this: the index is emptied and written again in one go.
_REBUILD_ROWS = 20_000
_COPY = "COPY search_docs (source, src_id, field, record, meeting_id, folded) FROM STDIN"


# Taken and deleted in one statement: what others queue meanwhile stays queued. The
# lock is taken only when there is something to take (at the first queued row), and
# before any document is touched: the documents are read and written by later
# statements, which see what a flush that held the lock before us wrote.
_TAKE = (
    "WITH locked AS (SELECT pg_advisory_xact_lock(%s)) "
    "DELETE FROM search_queue WHERE EXISTS (SELECT 1 FROM locked) RETURNING source, src_id"
)
# The old documents of the queued rows out, their new ones in: one statement. The
# insert reads the count of the deleted (a subquery run once, first): so the deletion
# is done before the first new document meets the primary key.
_REPLACE = (
    "WITH gone AS (DELETE FROM search_docs d USING unnest(%s::text[], %s::bigint[]) "
    "AS q(source, src_id) WHERE d.source = q.source AND d.src_id = q.src_id RETURNING 1) "
    "INSERT INTO search_docs (source, src_id, field, record, meeting_id, folded) "
    "SELECT * FROM unnest(%s::text[], %s::bigint[], %s::text[], %s::bigint[], "
    "%s::bigint[], %s::text[]) WHERE (SELECT count(*) FROM gone) >= 0"
)
# Connections that have seen the index's tables (once there, they stay).
_HAS_INDEX: weakref.WeakSet[Any] = weakref.WeakSet()


def flush(conn: Any) -> None:
    """Index the queued rows as they are now, inside the caller's transaction (`conn`
    is the psycopg connection of the committing session). Nothing queued: one statement."""
    if conn not in _HAS_INDEX:
        if conn.execute("SELECT to_regclass('search_queue')").fetchone()[0] is None:
            return  # a schema before 0006 (an error here would abort the transaction)
        _HAS_INDEX.add(conn)
    queued = set(conn.execute(_TAKE, (_LOCK,)).fetchall())
    if not queued:
        return
    if len(queued) > _REBUILD_ROWS:
        _rebuild(conn)
        return
    rows: dict[str, list[int]] = {}
    for table, rid in queued:
        rows.setdefault(table, []).append(int(rid))
    reads = [(SOURCES[t], sql) for t, ids in rows.items() for sql in source_reads(SOURCES[t], ids)]
    with conn.pipeline():  # the rows of every queued table in one round trip
        cursors = [(source, conn.execute(sql)) for source, sql in reads]
    columns: list[list[Any]] = [[] for _ in range(6)]
    for source, cursor in cursors:
        for table, src_id, record, field, _k, meeting_id, _t, _r, folded in docs_from(
            source, cursor.fetchall()
        ):
            for column, value in zip(
                columns, (table, src_id, field, record, meeting_id, folded), strict=True
            ):
                column.append(value)
    gone = sorted(queued)
    conn.execute(_REPLACE, ([g[0] for g in gone], [int(g[1]) for g in gone], *columns))


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


# The kinds in HitKind's order, and a field's rank within its record (its main text
# first, a progress note last): as the scan of services/search lists them.
_KIND = (
    "CASE d.source WHEN 'meetings' THEN 0 WHEN 'agenda_items' THEN 1 WHEN 'decisions' THEN 2 "
    "WHEN 'action_items' THEN 3 WHEN 'action_updates' THEN 3 WHEN 'units' THEN 4 "
    "WHEN 'people' THEN 5 ELSE 6 END"
)
_RANK = (
    "CASE WHEN d.source = 'action_updates' THEN 3 "
    "WHEN d.field IN ('title', 'name', 'text') THEN 0 ELSE 1 END"
)
_LISTED = f"""
WITH hit AS (
  SELECT d.source, d.src_id, d.record, d.field, d.meeting_id, {_KIND} AS kind, {_RANK} AS rank
  FROM search_docs d WHERE d.folded LIKE %(pattern)s ESCAPE '\\'
), best AS (
  SELECT DISTINCT ON (kind, record) * FROM hit ORDER BY kind, record, rank, src_id
), listed AS (
  SELECT b.*, row_number() OVER (PARTITION BY kind
           ORDER BY m.start DESC NULLS LAST, b.meeting_id, b.record) AS n,
         count(*) OVER (PARTITION BY kind) AS found
  FROM best b LEFT JOIN meetings m ON m.id = b.meeting_id WHERE TRUE{{where}}
)
SELECT kind, found, source, src_id, record, field, meeting_id FROM listed
WHERE n <= %(per_kind)s ORDER BY kind, n
"""


def find_records(
    conn: Connection, folded_query: str, narrowing: Narrowing, per_kind: int | None
) -> tuple[list[tuple[int, DocHit]], dict[int, int]]:
    """(kind, document) of each record found, its best field, in display order (kind,
    newest meeting first), at most `per_kind` of each kind; and the records of each kind.
    The server picks and orders them: a common word's thousands of rows stay there."""
    conditions, values = [], {"pattern": _pattern(folded_query), "per_kind": per_kind or 2**62}
    if narrowing.body_id is not None:
        conditions.append(" AND m.body_id = %(body)s")
        values["body"] = narrowing.body_id
    if narrowing.term is not None:
        conditions.append(" AND m.term = %(term)s")
        values["term"] = narrowing.term
    if narrowing.year is not None:
        conditions.append(" AND m.start >= %(y0)s AND m.start < %(y1)s")
        values["y0"] = dt.datetime(narrowing.year, 1, 1)
        values["y1"] = dt.datetime(narrowing.year + 1, 1, 1)
    if conditions:
        conditions.append(" AND b.meeting_id IS NOT NULL")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_LISTED.replace("{where}", "".join(conditions)), values)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    counts = {int(row[0]): int(row[1]) for row in rows}
    return [(int(row[0]), DocHit(*row[2:])) for row in rows], counts


def _pattern(folded_query: str) -> str:
    return "%" + "".join("\\" + c if c in "\\%_" else c for c in folded_query) + "%"
