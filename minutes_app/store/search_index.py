"""The search index on SQLite (schema 0004): folded documents, a trigram and a gram index.

`search_docs` holds one row per searched field (folded); `search_trigrams` (FTS5
trigram) answers queries of three or more characters and `search_grams` (FTS5 over
tokens naming each character and each pair of neighbours) one or two. Triggers on the
base tables write search_docs and queue each change in `search_queue`, so the archive
import fills the index with no extra step; `flush` moves the queue into the FTS tables
in one statement each, when a transaction commits (FTS5 row by row inside triggers is
ten times slower). Documents still queued are found by a scan of the queue.
The triggers call the Python functions registered here on every connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, text

from minutes_app.domain.search import fold, gram_tokens, short_token
from minutes_app.domain.titles import meeting_title

_ORG = "(SELECT name FROM organisation ORDER BY id LIMIT 1)"


@dataclass(frozen=True)
class Source:
    """A searched field: table, field name, its text, its meeting and the record a hit
    reports (SQL over `r`)."""

    table: str
    field: str
    text: str
    meeting: str
    record: str = "r.id"


def _title_sql(r: str) -> str:
    body = f"(SELECT name FROM bodies WHERE id = {r}.body_id)"
    made = f"search_title({_ORG}, {r}.term, {r}.sequence, {body})"
    return f"COALESCE(NULLIF({r}.title, ''), {made})"


def sources(r: str) -> list[Source]:
    """Every searched field, its SQL written over the row alias `r` (NEW, OLD or a table)."""
    via_action = f"(SELECT meeting_id FROM action_items WHERE id = {r}.action_id)"
    return [
        Source("meetings", "title", _title_sql(r), f"{r}.id"),
        Source("meetings", "location", f"{r}.location", f"{r}.id"),
        Source("agenda_items", "title", f"{r}.title", f"{r}.meeting_id"),
        Source("agenda_items", "notes", f"{r}.notes", f"{r}.meeting_id"),
        Source("decisions", "text", f"{r}.text", f"{r}.meeting_id"),
        Source("action_items", "title", f"{r}.title", f"{r}.meeting_id"),
        Source("action_updates", "note", f"{r}.note", via_action, f"{r}.action_id"),
        Source("units", "name", f"{r}.name", "NULL"),
        Source("people", "name", f"{r}.name", "NULL"),
        Source("committees", "name", f"{r}.name", "NULL"),
    ]


def _sql_title(org: str | None, term: int, sequence: int, body: str | None) -> str:
    return meeting_title(org or "", term, sequence, body or "")


def _sql_fold(value: str | None) -> str | None:
    return None if value is None else fold(value)


def _sql_grams(folded: str | None) -> str | None:
    return None if folded is None else gram_tokens(folded)


def register_functions(conn: sqlite3.Connection) -> None:
    """The functions the index triggers call; needed on every connection that writes."""
    conn.create_function("search_fold", 1, _sql_fold, deterministic=True)
    conn.create_function("search_grams", 1, _sql_grams, deterministic=True)
    conn.create_function("search_title", 4, _sql_title, deterministic=True)


_FILL = (
    "INSERT INTO search_trigrams(rowid, folded) SELECT id, folded FROM search_docs",
    "INSERT INTO search_grams(rowid, grams) SELECT id, search_grams(folded) FROM search_docs",
)


def rebuild(conn: Connection) -> int:
    """Empty the index and fill it again from the base tables; returns the documents."""
    conn.execute(text("DELETE FROM search_queue"))
    conn.execute(text("DELETE FROM search_docs"))
    for fts in ("search_trigrams", "search_grams"):
        conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')"))
    for s in sources("r"):
        conn.execute(
            text(
                "INSERT INTO search_docs(source, src_id, record, field, meeting_id, folded) "
                f"SELECT '{s.table}', r.id, {s.record}, '{s.field}', {s.meeting}, "
                f"search_fold({s.text}) "
                f"FROM {s.table} r WHERE COALESCE({s.text}, '') <> ''"
            )
        )
    for statement in _FILL:
        conn.execute(text(statement))
    return int(conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one())


_FLUSH = (
    "INSERT INTO search_trigrams(search_trigrams, rowid, folded) "
    "SELECT 'delete', doc_id, folded FROM search_queue WHERE op = '-'",
    "INSERT INTO search_grams(search_grams, rowid, grams) "
    "SELECT 'delete', doc_id, search_grams(folded) FROM search_queue WHERE op = '-'",
    "INSERT INTO search_trigrams(rowid, folded) SELECT d.id, d.folded "
    "FROM search_queue q JOIN search_docs d ON d.id = q.doc_id WHERE q.op = '+'",
    "INSERT INTO search_grams(rowid, grams) SELECT d.id, search_grams(d.folded) "
    "FROM search_queue q JOIN search_docs d ON d.id = q.doc_id WHERE q.op = '+'",
    "DELETE FROM search_queue",
)


def flush(conn: sqlite3.Connection) -> None:
    """Move the queued changes into the FTS tables (inside the caller's transaction)."""
    try:
        queued = conn.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return  # a schema before 0004 (the migration itself is running)
    if queued:
        for statement in _FLUSH:
            conn.execute(statement)


@dataclass(frozen=True)
class DocHit:
    """A matching document: which row of which table, the record it reports, its meeting."""

    source: str
    src_id: int
    record: int
    field: str
    meeting_id: int | None


def _matching(folded_query: str) -> tuple[str, dict[str, str]]:
    """SQL of the documents containing `folded_query`: from the index, then the queue."""
    if len(folded_query) <= 2:
        fts, term = "search_grams", '"' + short_token(folded_query) + '"'
        check = ""  # a gram token is exact
    else:
        fts, term = "search_trigrams", '"' + folded_query.replace('"', '""') + '"'
        check = " WHERE instr(d.folded, :q) > 0"  # the trigram index only proposes
    columns = "SELECT d.id, d.source, d.src_id, d.record, d.field, d.meeting_id"
    # CROSS JOIN keeps SQLite from scanning search_docs for the ids the index gives.
    sql = (
        f"{columns} FROM (SELECT rowid AS id FROM {fts} WHERE {fts} MATCH :term) m "
        f"CROSS JOIN search_docs d ON d.id = m.id{check} "
        f"UNION ALL {columns} FROM search_queue q CROSS JOIN search_docs d ON d.id = q.doc_id "
        "WHERE q.op = '+' AND instr(d.folded, :q) > 0"
    )
    return sql, {"term": term, "q": folded_query}


def find_docs(conn: Connection, folded_query: str) -> list[DocHit]:
    """Every document whose folded text contains `folded_query` (checked, not guessed)."""
    sql, params = _matching(folded_query)
    rows = conn.execute(text(f"{sql} ORDER BY 1"), params)
    return [DocHit(s, i, r, f, m) for _id, s, i, r, f, m in rows]


@dataclass(frozen=True)
class Narrowing:
    """Meetings of one body (id), term and/or year; registry records drop out."""

    body_id: int | None = None
    term: int | None = None
    year: int | None = None


# A record is reported once: a progress note as its action, the main field first.
_RECORDS = """
WITH hit AS (
  SELECT h.*,
    CASE h.source WHEN 'action_updates' THEN 'action_items' ELSE h.source END AS rtable,
    CASE WHEN h.source = 'action_updates' THEN 3
         WHEN h.field IN ('title', 'name', 'text') THEN 0 ELSE 1 END AS frank
  FROM ({matching}) h
), best AS (
  SELECT hit.*, row_number() OVER (PARTITION BY rtable, record ORDER BY frank, src_id) AS pick
  FROM hit
), rec AS (
  SELECT best.*, mt.start AS mstart FROM best LEFT JOIN meetings mt ON mt.id = best.meeting_id
  WHERE pick = 1{narrow}
), ranked AS (
  SELECT rec.*,
    row_number() OVER (PARTITION BY rtable ORDER BY mstart DESC, meeting_id, record) AS nth,
    count(*) OVER (PARTITION BY rtable) AS found
  FROM rec
)
SELECT source, src_id, record, field, meeting_id, rtable, nth, found FROM ranked
WHERE nth <= :per_kind OR nth = 1
ORDER BY CASE rtable WHEN 'meetings' THEN 0 WHEN 'agenda_items' THEN 1 WHEN 'decisions' THEN 2
  WHEN 'action_items' THEN 3 WHEN 'units' THEN 4 WHEN 'people' THEN 5 ELSE 6 END, nth
"""


def find_records(
    conn: Connection, folded_query: str, narrowing: Narrowing, per_kind: int | None
) -> tuple[list[DocHit], dict[str, int]]:
    """One matching document per record, in display order (kind, newest meeting first),
    at most `per_kind` of each record table; and how many records each table has."""
    matching, params = _matching(folded_query)
    narrow = ""
    if narrowing.body_id is not None:
        narrow += " AND mt.body_id = :body"
    if narrowing.term is not None:
        narrow += " AND mt.term = :term_no"
    if narrowing.year is not None:
        narrow += " AND mt.start >= :y0 AND mt.start < :y1"
    if narrow:
        narrow += " AND mt.id IS NOT NULL"
    year = narrowing.year or 0
    values: dict[str, object] = {
        **params,
        "body": narrowing.body_id,
        "term_no": narrowing.term,
        "y0": f"{year:04d}-01-01",
        "y1": f"{year + 1:04d}-01-01",
        "per_kind": per_kind if per_kind is not None else 2**62,
    }
    sql = _RECORDS.format(matching=matching, narrow=narrow)
    docs, counts = [], {}
    for source, src_id, record, field, meeting_id, rtable, nth, found in conn.execute(
        text(sql), values
    ):
        counts[rtable] = found
        if per_kind is None or nth <= per_kind:
            docs.append(DocHit(source, src_id, record, field, meeting_id))
    return docs, counts


def field_texts(conn: Connection) -> Iterator[tuple[DocHit, str]]:
    """Every searched field with its own text, read without the index (any database)."""
    org = conn.execute(text("SELECT name FROM organisation ORDER BY id LIMIT 1")).scalar()
    bodies = {int(i): str(n) for i, n in conn.execute(text("SELECT id, name FROM bodies"))}
    meetings = "SELECT id, title, term, sequence, body_id, location FROM meetings"
    for mid, title, term, seq, body_id, location in conn.execute(text(meetings)):
        made = title or _sql_title(org, term, seq, bodies.get(body_id))
        yield DocHit("meetings", mid, mid, "title", mid), made
        if location:
            yield DocHit("meetings", mid, mid, "location", mid), location
    for s in sources("r")[2:]:  # their text is a plain column
        sql = f"SELECT r.id, {s.record}, {s.meeting}, {s.text} FROM {s.table} r"
        for rid, record, mid, value in conn.execute(text(sql)):
            if value:
                yield DocHit(s.table, rid, record, s.field, mid), value
