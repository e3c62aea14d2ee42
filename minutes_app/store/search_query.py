"""Reading the search index: the records whose fields contain a folded query.

A hit is listed by the key stored with each document (kind, newest meeting first, the
record, its main field first), so the first hits of a common query are read in order
from ix_search_docs_order and the walk stops after `per_kind` records; the counts come
from the matching FTS rowids alone, which name each document's kind and record.
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass

from sqlalchemy import Connection

from minutes_app.domain.search import short_token
from minutes_app.store.search_index import KIND_SHIFT, KIND_TABLES, RECORD_SHIFT, DocHit, driver

# Below this many matching documents of a kind, sorting them is cheaper than the walk.
_SORT_BELOW = 400
# A sorted document costs about this many walked index entries (0: always walk).
_WALK_COST = 7
_MASK = (1 << (KIND_SHIFT - RECORD_SHIFT)) - 1
_ORDER = "d.meeting_start DESC, d.meeting_id, d.record, d.field_rank, d.src_id"
_COLUMNS = "d.kind, d.source, d.src_id, d.record, d.field, d.meeting_id"
_Row = tuple[int, str, int, int, str, int | None]


@dataclass(frozen=True)
class Narrowing:
    """Meetings of one body (id), term and/or year; registry records drop out."""

    body_id: int | None = None
    term: int | None = None
    year: int | None = None


def _matching(folded_query: str) -> tuple[str, dict[str, object]]:
    """The ids of the documents containing the query. Both are exact: a gram token names
    its characters, and a trigram phrase is the substring itself (its trigrams at
    consecutive places; case_sensitive 1 folds nothing more)."""
    if len(folded_query) <= 2:
        fts, term = "search_grams", '"' + short_token(folded_query) + '"'
    else:
        fts, term = "search_trigrams", '"' + folded_query.replace('"', '""') + '"'
    return f"SELECT rowid FROM {fts} WHERE {fts} MATCH :term", {"term": term}


def _narrow(narrowing: Narrowing) -> tuple[str, dict[str, object]]:
    conditions = []
    if narrowing.body_id is not None:
        conditions.append("body_id = :body")
    if narrowing.term is not None:
        conditions.append("term = :term_no")
    if narrowing.year is not None:
        conditions.append("start >= :y0 AND start < :y1")
    if not conditions:
        return "", {}
    year = narrowing.year or 0
    values: dict[str, object] = {
        "body": narrowing.body_id,
        "term_no": narrowing.term,
        "y0": f"{year:04d}-01-01",
        "y1": f"{year + 1:04d}-01-01",
    }
    where = " AND ".join(conditions)
    return f" AND d.meeting_id IN (SELECT id FROM meetings WHERE {where})", values


def find_records(
    conn: Connection, folded_query: str, narrowing: Narrowing, per_kind: int | None
) -> tuple[list[DocHit], dict[str, int]]:
    """One matching document per record, in display order (kind, newest meeting first),
    at most `per_kind` of each record table; and how many records each table has."""
    raw = driver(conn)  # the rows are many and simple: no SQLAlchemy result per row
    ids, params = _matching(folded_query)
    where, narrow_params = _narrow(narrowing)
    params |= narrow_params
    counted, matched = _counts(raw, ids, where, params)
    ranged = matched is not None
    counts = {KIND_TABLES[kind]: records for kind, _docs, records in counted}
    walked = [k for k, docs, _r in counted if _walks(raw, k, docs, per_kind, ranged)]
    sorted_kinds = [k for k, _docs, _r in counted if k not in walked]
    rows: list[_Row] = []
    if sorted_kinds and matched is not None:
        # The ids are known: read those rows alone (not every match, to keep a few).
        listed = ",".join(str(i) for k in sorted_kinds for i in _of_kind(matched, k))
        rows += _first_records(
            raw.execute(
                f"SELECT {_COLUMNS} FROM search_docs d WHERE d.id IN ({listed}) "
                f"ORDER BY d.kind, {_ORDER}"
            ),
            -1,
        )
    elif sorted_kinds:
        # CROSS JOIN keeps SQLite from scanning search_docs for the ids the index gives.
        rows += _first_records(
            raw.execute(
                f"SELECT {_COLUMNS} FROM ({ids}) m CROSS JOIN search_docs d ON d.id = m.rowid "
                f"WHERE d.kind IN ({','.join(map(str, sorted_kinds))}){where} "
                f"ORDER BY d.kind, {_ORDER}",
                params,
            ),
            -1,
        )
    for kind in walked:
        # The kind's ids are one range: the FTS index reads only that part of its lists.
        span = f" AND rowid >= {kind << KIND_SHIFT} AND rowid < {(kind + 1) << KIND_SHIFT}"
        cursor = raw.execute(
            f"SELECT {_COLUMNS} FROM search_docs d INDEXED BY ix_search_docs_order "
            f"WHERE d.kind = {kind} AND d.id IN ({ids}{span if ranged else ''}){where} "
            f"ORDER BY {_ORDER}",
            params,
        )
        rows += _first_records(cursor, per_kind or 0)
    rows.sort(key=lambda row: row[0])  # stable: each kind keeps its order
    return _one_per_record(rows, per_kind), counts


def _walks(
    raw: sqlite3.Connection, kind: int, docs: int, per_kind: int | None, ranged: bool
) -> bool:
    """Whether the kind's first records are cheaper read by walking the listing order
    (which reads about per_kind * all / docs index entries) than by sorting its `docs`
    matching documents (each one a lookup in search_docs, several times dearer)."""
    if per_kind is None or docs < _SORT_BELOW:
        return False
    if not ranged or _WALK_COST == 0:
        return True
    # The kind's largest document id names its largest record: about how many it has.
    top = raw.execute(
        "SELECT max(id) FROM search_docs WHERE id < ?", ((kind + 1) << KIND_SHIFT,)
    ).fetchone()[0]
    records = 0 if top is None or top >> KIND_SHIFT != kind else (top >> RECORD_SHIFT) & _MASK
    return per_kind * records < _WALK_COST * docs * docs


def _counts(
    raw: sqlite3.Connection, ids: str, where: str, params: dict[str, object]
) -> tuple[list[tuple[int, int, int]], list[int] | None]:
    """(kind, documents, records) found; and the matching ids, in order, when they alone
    tell that (no narrowing, and every match has the id of its kind: none of kind 7)."""
    if not where:
        matched = [rowid for (rowid,) in raw.execute(ids, params)]
        if not matched or matched[-1] >> KIND_SHIFT < len(KIND_TABLES):
            counted = []
            for kind in range(len(KIND_TABLES)):
                own = _of_kind(matched, kind)
                if own:
                    counted.append((kind, len(own), len({i >> RECORD_SHIFT for i in own})))
            return counted, matched
    found = raw.execute(
        "SELECT d.kind, count(*), count(DISTINCT d.record) FROM "
        f"({ids}) m CROSS JOIN search_docs d ON d.id = m.rowid WHERE 1{where} "
        "GROUP BY d.kind",
        params,
    ).fetchall()
    return [(int(k), int(d), int(r)) for k, d, r in found], None


def _of_kind(matched: list[int], kind: int) -> list[int]:
    """The ids of one kind among the sorted matching ids (they are one range)."""
    low = bisect.bisect_left(matched, kind << KIND_SHIFT)
    return matched[low : bisect.bisect_left(matched, (kind + 1) << KIND_SHIFT, low)]


def _first_records(cursor: sqlite3.Cursor, wanted: int) -> list[_Row]:
    """Rows until `wanted` records have been seen (a record's documents are adjacent)."""
    taken: list[_Row] = []
    seen = 0
    last: int | None = None
    for found in cursor:
        if found[3] != last:
            if seen == wanted:
                break
            seen, last = seen + 1, found[3]
        taken.append(found)
    cursor.close()
    return taken


def _one_per_record(rows: list[_Row], per_kind: int | None) -> list[DocHit]:
    """The first document of each record (its best field), at most `per_kind` per kind."""
    hits: list[DocHit] = []
    taken: dict[int, int] = {}
    last: tuple[int, int] | None = None
    for kind, source, src_id, record, field, meeting_id in rows:
        if (kind, record) == last:
            continue
        last = (kind, record)
        if per_kind is not None and taken.get(kind, 0) >= per_kind:
            continue
        taken[kind] = taken.get(kind, 0) + 1
        hits.append(DocHit(source, src_id, record, field, meeting_id))
    return hits
