"""Turn the matching fields found by the search into hits: keys, meeting, snippet."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Table, select

from minutes_app.domain.search import HitKind, SearchFilter, SearchHit, snippet
from minutes_app.domain.titles import meeting_title
from minutes_app.store.models import Base, Body, Meeting, Organisation
from minutes_app.store.search_index import DocHit

# SQLite allows 32,766 parameters; stay well below.
_CHUNK = 5000


@dataclass(frozen=True)
class MeetingFacts:
    key: str
    start: dt.datetime
    body_key: str
    term: int
    # The title as stored, or what makes it (made only for the hits shown).
    own_title: str | None
    organisation: str
    sequence: int
    body_name: str

    @functools.cached_property
    def title(self) -> str:
        if self.own_title:
            return self.own_title
        return meeting_title(self.organisation, self.term, self.sequence, self.body_name)

    def fits(self, where: SearchFilter) -> bool:
        return (
            (where.body is None or where.body == self.body_key)
            and (where.term is None or where.term == self.term)
            and (where.year is None or where.year == self.start.year)
        )


def meeting_facts(conn: Connection, ids: Iterable[int] | None = None) -> dict[int, MeetingFacts]:
    """The key, shown title, start, body and term of the meetings `ids` (None: all)."""
    org = conn.scalar(select(Organisation.name).order_by(Organisation.id).limit(1)) or ""
    stmt = select(
        Meeting.id,
        Meeting.key,
        Meeting.title,
        Meeting.term,
        Meeting.sequence,
        Meeting.start,
        Body.key,
        Body.name,
    ).join(Body, Meeting.body_id == Body.id)
    wanted = None if ids is None else set(ids)
    if wanted is not None and len(wanted) <= _CHUNK:
        stmt = stmt.where(Meeting.id.in_(sorted(wanted)))
    return {
        mid: MeetingFacts(key, start, bkey, term, title, org, seq, body)
        for mid, key, title, term, seq, start, bkey, body in conn.execute(stmt)
    }


def _rows(conn: Connection, table: str, columns: Sequence[str], ids: set[int]) -> dict[int, tuple]:
    """id -> the columns of those rows of `table`, read in chunks."""
    t: Table = Base.metadata.tables[table]
    id_col: Column[int] = t.c.id
    found: dict[int, tuple] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        part = ordered[i : i + _CHUNK]
        stmt = select(id_col, *(t.c[c] for c in columns)).where(id_col.in_(part))
        for row in conn.execute(stmt):
            found[row[0]] = tuple(row[1:])
    return found


# For each kind: the table of the record and the column holding its key.
_RECORD_TABLE = {
    HitKind.MEETING: "meetings",
    HitKind.AGENDA_ITEM: "agenda_items",
    HitKind.DECISION: "decisions",
    HitKind.ACTION: "action_items",
    HitKind.UNIT: "units",
    HitKind.PERSON: "people",
    HitKind.COMMITTEE: "committees",
}


def make_hits(
    conn: Connection,
    folded: str,
    chosen: Sequence[tuple[HitKind, DocHit]],
    meetings: dict[int, MeetingFacts],
) -> list[SearchHit]:
    """The hits for the chosen (kind, matching field) pairs, in the same order."""
    keys = _keys(conn, chosen)
    texts = _texts(conn, [doc for _kind, doc in chosen], meetings)
    hits = []
    for kind, doc in chosen:
        facts = meetings.get(doc.meeting_id) if doc.meeting_id is not None else None
        key, agenda = keys.get((kind, doc.record), (facts.key if facts else "", None))
        hits.append(
            SearchHit(
                kind=kind,
                key=key,
                meeting_key=facts.key if facts else None,
                meeting_title=facts.title if facts else None,
                meeting_date=facts.start.date() if facts else None,
                snippet=snippet(texts[(doc.source, doc.src_id, doc.field)], folded),
                agenda_key=agenda,
            )
        )
    return hits


def _keys(
    conn: Connection, chosen: Sequence[tuple[HitKind, DocHit]]
) -> dict[tuple[HitKind, int], tuple[str, str | None]]:
    """(kind, record id) -> the record's key and the key of the agenda item it is in."""
    wanted: dict[HitKind, set[int]] = {}
    for kind, doc in chosen:
        if kind is not HitKind.MEETING:
            wanted.setdefault(kind, set()).add(doc.record)
    keys: dict[tuple[HitKind, int], tuple[str, str | None]] = {}
    items: dict[tuple[HitKind, int], int] = {}
    for kind, ids in wanted.items():
        table = _RECORD_TABLE[kind]
        in_item = kind in (HitKind.DECISION, HitKind.ACTION)
        columns = ["key", "agenda_item_id"] if in_item else ["key"]
        for rid, values in _rows(conn, table, columns, ids).items():
            own = values[0] if kind is HitKind.AGENDA_ITEM else None
            keys[(kind, rid)] = (values[0], own)
            if in_item:
                items[(kind, rid)] = values[1]
    item_keys = _rows(conn, "agenda_items", ["key"], set(items.values()))
    for ref, item_id in items.items():
        keys[ref] = (keys[ref][0], item_keys[item_id][0])
    return keys


def _texts(
    conn: Connection, docs: Sequence[DocHit], meetings: dict[int, MeetingFacts]
) -> dict[tuple[str, int, str], str]:
    """The original text of each matching field (the snippet is cut from it)."""
    wanted: dict[tuple[str, str], set[int]] = {}
    for doc in docs:
        wanted.setdefault((doc.source, doc.field), set()).add(doc.src_id)
    texts: dict[tuple[str, int, str], str] = {}
    for (source, field), ids in wanted.items():
        if (source, field) == ("meetings", "title"):
            for mid in ids:
                texts[(source, mid, field)] = meetings[mid].title
            continue
        for rid, (value,) in _rows(conn, source, [field], ids).items():
            texts[(source, rid, field)] = value or ""
    return texts
