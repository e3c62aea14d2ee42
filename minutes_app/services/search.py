"""One search over everything: meetings, agenda items, decisions, actions, the registry.

A record is found when the folded query (NFKC, case folded) is a substring of one of its
folded fields. On SQLite the index of schema 0004 finds the fields, on PostgreSQL the
pg_trgm index of 0006 (listed here in the scan's order); without either every field is
folded here. All give the same answer, which is the plain substring scan.
Rows another program changed are queued by the triggers: a search folds them into the
index first, or scans the fields itself when it cannot write (a read-only file).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.search import HitKind, SearchFilter, SearchHit, fold
from minutes_app.services.search_hits import MeetingFacts, make_hits, meeting_facts
from minutes_app.store import search_index, search_pg, search_query
from minutes_app.store.database import Database
from minutes_app.store.errors import StorageError
from minutes_app.store.models import Body
from minutes_app.store.search_index import DocHit

__all__ = ["SearchFilter", "SearchHit", "SearchResult", "rebuild_index", "search", "search_page"]

KIND_OF_SOURCE = {
    "meetings": HitKind.MEETING,
    "agenda_items": HitKind.AGENDA_ITEM,
    "decisions": HitKind.DECISION,
    "action_items": HitKind.ACTION,
    "action_updates": HitKind.ACTION,
    "units": HitKind.UNIT,
    "people": HitKind.PERSON,
    "committees": HitKind.COMMITTEE,
}
_KIND_RANK = {kind: i for i, kind in enumerate(HitKind)}
# Which field a record's snippet comes from when several match: its main text first.
_FIELD_RANK = {"title": 0, "name": 0, "text": 0, "notes": 1, "location": 1, "note": 2}


@dataclass(frozen=True)
class SearchResult:
    """The hits shown, and how many records of each kind were found in all."""

    query: str
    hits: list[SearchHit]
    found: dict[HitKind, int]

    @property
    def total(self) -> int:
        return sum(self.found.values())


def search(
    db: Database,
    query: str,
    limit: int | None = None,
    body: str | None = None,
    term: int | None = None,
    year: int | None = None,
) -> list[SearchHit]:
    """Every record whose searched fields contain `query` (folded); the first `limit`.

    Order: by kind (meeting, agenda item, decision, action, unit, person, committee),
    newest meeting first within a kind."""
    result = search_page(db, query, SearchFilter(body, term, year), limit=limit)
    return result.hits


def search_page(
    db: Database,
    query: str,
    where: SearchFilter | None = None,
    *,
    limit: int | None = None,
    per_kind: int | None = None,
) -> SearchResult:
    """The hits, at most `limit` in all and `per_kind` of each kind, with the counts."""
    if not query:
        raise UserError(msg("search.empty"))
    if limit is not None and limit < 1:
        raise UserError(msg("search.bad_limit"))
    folded = fold(query)
    where = where or SearchFilter()
    indexed = _catch_up(db)
    with db.reading() as session:
        conn = session.connection()
        if indexed == "postgresql" and not search_index.has_queue(conn):
            listed, per_kind_found = search_pg.find_records(
                conn, folded, _narrowing(conn, where), per_kind
            )
            kinds = list(HitKind)
            found = {kinds[kind]: n for kind, n in per_kind_found.items()}
            shown = [(kinds[kind], doc) for kind, doc in listed]
            shown = shown if limit is None else shown[:limit]
            ids = (doc.meeting_id for _kind, doc in shown if doc.meeting_id is not None)
            meetings = meeting_facts(conn, ids)
        elif indexed == "sqlite" and not search_index.has_queue(conn):
            docs, counts = search_query.find_records(
                conn, folded, _narrowing(conn, where), per_kind
            )
            found = {KIND_OF_SOURCE[table]: n for table, n in counts.items()}
            shown = [(KIND_OF_SOURCE[doc.source], doc) for doc in docs]
            shown = shown if limit is None else shown[:limit]
            ids = (doc.meeting_id for _kind, doc in shown if doc.meeting_id is not None)
            meetings = meeting_facts(conn, ids)
        else:
            meetings = meeting_facts(conn)
            shown, found = _scan(conn, folded, meetings, where, per_kind)
            shown = shown if limit is None else shown[:limit]
        hits = make_hits(conn, folded, shown, meetings)
    return SearchResult(query, hits, found)


def rebuild_index(db: Database) -> int:
    """Fill the search index again from the records (repair; the triggers keep it up to
    date otherwise). Returns the number of indexed fields; 0 where there is none."""
    indexed = _index_of(db)
    if indexed is None:
        return 0
    with db.transaction() as session:
        conn = session.connection()
        if indexed == "postgresql":
            return search_pg.rebuild(conn)
        return search_index.rebuild(conn)


def _index_of(db: Database) -> str | None:
    """Which search index this database has: its dialect's, or none (searched by a scan)."""
    name = db.engine.dialect.name
    if name == "sqlite" and db.is_sqlite:
        return name
    return name if name == "postgresql" else None


