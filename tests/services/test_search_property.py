"""The search finds exactly what a plain folded substring scan of the records finds.

Hypothesis writes small sets of records (Chinese, Latin, digits, full-width forms and
characters that change length when folded), replacing the previous set each time, so
the index triggers see inserts and deletes; the queries are 1–8 characters, taken from
the records or made up. The expected answer is computed here from the records alone.
Each test runs on SQLite's index and on PostgreSQL's (pg_trgm), both compared with a
SQLite file searched by scanning every field: the same hits, counts, order and snippets.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from minutes_app.domain.search import HitKind
from minutes_app.domain.titles import meeting_title
from minutes_app.services.search import search, search_page
from minutes_app.store import search_query
from minutes_app.store.database import Database, open_database
from minutes_app.store.models import (
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Body,
    Committee,
    Decision,
    Meeting,
    Organisation,
    Person,
    Unit,
)

ORG = "天津市工程咨询协会"
ALPHABET = (
    "会费理事审议年周委员专家技术"  # Chinese, few enough to repeat
    "BIMbimPpa"  # Latin, both cases
    "0123"  # digits
    "ＢＩＭｂ２０"  # full-width forms
    "ßﬁ㈱İ"  # fold to more than one character
    "e\u0301é"  # a combining accent that NFKC composes
    " \"'%_*《》（）"  # what SQL, FTS5 and LIKE treat specially
    "𠮷😀"  # outside the BMP
)
TEXT = st.text(alphabet=ALPHABET, min_size=0, max_size=14)


def plain(text: str | None) -> str:
    """The definition, written out again: NFKC, then case folding."""
    return unicodedata.normalize("NFKC", text or "").casefold()


@dataclass
class Records:
    meetings: list[tuple[str | None, str | None]]  # own title, location
    items: list[tuple[int, str, str | None]]  # meeting, title, notes
    decisions: list[tuple[int, str]]  # agenda item, text
    actions: list[tuple[int, str, list[str]]]  # agenda item, title, notes
    units: list[str]
    people: list[str]
    committees: list[str]

    def expected(self, query: str) -> set[tuple[str, str, str | None]]:
        q = plain(query)
        found: set[tuple[str, str, str | None]] = set()
        for m, (title, location) in enumerate(self.meetings):
            shown = title or meeting_title(ORG, 5, m + 1, "理事会")
            if q in plain(shown) or q in plain(location):
                found.add(("meeting", f"m{m}", f"m{m}"))
        for i, (m, title, notes) in enumerate(self.items):
            if q in plain(title) or q in plain(notes):
                found.add(("agenda_item", f"a{i}", f"m{m}"))
        for d, (i, text) in enumerate(self.decisions):
            if q in plain(text):
                found.add(("decision", f"d{d}", f"m{self.items[i][0]}"))
        for a, (i, title, notes) in enumerate(self.actions):
            if q in plain(title) or any(q in plain(n) for n in notes):
                found.add(("action", f"x{a}", f"m{self.items[i][0]}"))
        for kind, names in (("unit", self.units), ("person", self.people),
                            ("committee", self.committees)):  # fmt: skip
            found |= {(kind, f"{kind[0]}{n}", None) for n, name in enumerate(names)
                      if q in plain(name)}  # fmt: skip
        return found

    def texts(self) -> Iterator[str]:
        for title, location in self.meetings:
            yield from (t for t in (title, location) if t)
        for _m, title, notes in self.items:
            yield from (t for t in (title, notes) if t)
        yield from (t for _i, t in self.decisions)
        for _i, title, notes in self.actions:
            yield title
            yield from notes
        yield from self.units + self.people + self.committees


@st.composite
def records(draw: st.DrawFn) -> Records:
    meetings = draw(st.lists(st.tuples(st.none() | TEXT, st.none() | TEXT), min_size=1, max_size=3))
    items = draw(st.lists(st.tuples(st.integers(0, len(meetings) - 1), TEXT, st.none() | TEXT),
                          min_size=1, max_size=4))  # fmt: skip
    item_no = st.integers(0, len(items) - 1)
    decisions = draw(st.lists(st.tuples(item_no, TEXT), max_size=4))
    actions = draw(st.lists(st.tuples(item_no, TEXT, st.lists(TEXT, max_size=2)), max_size=4))
    names = st.lists(TEXT, max_size=3)
    return Records(meetings, items, decisions, actions, draw(names), draw(names), draw(names))


def write(db: Database, r: Records) -> None:
    """Replace every searched record with `r` (the deletes go through the triggers too)."""
    with db.transaction() as s:
        for model in (Meeting, Unit, Person, Committee, Body, Organisation):
            s.execute(delete(model))
        s.add(Organisation(id=1, name=ORG))
        s.add(Body(id=1, key="b-coun", name="理事会"))
        for m, (title, location) in enumerate(r.meetings):
            s.add(Meeting(id=m + 1, key=f"m{m}", body_id=1, term=5, sequence=m + 1, title=title,
                          location=location, start=dt.datetime(2020 + m, 3, 1, 9)))  # fmt: skip
        s.flush()
        for i, (m, title, notes) in enumerate(r.items):
            s.add(AgendaItem(id=i + 1, meeting_id=m + 1, key=f"a{i}", title=title, notes=notes))
        s.flush()
        for d, (i, text) in enumerate(r.decisions):
            s.add(Decision(meeting_id=r.items[i][0] + 1, agenda_item_id=i + 1, key=f"d{d}",
                           text=text))  # fmt: skip
        for a, (i, title, notes) in enumerate(r.actions):
            s.add(ActionItem(id=a + 1, meeting_id=r.items[i][0] + 1, agenda_item_id=i + 1,
                             key=f"x{a}", title=title, updates=[
                                 ActionUpdate(on=dt.date(2024, 1, 1), note=n, position=k)
                                 for k, n in enumerate(notes)]))  # fmt: skip
        s.add_all(Unit(key=f"u{n}", name=name) for n, name in enumerate(r.units))
        s.add_all(Person(key=f"p{n}", name=name) for n, name in enumerate(r.people))
        s.add_all(Committee(key=f"c{n}", name=name) for n, name in enumerate(r.committees))


class Scanning(Database):
    """The same database searched without its index, as on PostgreSQL."""

    @property
    def is_sqlite(self) -> bool:
        return False


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def dbs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Database]]:
    """The indexed database (a SQLite file, or PostgreSQL with pg_trgm) and a SQLite file
    searched by scanning every field, which every answer and order is compared with."""
    path: Path = tmp_path_factory.mktemp("search") / "search.db"
    db = open_database(path)
    if request.param == "sqlite":
        yield db, Scanning(db.engine)
    else:
        server = request.getfixturevalue("pg_server")
        name = server.lend_database()
        shared = open_database(server.url(name))
        yield shared, Scanning(db.engine)
        shared.dispose()
        server.give_back(name)
    db.dispose()


def write_both(dbs: tuple[Database, Database], r: Records) -> None:
    indexed, scanning = dbs
    write(indexed, r)
    if scanning.engine is not indexed.engine:
        write(scanning, r)


def found(db: Database, query: str) -> set[tuple[str, str, str | None]]:
    hits = search(db, query)
    got = [(h.kind.value, h.key, h.meeting_key) for h in hits]
    assert len(got) == len(set(got)), "a record is reported once"
    return set(got)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(r=records(), data=st.data())
def test_search_is_the_folded_substring_scan(dbs: tuple[Database, Database], r: Records,
                                             data: st.DataObject) -> None:  # fmt: skip
    indexed, scanning = dbs
    write_both(dbs, r)
    texts = [t for t in r.texts() if t]
    taken = st.sampled_from(texts).flatmap(
        lambda t: st.tuples(st.integers(0, len(t)), st.integers(1, 8)).map(
            lambda ab: t[ab[0] : ab[0] + ab[1]]
        )
    )
    made = st.text(alphabet=ALPHABET, min_size=1, max_size=8)
    queries = data.draw(st.lists(taken | made if texts else made, min_size=1, max_size=6))
    for query in [q for q in queries if q]:
        expected = r.expected(query)
        assert found(indexed, query) == expected, query
        assert found(scanning, query) == expected, query
        kinds = Counter(kind for kind, _key, _meeting in expected)
        for per_kind in (None, 2):
            found_of = search_page(indexed, query, per_kind=per_kind).found
            assert {kind.value: n for kind, n in found_of.items()} == kinds, query
            shown = listed(scanning, query, per_kind)
            assert listed(indexed, query, per_kind) == shown, query
            with walking():
                assert listed(indexed, query, per_kind) == shown, query


@contextmanager
def walking() -> Iterator[None]:
    """Read every kind's first hits by walking the listing order, as for a common query
    on ten years (small test data is otherwise sorted instead)."""
    saved = search_query._SORT_BELOW, search_query._WALK_COST
    search_query._SORT_BELOW, search_query._WALK_COST = 0, 0
    try:
        yield
    finally:
        search_query._SORT_BELOW, search_query._WALK_COST = saved


def listed(db: Database, query: str, per_kind: int | None = None) -> list[tuple[str, ...]]:
    """The hits in the order shown, with the field each one's snippet comes from."""
    page = search_page(db, query, per_kind=per_kind)
    return [(h.kind.value, h.key, h.snippet.text) for h in page.hits]


