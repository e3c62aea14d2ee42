"""The search index on SQLite (schema 0004): folded documents, a trigram and a gram index.

`search_docs` holds one row per searched field: its folded text and the key it is
listed by (kind, meeting start, record); `search_trigrams` (FTS5 trigram) answers
queries of three or more characters and `search_grams` (FTS5 over tokens naming each
character and each pair of neighbours) one or two. The triggers of the base tables only
queue (table, row id) in `search_queue`, in plain SQL, so any program can write them;
`flush`, called when the app commits, reads the queued rows, folds them here and
rewrites their documents in bulk. A large queue (a full import) is cheaper rebuilt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from minutes_app.domain.search import fold, gram_tokens
from minutes_app.domain.titles import meeting_title

# SQLite allows 32,766 parameters; stay well below.
_CHUNK = 5000
# More queued rows than this share of the index (or than _REBUILD_ROWS): build it again.
_REBUILD_SHARE = 0.25
_REBUILD_ROWS = 20_000

# The kinds in the order hits are listed; a progress note is found as its action.
KIND_TABLES = (
    "meetings",
    "agenda_items",
    "decisions",
    "action_items",
    "units",
    "people",
    "committees",
)


@dataclass(frozen=True)
class Source:
    """A table with searched fields: SQL giving (id, record, meeting id, meeting start,
    *fields) over alias `r`, and each field's name and rank within its record."""

    table: str
    kind: str
    select: str
    fields: tuple[tuple[str, int], ...]


def _in_meeting(table: str, columns: str) -> str:
    return (
        f"SELECT r.id, r.id, r.meeting_id, m.start, {columns} FROM {table} r "
        "LEFT JOIN meetings m ON m.id = r.meeting_id"
    )


def _registry(table: str) -> Source:
    return Source(
        table, table, f"SELECT r.id, r.id, NULL, NULL, r.name FROM {table} r", (("name", 0),)
    )


# fmt: off
SOURCES = {
    s.table: s
    for s in (
        # The title column is replaced by the title made when the meeting has none.
        Source("meetings", "meetings",
               "SELECT r.id, r.id, r.id, r.start, r.title, r.location, r.term, r.sequence, "
               "b.name, (SELECT o.name FROM organisation o ORDER BY o.id LIMIT 1) "
               "FROM meetings r LEFT JOIN bodies b ON b.id = r.body_id",
               (("title", 0), ("location", 1))),
        Source("agenda_items", "agenda_items", _in_meeting("agenda_items", "r.title, r.notes"),
               (("title", 0), ("notes", 1))),
        Source("decisions", "decisions", _in_meeting("decisions", "r.text"), (("text", 0),)),
        Source("action_items", "action_items", _in_meeting("action_items", "r.title"),
               (("title", 0),)),
        Source("action_updates", "action_items",
               "SELECT r.id, r.action_id, a.meeting_id, m.start, r.note FROM action_updates r "
               "LEFT JOIN action_items a ON a.id = r.action_id "
               "LEFT JOIN meetings m ON m.id = a.meeting_id",
               (("note", 3),)),
        _registry("units"),
        _registry("people"),
        _registry("committees"),
    )
}
# fmt: on
_KIND_RANK = {table: i for i, table in enumerate(KIND_TABLES)}

# (source, src_id, record, field, kind, meeting_id, meeting_start, field_rank, folded)
Doc = tuple[str, int, int, str, int, int | None, str | None, int, str]


def docs_of(conn: Any, source: Source, ids: Sequence[int] | None) -> Iterator[Doc]:
    """The documents of the rows `ids` of `source` (all its rows for None), folded here.
    `conn` is the driver's connection, sqlite3's or psycopg's (the ids are written out)."""
    for sql in source_reads(source, ids):
        yield from docs_from(source, conn.execute(sql))


def source_reads(source: Source, ids: Sequence[int] | None) -> list[str]:
    """The SQL reading the rows `ids` of `source` (all its rows for None), in chunks."""
    if ids is None:
        return [source.select]
    chunks = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    return [f"{source.select} WHERE r.id IN ({','.join(str(int(i)) for i in c)})" for c in chunks]


