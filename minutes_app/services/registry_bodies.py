"""Terms, bodies with their rules and seats, committees, adopted documents.

Committees are set up and dissolved by applied establish_committee/dissolve_committee
effects that name them; a committee no recorded decision set up existed before the
records begin. Documents (制度文件) are the applied adopt_document effects.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import EffectType
from minutes_app.services.registry_sources import Source, effect_sources
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    Body,
    Committee,
    CommitteeMember,
    Effect,
    Person,
    Seat,
    Term,
    Unit,
)


@dataclass(frozen=True)
class TermInfo:
    number: int
    start: dt.date
    end: dt.date | None  # the last day of the term (included); None while current


@dataclass(frozen=True)
class Holder:
    """A person on a seat or a committee."""

    person_key: str
    name: str
    unit_name: str | None
    role: str | None = None  # on a committee: 主任委员 …
    start: dt.date | None = None
    end: dt.date | None = None  # not included
    entry: int | None = None  # a committee membership's id, to end it by

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class BodyRecord:
    key: str
    name: str
    short_name: str | None
    quorum_fraction: str | None
    quorum_inclusive: bool
    pass_fraction: str
    pass_inclusive: bool
    pass_of: str
    seats: dict[int, tuple[Holder, ...]]  # term number -> seat holders in seat order

    def seats_of(self, term: int | None) -> tuple[Holder, ...]:
        return self.seats.get(term, ()) if term is not None else ()


@dataclass(frozen=True)
class CommitteeRecord:
    key: str
    name: str
    kind: str
    established: Source | None  # None: set up before the records begin
    dissolved: Source | None
    pending: bool  # named by a decision that has not (or not yet) set it up
    members: tuple[Holder, ...]
    in_use: bool = False  # named by an effect or a 督办 item: not to be deleted

    def exists_on(self, day: dt.date) -> bool:
        if self.pending:
            return False
        began = self.established is None or (self.established.day or day) <= day
        return began and (self.dissolved is None or day < (self.dissolved.day or day))

    def members_on(self, day: dt.date) -> tuple[Holder, ...]:
        return tuple(m for m in self.members if m.held_on(day))


@dataclass(frozen=True)
class Document:
    """制度文件: a document adopted by a decision, with its day."""

    title: str
    day: dt.date
    source: Source


def load_terms(db: Database) -> list[TermInfo]:
    with db.reading() as s:
        rows = s.execute(select(Term.number, Term.start, Term.end).order_by(Term.number))
        return [TermInfo(n, start, end) for n, start, end in rows]


def term_on(terms: list[TermInfo], day: dt.date) -> int | None:
    """The term in force on `day` (the latest that had begun)."""
    current = [t for t in terms if t.start <= day and (t.end is None or day <= t.end)]
    if current:
        return current[-1].number
    begun = [t for t in terms if t.start <= day]
    return begun[-1].number if begun else None


def _people(s: Session) -> dict[int, tuple[str, str, str | None]]:
    stmt = select(Person.id, Person.key, Person.name, Unit.name).outerjoin(
        Unit, Person.unit_id == Unit.id
    )
    return {pid: (key, name, unit) for pid, key, name, unit in s.execute(stmt)}


def load_bodies(db: Database) -> list[BodyRecord]:
    """Every body with its 章程 rules and its seats per term, in the usual order."""
    with db.reading() as s:
        people = _people(s)
        seats: dict[int, dict[int, list[Holder]]] = defaultdict(lambda: defaultdict(list))
        stmt = select(Seat.body_id, Seat.term, Seat.person_id).order_by(Seat.position, Seat.id)
        for body_id, term, pid in s.execute(stmt):
            seats[body_id][term].append(Holder(*people[pid]))
        return [
            BodyRecord(b.key, b.name, b.short_name, b.quorum_fraction, b.quorum_inclusive,
                       b.pass_fraction, b.pass_inclusive, b.pass_of,
                       {t: tuple(h) for t, h in seats[b.id].items()})
            for b in s.scalars(select(Body).order_by(Body.position, Body.id))
        ]  # fmt: skip


def load_committees(db: Database) -> list[CommitteeRecord]:
    with db.reading() as s:
        people = _people(s)
        applied = effect_sources(s)
        made: dict[int, dict[str, Source]] = defaultdict(dict)
        named: set[int] = set()
        stmt = select(Effect.id, Effect.type, Effect.committee_id).where(
            Effect.committee_id.is_not(None)
        )
        used: set[int] = set(s.scalars(select(ActionItem.owner_committee_id).distinct()))
        for eid, kind, cid in s.execute(stmt):
            assert cid is not None
            used.add(cid)
            if kind == EffectType.ESTABLISH_COMMITTEE:
                named.add(cid)
            if eid in applied:
                _keep_earliest(made[cid], kind, applied[eid])
        members: dict[int, list[Holder]] = defaultdict(list)
        stmt2 = select(CommitteeMember).order_by(CommitteeMember.position, CommitteeMember.id)
        for m in s.scalars(stmt2):
            key, name, unit = people[m.person_id]
            members[m.committee_id].append(Holder(key, name, unit, m.role, m.start, m.end, m.id))
        out = []
        for c in s.scalars(select(Committee).order_by(Committee.id)):
            est = made[c.id].get(EffectType.ESTABLISH_COMMITTEE.value)
            out.append(CommitteeRecord(
                c.key, c.name, c.kind, est,
                made[c.id].get(EffectType.DISSOLVE_COMMITTEE.value),
                c.id in named and est is None, tuple(members[c.id]),
                c.id in used or bool(members[c.id]),
            ))  # fmt: skip
        return out


def _keep_earliest(found: dict[str, Source], kind: str, source: Source) -> None:
    """Two decisions setting up one committee: the first one counts."""
    known = found.get(kind)
    if known is None or (source.day or dt.date.max) < (known.day or dt.date.max):
        found[kind] = source


def documents(db: Database) -> list[Document]:
    """Adopted documents (applied adopt_document effects), oldest first."""
    with db.reading() as s:
        applied = effect_sources(s)
        stmt = select(Effect.id, Effect.title).where(
            Effect.type == EffectType.ADOPT_DOCUMENT.value, Effect.applied.is_(True)
        )
        found = [
            Document(title or "", applied[eid].day or dt.date.min, applied[eid])
            for eid, title in s.execute(stmt)
            if eid in applied
        ]
        return sorted(found, key=lambda d: (d.day, d.source.decision or "", d.title))
