"""Read-only lists the window needs: meetings, bodies, people, units, committees.

Each returns plain frozen dataclasses; no session leaves this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from minutes_app.domain.enums import ActionStatus, Outcome
from minutes_app.domain.titles import meeting_title
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    Body,
    Committee,
    Decision,
    Meeting,
    Organisation,
    Person,
    Seat,
    Term,
    Unit,
)

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class MeetingRow:
    key: str
    title: str
    body_key: str
    body_name: str
    term: int
    sequence: int
    start: dt.datetime
    status: str
    seats: int
    voting_attendance: int
    quorate: bool
    decisions: int
    passed: int
    open_actions: int


@dataclass(frozen=True)
class BodyInfo:
    key: str
    name: str
    short_name: str | None
    quorum_fraction: str | None
    quorum_inclusive: bool
    pass_fraction: str
    pass_inclusive: bool
    pass_of: str


@dataclass(frozen=True)
class PersonInfo:
    key: str
    name: str
    unit_name: str | None
    title: str | None


@dataclass(frozen=True)
class NamedKey:
    key: str
    name: str


def organisation_name(db: Database) -> str:
    with db.reading() as s:
        return s.scalar(select(Organisation.name)) or ""


def current_term(db: Database) -> int | None:
    with db.reading() as s:
        return s.scalar(select(func.max(Term.number)))


def terms(db: Database) -> list[int]:
    with db.reading() as s:
        return list(s.scalars(select(Term.number).order_by(Term.number)))


def list_meetings(db: Database) -> list[MeetingRow]:
    with db.reading() as s:
        org = s.scalar(select(Organisation.name)) or ""
        decisions = (
            select(Decision.meeting_id, func.count().label("n"),
                   func.sum(case((Decision.outcome == Outcome.PASSED.value, 1), else_=0))
                   .label("passed"))
            .group_by(Decision.meeting_id).subquery()
        )  # fmt: skip
        actions = (
            select(ActionItem.meeting_id, func.count().label("n"))
            .where(ActionItem.status.in_(OPEN)).group_by(ActionItem.meeting_id).subquery()
        )  # fmt: skip
        stmt = (
            select(Meeting, Body.key, Body.name, decisions.c.n, decisions.c.passed, actions.c.n)
            .join(Body, Meeting.body_id == Body.id)
            .outerjoin(decisions, decisions.c.meeting_id == Meeting.id)
            .outerjoin(actions, actions.c.meeting_id == Meeting.id)
            .order_by(Meeting.start.desc(), Meeting.id.desc())
        )
        return [
            MeetingRow(m.key, m.title or meeting_title(org, m.term, m.sequence, body_name),
                       body_key, body_name, m.term, m.sequence, m.start, m.status, m.seats,
                       m.voting_attendance, m.quorate, n or 0, passed or 0, open_n or 0)
            for m, body_key, body_name, n, passed, open_n in s.execute(stmt)
        ]  # fmt: skip


def bodies(db: Database) -> list[BodyInfo]:
    with db.reading() as s:
        return [
            BodyInfo(b.key, b.name, b.short_name, b.quorum_fraction, b.quorum_inclusive,
                     b.pass_fraction, b.pass_inclusive, b.pass_of)
            for b in s.scalars(select(Body).order_by(Body.position, Body.id))
        ]  # fmt: skip


def seats(db: Database, body_key: str, term: int) -> list[PersonInfo]:
    with db.reading() as s:
        stmt = (
            select(Person)
            .join(Seat, Seat.person_id == Person.id)
            .join(Body, Seat.body_id == Body.id)
            .where(Body.key == body_key, Seat.term == term)
            .order_by(Seat.position, Seat.id)
        )
        return [_person(p) for p in s.scalars(stmt)]


def people(db: Database) -> list[PersonInfo]:
    with db.reading() as s:
        found = list(s.scalars(select(Person)))
        return sorted((_person(p) for p in found), key=lambda p: p.name)


def _person(p: Person) -> PersonInfo:
    current = [pos.title for pos in p.positions if pos.end is None]
    return PersonInfo(p.key, p.name, p.unit.name if p.unit else None,
                      current[-1] if current else p.title_in_unit)  # fmt: skip


def units(db: Database) -> list[NamedKey]:
    with db.reading() as s:
        return sorted((NamedKey(u.key, u.name) for u in s.scalars(select(Unit))),
                      key=lambda u: u.name)  # fmt: skip


def committees(db: Database) -> list[NamedKey]:
    with db.reading() as s:
        return [
            NamedKey(c.key, c.name) for c in s.scalars(select(Committee).order_by(Committee.id))
        ]


def next_sequence(db: Database, body_key: str, term: int) -> int:
    with db.reading() as s:
        last = s.scalar(
            select(func.max(Meeting.sequence))
            .join(Body, Meeting.body_id == Body.id)
            .where(Body.key == body_key, Meeting.term == term)
        )
        return (last or 0) + 1


def unused_meeting_key(db: Database, body_key: str, term: int, sequence: int) -> str:
    stem = f"m-{body_key.removeprefix('b-')}-{term}-{sequence}"
    with db.reading() as s:
        taken = set(s.scalars(select(Meeting.key).where(Meeting.key.like(f"{stem}%"))))
    key, n = stem, 1
    while key in taken:
        n += 1
        key = f"{stem}-{n}"
    return key
