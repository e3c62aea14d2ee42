"""Turn the matching fields found by the search into hits: keys, meeting, snippet."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from minutes_app.domain.search import HitKind, SearchFilter, SearchHit, snippet
from minutes_app.domain.titles import meeting_title
from minutes_app.store.search_index import DocHit

# Ids written into one statement at most.
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
    org = conn.exec_driver_sql("SELECT name FROM organisation ORDER BY id LIMIT 1").scalar()
    sql = (
        "SELECT m.id, m.key, m.title, m.term, m.sequence, m.start, b.key, b.name "
        "FROM meetings m JOIN bodies b ON b.id = m.body_id"
    )
    wanted = None if ids is None else sorted(set(ids))
    facts: dict[int, MeetingFacts] = {}
    for where in [""] if wanted is None else _in_lists("m.id", wanted):
        for mid, key, title, term, seq, start, bkey, body in _rows(conn, sql + where):
            when = start if isinstance(start, dt.datetime) else dt.datetime.fromisoformat(start)
            facts[mid] = MeetingFacts(key, when, bkey, term, title, org or "", seq, body)
    return facts


def _rows(conn: Connection, sql: str) -> list[Any]:
    """The rows of one statement without parameters, straight from the driver's cursor
    (thousands of rows for a common query with every hit)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _in_lists(column: str, ids: Sequence[int]) -> list[str]:
    """WHERE clauses naming the ids (integers written out: one statement, no parameters
    to bind or compile), in chunks."""
    return [
        f" WHERE {column} IN ({','.join(str(int(i)) for i in ids[n : n + _CHUNK])})"
        for n in range(0, len(ids), _CHUNK)
    ] or [f" WHERE {column} IN (NULL)"]


# For each kind: the record's table and the fields its documents may be (a meeting's
# title is made from its facts); decisions and actions also give their agenda item.
_RECORD_TABLE = {
    HitKind.MEETING: ("meetings", ("location",)),
    HitKind.AGENDA_ITEM: ("agenda_items", ("title", "notes")),
    HitKind.DECISION: ("decisions", ("text",)),
    HitKind.ACTION: ("action_items", ("title",)),
    HitKind.UNIT: ("units", ("name",)),
    HitKind.PERSON: ("people", ("name",)),
    HitKind.COMMITTEE: ("committees", ("name",)),
}
_Texts = dict[tuple[str, int, str], str]


def make_hits(
    conn: Connection,
    folded: str,
    chosen: Sequence[tuple[HitKind, DocHit]],
    meetings: dict[int, MeetingFacts],
) -> list[SearchHit]:
    """The hits for the chosen (kind, matching field) pairs, in the same order."""
    keys, texts = _records(conn, chosen)
    hits = []
    for kind, doc in chosen:
        facts = meetings.get(doc.meeting_id) if doc.meeting_id is not None else None
        key, agenda = keys.get((kind, doc.record), (facts.key if facts else "", None))
        if (doc.source, doc.field) == ("meetings", "title"):
            found = meetings[doc.src_id].title
        else:
            found = texts[(doc.source, doc.src_id, doc.field)]
        hits.append(
            SearchHit(
                kind=kind,
                key=key,
                meeting_key=facts.key if facts else None,
                meeting_title=facts.title if facts else None,
                meeting_date=facts.start.date() if facts else None,
                snippet=snippet(found, folded),
                agenda_key=agenda,
            )
        )
    return hits


def _records(
    conn: Connection, chosen: Sequence[tuple[HitKind, DocHit]]
) -> tuple[dict[tuple[HitKind, int], tuple[str, str | None]], _Texts]:
    """(kind, record id) -> the record's key and that of the agenda item it is in; and
    the original text of each matching field (the snippet is cut from it). One query
    per kind and one for the progress notes."""
    wanted: dict[HitKind, set[int]] = {}
    notes: set[int] = set()
    for kind, doc in chosen:
        if kind is not HitKind.MEETING or doc.field != "title":  # that title is in its facts
            wanted.setdefault(kind, set()).add(doc.record)
        if doc.source == "action_updates":
            notes.add(doc.src_id)
    keys: dict[tuple[HitKind, int], tuple[str, str | None]] = {}
    texts: _Texts = {}
    for kind, ids in wanted.items():
        table, fields = _RECORD_TABLE[kind]
        in_item = kind in (HitKind.DECISION, HitKind.ACTION)
        item = "a.key" if in_item else "r.key" if kind is HitKind.AGENDA_ITEM else "NULL"
        join = " LEFT JOIN agenda_items a ON a.id = r.agenda_item_id" if in_item else ""
        columns = ", ".join(f"r.{f}" for f in fields)
        sql = f"SELECT r.id, r.key, {item}, {columns} FROM {table} r{join}"
        for where in _in_lists("r.id", sorted(ids)):
            for rid, key, item_key, *values in _rows(conn, sql + where):
                if kind is not HitKind.MEETING:
                    keys[(kind, rid)] = (key, item_key)
                for field, value in zip(fields, values, strict=True):
                    texts[(table, rid, field)] = value or ""
    for where in _in_lists("id", sorted(notes)) if notes else []:
        for nid, note in _rows(conn, f"SELECT id, note FROM action_updates{where}"):
            texts[("action_updates", nid, "note")] = note or ""
    return keys, texts