def docs_from(source: Source, rows: Iterable[Sequence[Any]]) -> Iterator[Doc]:
    """The documents of rows read by `source_reads`, folded here."""
    kind = _KIND_RANK[source.kind]
    for row in rows:
        rid, record, meeting_id, start = row[:4]
        values = list(row[4 : 4 + len(source.fields)])
        if source.table == "meetings" and not values[0]:
            values[0] = meeting_title(row[9] or "", row[6], row[7], row[8] or "")
        for (field, rank), value in zip(source.fields, values, strict=True):
            if value:
                yield (source.table, rid, record, field, kind, meeting_id, start, rank, fold(value))


# A document's id tells its kind and record: kind << 56 | record << 16 | slot, so the
# counts of a query come from the FTS rowids alone. A main field has its own slot
# (0, 1), a progress note the next free one; what does not fit gets an id of kind 7.
KIND_SHIFT, RECORD_SHIFT = 56, 16
OVERFLOW = 7 << KIND_SHIFT
_SLOTS = 1 << RECORD_SHIFT
_RECORDS = 1 << (KIND_SHIFT - RECORD_SHIFT)


_SLOT = {
    (table, field): slot
    for table, source in SOURCES.items()
    for slot, (field, _rank) in enumerate(source.fields)
}


class _Numbering:
    """Ids for new documents, given those already in search_docs."""

    def __init__(self, conn: sqlite3.Connection, *, fresh: bool) -> None:
        self.conn, self.fresh = conn, fresh
        self.used: dict[int, set[int]] = {}
        last = conn.execute("SELECT max(id) FROM search_docs WHERE id >= ?", (OVERFLOW,))
        self.overflow = last.fetchone()[0] or OVERFLOW

    def _taken(self, base: int) -> set[int]:
        if base not in self.used and self.fresh:  # only the main fields are in
            self.used[base] = {0}
        if base not in self.used:
            rows = self.conn.execute(
                "SELECT id - ? FROM search_docs WHERE id >= ? AND id < ?",
                (base, base, base + _SLOTS),
            )
            self.used[base] = {int(r[0]) for r in rows}
        return self.used[base]

    def id_of(self, doc: Doc) -> int:
        source, _src, record, field, kind = doc[:5]
        if 0 <= record < _RECORDS:
            base = kind << KIND_SHIFT | record << RECORD_SHIFT
            if source != "action_updates":
                slot = _SLOT[source, field]
                self.used.setdefault(base, set()).add(slot)  # its row's old one is gone
                return base + slot
            taken = self._taken(base)
            free = max(taken, default=0) + 1
            if free >= _SLOTS:
                free = next((n for n in range(1, _SLOTS) if n not in taken), _SLOTS)
            if free < _SLOTS:
                taken.add(free)
                return base + free
        self.overflow += 1
        return self.overflow


def _write(conn: sqlite3.Connection, docs: Iterable[Doc], *, fresh: bool = False) -> None:
    """Add documents to search_docs and both FTS tables (`fresh`: being rebuilt)."""
    numbering = _Numbering(conn, fresh=fresh)
    # In rowid order: FTS5 writes out its pending terms at each rowid below the last one.
    numbered = sorted((numbering.id_of(doc), *doc) for doc in docs)
    conn.executemany(
        "INSERT INTO search_docs(id, source, src_id, record, field, kind, meeting_id, "
        "meeting_start, field_rank, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        numbered,
    )
    conn.executemany(
        "INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)",
        ((d[0], d[-1]) for d in numbered),
    )
    grams: dict[str, str] = {}  # texts recur (update notes, titles): 60,630 docs, 7,170 texts

    def tokens(folded: str) -> str:
        found = grams.get(folded)
        if found is None:
            found = grams[folded] = gram_tokens(folded)
        return found

    conn.executemany(
        "INSERT INTO search_grams(rowid, grams) VALUES (?, ?)",
        ((d[0], tokens(d[-1])) for d in numbered),
    )