def _catch_up(db: Database) -> str | None:
    """Index the rows another program changed, if any and if this database may write
    (on PostgreSQL the commit folds them); returns which index there is."""
    indexed = _index_of(db)
    if indexed is None or db.read_only:
        return indexed
    with db.reading() as session:
        if not search_index.has_queue(session.connection()):
            return indexed
    try:
        with db.transaction() as session:
            if indexed == "sqlite":
                search_index.catch_up(session.connection())
    except StorageError:
        pass  # busy or read-only after all: this search scans every field instead
    return indexed


def _narrowing(conn: Connection, where: SearchFilter) -> search_query.Narrowing:
    body_id = None
    if where.body is not None:
        body_id = conn.scalar(select(Body.id).where(Body.key == where.body))
        body_id = -1 if body_id is None else body_id  # an unknown body holds no meeting
    return search_query.Narrowing(body_id, where.term, where.year)


def _scan(
    conn: Connection,
    folded: str,
    meetings: dict[int, MeetingFacts],
    where: SearchFilter,
    per_kind: int | None,
) -> tuple[list[tuple[HitKind, DocHit]], dict[HitKind, int]]:
    """The same answer without the index: every field folded here (PostgreSQL for now)."""
    docs = [doc for doc, value in search_index.field_texts(conn) if folded in fold(value)]
    chosen = _records(docs, meetings, where)
    return [(kind, doc) for kind, _order, doc in _cut(chosen, None, per_kind)], _found(chosen)


def _found(chosen: list[tuple[HitKind, tuple[object, ...], DocHit]]) -> dict[HitKind, int]:
    found: dict[HitKind, int] = {}
    for kind, _order, _doc in chosen:
        found[kind] = found.get(kind, 0) + 1
    return found


def _records(
    docs: Iterable[DocHit], meetings: dict[int, MeetingFacts], where: SearchFilter
) -> list[tuple[HitKind, tuple[object, ...], DocHit]]:
    """One entry per record (its best-matching field), filtered and in display order."""
    best: dict[tuple[HitKind, int], tuple[int, DocHit]] = {}
    for doc in docs:
        kind = KIND_OF_SOURCE[doc.source]
        rank = _FIELD_RANK[doc.field] if doc.source != "action_updates" else 3
        held = best.get((kind, doc.record))
        if held is None or (rank, doc.src_id) < (held[0], held[1].src_id):
            best[(kind, doc.record)] = (rank, doc)
    chosen: list[tuple[HitKind, tuple[object, ...], DocHit]] = []
    newest: dict[int | None, float | None] = {}  # each meeting's, worked out once
    for (kind, record), (_rank, doc) in best.items():
        mid = doc.meeting_id
        if mid not in newest:
            newest[mid] = _newest(meetings.get(mid) if mid is not None else None, where)
        when = newest[mid]
        if when is None:
            continue
        order = (_KIND_RANK[kind], when, mid or 0, record)
        chosen.append((kind, order, doc))
    chosen.sort(key=lambda entry: entry[1])
    return chosen


def _newest(facts: MeetingFacts | None, where: SearchFilter) -> float | None:
    """Where a meeting's records sort (newest first; 0 outside meetings); None when the
    filter leaves them out (registry records, for any filter)."""
    if where.active and (facts is None or not facts.fits(where)):
        return None
    return -facts.start.timestamp() if facts else 0.0


def _cut(
    chosen: list[tuple[HitKind, tuple[object, ...], DocHit]],
    limit: int | None,
    per_kind: int | None,
) -> list[tuple[HitKind, tuple[object, ...], DocHit]]:
    if per_kind is not None:
        taken: dict[HitKind, int] = {}
        kept = []
        for entry in chosen:
            if taken.get(entry[0], 0) < per_kind:
                taken[entry[0]] = taken.get(entry[0], 0) + 1
                kept.append(entry)
        chosen = kept
    return chosen if limit is None else chosen[:limit]