def test_the_first_hits_of_each_kind_are_the_newest(dbs: tuple[Database, Database]) -> None:
    indexed, scanning = dbs
    items = [(m % 3, f"审议{m}", "审" if m % 2 else None) for m in range(9)]
    records = Records([(None, "审计室")] * 3, items, [(i, "审") for i in range(9)],
                      [(i, "办", ["审", "再审"]) for i in range(9)], ["审"], [], [])  # fmt: skip
    write_both(dbs, records)
    for per_kind in (None, 1, 2, 5):
        assert listed(indexed, "审", per_kind) == listed(scanning, "审", per_kind)
        with walking():
            assert listed(indexed, "审", per_kind) == listed(scanning, "审", per_kind)
    page = search_page(indexed, "审", per_kind=2)
    assert [h.meeting_key for h in page.hits if h.kind.value == "agenda_item"] == ["m2", "m2"]
    assert page.found[HitKind.ACTION] == 9
    for db in {indexed.engine: indexed, scanning.engine: scanning}.values():
        with db.transaction() as s:  # the oldest meeting becomes the newest
            s.execute(update(Meeting).where(Meeting.key == "m0")
                      .values(start=dt.datetime(2030, 1, 1, 9)))  # fmt: skip
    page = search_page(indexed, "审", per_kind=2)
    assert [h.meeting_key for h in page.hits if h.kind.value == "agenda_item"] == ["m0", "m0"]
    assert listed(indexed, "审", 3) == listed(scanning, "审", 3)
    with walking():
        assert listed(indexed, "审", 3) == listed(scanning, "审", 3)


def test_each_query_length_from_one_to_eight(dbs: tuple[Database, Database]) -> None:
    indexed, _ = dbs
    text = "审议《ＢＩＭ技术专家委员会2024年会费》"
    write_both(dbs, Records([("例会", None)], [(0, text, None)], [], [], [], [], []))
    for length in range(1, 9):
        for start in range(len(text) - length + 1):
            query = text[start : start + length]
            meeting = {("meeting", "m0", "m0")} if plain(query) in "例会" else set()
            assert found(indexed, query) == {("agenda_item", "a0", "m0")} | meeting, query
