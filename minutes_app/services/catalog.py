"""Read-only lists the window needs: meetings, bodies, people, units, committees.

Each returns plain frozen dataclasses; no session leaves this module.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import ActionStatus, Outcome
from minutes_app.domain.titles import meeting_title, title_on
from minutes_app.services.meeting_rows import MeetingRow
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    Body,
    Committee,
    Decision,
    Meeting,
    Organisation,
    Person,
    Position,
    Seat,
    Term,
    Unit,
)

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


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


# The lists the window shows first read table columns (Core), not ORM entities: the
# first ORM query configures every mapper, which start-up need not wait for.


def organisation_name(db: Database) -> str:
    with db.reading() as s:
        return s.scalar(select(Organisation.__table__.c.name)) or ""


def current_term(db: Database) -> int | None:
    with db.reading() as s:
        return s.scalar(select(func.max(Term.__table__.c.number)))


def terms(db: Database) -> list[int]:
    number = Term.__table__.c.number
    with db.reading() as s:
        return list(s.scalars(select(number).order_by(number)))


def list_meetings(db: Database) -> list[MeetingRow]:
    # Core columns (see above): ~500 ORM instances would also cost more than the rows.
    meetings, body = Meeting.__table__, Body.__table__
    m, b, d, a = meetings.c, body.c, Decision.__table__.c, ActionItem.__table__.c
    with db.reading() as s:
        org = s.scalar(select(Organisation.__table__.c.name)) or ""
        decisions = (
            select(
                d.meeting_id,
                func.count().label("n"),
                func.sum(case((d.outcome == Outcome.PASSED.value, 1), else_=0)).label("passed"),
            )
            .group_by(d.meeting_id)
            .subquery()
        )
        actions = (
            select(a.meeting_id, func.count().label("n"))
            .where(a.status.in_(OPEN))
            .group_by(a.meeting_id)
            .subquery()
        )
        stmt = (
            select(
                m.key,
                m.title,
                m.term,
                m.sequence,
                m.start,
                m.status,
                m.seats,
                m.voting_attendance,
                m.quorate,
                b.key.label("body_key"),
                b.name.label("body_name"),
                decisions.c.n.label("decisions"),
                decisions.c.passed,
                actions.c.n.label("open_actions"),
            )
            .join(body, m.body_id == b.id)
            .outerjoin(decisions, decisions.c.meeting_id == m.id)
            .outerjoin(actions, actions.c.meeting_id == m.id)
            .order_by(m.start.desc(), m.id.desc())
        )
        return [
            MeetingRow(
                r.key,
                r.title or meeting_title(org, r.term, r.sequence, r.body_name),
                r.body_key,
                r.body_name,
                r.term,
                r.sequence,
                r.start,
                r.status,
                r.seats,
                r.voting_attendance,
                bool(r.quorate),
                r.decisions or 0,
                r.passed or 0,
                r.open_actions or 0,
            )
            for r in s.execute(stmt)
        ]


def bodies(db: Database) -> list[BodyInfo]:
    b = Body.__table__.c
    stmt = select(
        b.key, b.name, b.short_name, b.quorum_fraction, b.quorum_inclusive,
        b.pass_fraction, b.pass_inclusive, b.pass_of,
    ).order_by(b.position, b.id)  # fmt: skip
    with db.reading() as s:
        return [BodyInfo(*row) for row in s.execute(stmt)]


def seats(db: Database, body_key: str, term: int, day: dt.date | None = None) -> list[PersonInfo]:
    """The seats of a body in a term, each with the 职务 held on `day` (default today)."""
    with db.reading() as s:
        stmt = (
            select(Person.id)
            .join(Seat, Seat.person_id == Person.id)
            .join(Body, Seat.body_id == Body.id)
            .where(Body.key == body_key, Seat.term == term)
            .order_by(Seat.position, Seat.id)
        )
        ids = list(s.scalars(stmt))
        found = _people_info(s, ids, day or dt.date.today())
        return [found[i] for i in ids]


def people(db: Database, day: dt.date | None = None) -> list[PersonInfo]:
    with db.reading() as s:
        found = _people_info(s, None, day or dt.date.today())
        return sorted(found.values(), key=lambda p: p.name)


def _people_info(s: Session, ids: list[int] | None, day: dt.date) -> dict[int, PersonInfo]:
    """Name, unit and the 职务 held on `day` (domain.titles.title_on), in two queries."""
    return {pid: posts.on(day) for pid, posts in _people_posts(s, ids).items()}


@dataclass(frozen=True)
class PersonPosts:
    """A person with every post held: the 职务 of any day, without reading again."""

    key: str
    name: str
    unit_name: str | None
    title_in_unit: str | None
    held: tuple[tuple[str, dt.date, dt.date | None], ...]

    def on(self, day: dt.date) -> PersonInfo:
        return PersonInfo(
            self.key, self.name, self.unit_name, title_on(self.held, day) or self.title_in_unit
        )


def people_posts(db: Database) -> list[PersonPosts]:
    """Every person with the posts held, by name (PersonPosts.on names them as of a day)."""
    with db.reading() as s:
        return sorted(_people_posts(s, None).values(), key=lambda p: p.name)


def _people_posts(s: Session, ids: list[int] | None) -> dict[int, PersonPosts]:
    stmt = select(Person.id, Person.key, Person.name, Person.title_in_unit, Unit.name).outerjoin(
        Unit, Person.unit_id == Unit.id
    )
    positions_stmt = select(Position.person_id, Position.title, Position.start, Position.end)
    if ids is not None:
        stmt = stmt.where(Person.id.in_(ids))
        positions_stmt = positions_stmt.where(Position.person_id.in_(ids))
    held: dict[int, list[tuple[str, dt.date, dt.date | None]]] = defaultdict(list)
    for person_id, title, start, end in s.execute(
        positions_stmt.order_by(Position.start, Position.id)
    ):
        held[person_id].append((title, start, end))
    return {
        pid: PersonPosts(key, name, unit_name, title_in_unit, tuple(held.get(pid, ())))
        for pid, key, name, title_in_unit, unit_name in s.execute(stmt)
    }


def units(db: Database) -> list[NamedKey]:
    # Columns, not ORM objects: 1,500 units load in a few ms instead of 100+.
    with db.reading() as s:
        found = s.execute(select(Unit.key, Unit.name))
        return sorted((NamedKey(key, name) for key, name in found), key=lambda u: u.name)


def committees(db: Database) -> list[NamedKey]:
    with db.reading() as s:
        found = s.execute(select(Committee.key, Committee.name).order_by(Committee.id))
        return [NamedKey(key, name) for key, name in found]


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