def _drop(conn: sqlite3.Connection, table: str, ids: Sequence[int]) -> None:
    """Take the documents of these rows out (contentless FTS5 deletes by the indexed text)."""
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        where = f"source = ? AND src_id IN ({','.join('?' * len(chunk))})"
        old = conn.execute(f"SELECT id, folded FROM search_docs WHERE {where}", (table, *chunk))
        indexed = old.fetchall()
        conn.executemany(
            "INSERT INTO search_trigrams(search_trigrams, rowid, folded) VALUES ('delete', ?, ?)",
            indexed,
        )
        conn.executemany(
            "INSERT INTO search_grams(search_grams, rowid, grams) VALUES ('delete', ?, ?)",
            ((i, gram_tokens(folded)) for i, folded in indexed),
        )
        conn.execute(f"DELETE FROM search_docs WHERE {where}", (table, *chunk))


def _rebuild(conn: sqlite3.Connection) -> int:
    conn.execute("DELETE FROM search_queue")
    conn.execute("DELETE FROM search_docs")
    for fts in ("search_trigrams", "search_grams"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
    every = (doc for source in SOURCES.values() for doc in docs_of(conn, source, None))
    _write(conn, every, fresh=True)
    # One segment each: written in bulk, FTS5 leaves dozens, and the first edits after
    # an import then pay for merging them at commit (2.7 MB written to remove one item).
    for fts in ("search_trigrams", "search_grams"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    return int(conn.execute("SELECT count(*) FROM search_docs").fetchone()[0])


def rebuild(conn: Connection) -> int:
    """Empty the index and fill it again from the base tables; returns the documents."""
    return _rebuild(driver(conn))


def flush(conn: sqlite3.Connection) -> None:
    """Index the queued rows as they are now (inside the caller's transaction)."""
    try:
        queued = conn.execute("SELECT DISTINCT source, src_id FROM search_queue").fetchall()
    except sqlite3.OperationalError:
        return  # a schema before 0004 (the migration itself is running)
    if not queued:
        return
    indexed = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    if len(queued) > min(_REBUILD_ROWS, max(1000, indexed * _REBUILD_SHARE)):
        _rebuild(conn)
        return
    rows: dict[str, list[int]] = {}
    for table, rid in queued:
        rows.setdefault(table, []).append(rid)
    for table, ids in rows.items():
        _drop(conn, table, ids)
        _write(conn, docs_of(conn, SOURCES[table], ids))
    conn.execute("DELETE FROM search_queue")


def has_queue(conn: Connection) -> bool:
    """Whether another program changed searched rows the index has not read yet."""
    return conn.execute(text("SELECT 1 FROM search_queue LIMIT 1")).first() is not None


def catch_up(conn: Connection) -> None:
    """Fold what other programs queued (in the caller's write transaction)."""
    flush(driver(conn))


def driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


@dataclass(frozen=True)
class DocHit:
    """A matching document: which row of which table, the record it reports, its meeting."""

    source: str
    src_id: int
    record: int
    field: str
    meeting_id: int | None


def field_texts(conn: Connection) -> Iterator[tuple[DocHit, str]]:
    """Every searched field with its own text, read without the index (any database)."""
    org = conn.execute(text("SELECT name FROM organisation ORDER BY id LIMIT 1")).scalar()
    bodies = {int(i): str(n) for i, n in conn.execute(text("SELECT id, name FROM bodies"))}
    meetings = "SELECT id, title, term, sequence, body_id, location FROM meetings"
    for mid, title, term, seq, body_id, location in conn.execute(text(meetings)):
        made = title or meeting_title(org or "", term, seq, bodies.get(body_id, ""))
        yield DocHit("meetings", mid, mid, "title", mid), made
        if location:
            yield DocHit("meetings", mid, mid, "location", mid), location
    for s in list(SOURCES.values())[1:]:  # their text is a plain column
        for rid, record, mid, _start, *values in conn.execute(text(s.select)):
            for (field, _rank), value in zip(s.fields, values, strict=True):
                if value:
                    yield DocHit(s.table, rid, record, field, mid), value
