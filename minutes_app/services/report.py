"""The figures of the 年度工作报告 for a year, a term or a date range, one body or all.

A handful of Core queries read the facts (only the meetings in the period, only the
action items that can count), and domain.report computes the figures from them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, extract, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from minutes_app.domain.enums import (
    ActionStatus,
    Attendance,
    DecisionKind,
    EffectType,
    MeetingStatus,
    Outcome,
    UnitRole,
)
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.report import (
    ActionFact,
    AttendanceFact,
    BodyRef,
    DecisionFact,
    EffectFact,
    Facts,
    Figures,
    MeetingFact,
    Owner,
    Period,
    SeatFact,
    compute,
    year_period,
)
from minutes_app.domain.titles import chinese_date, meeting_short_title
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    ActionUpdate,
    AttendanceEntry,
    Body,
    Committee,
    Decision,
    Effect,
    Meeting,
    Person,
    Seat,
    Term,
    Unit,
)

NOT_PLANNED = Meeting.status != MeetingStatus.PLANNED.value
OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
_REGISTRY = tuple(
    t.value
    for t in (
        EffectType.GRANT_ROLE,
        EffectType.REVOKE_ROLE,
        EffectType.ESTABLISH_COMMITTEE,
        EffectType.DISSOLVE_COMMITTEE,
    )
)


@dataclass(frozen=True)
class Choices:
    """What the period and body pickers offer."""

    bodies: tuple[BodyRef, ...]
    years: tuple[int, ...]  # years with a meeting held, newest first
    terms: tuple[tuple[int, Period], ...]


def choices(db: Database) -> Choices:
    with db.reading() as s:
        conn = s.connection()
        bodies = _bodies(conn)
        year = extract("year", Meeting.start)
        years = conn.execute(select(year).where(NOT_PLANNED).distinct().order_by(year.desc()))
        terms = conn.execute(select(Term.number, Term.start, Term.end).order_by(Term.number))
        return Choices(
            bodies,
            tuple(int(y) for (y,) in years),
            tuple((n, _term_period(n, a, b)) for n, a, b in terms),
        )


def _term_period(number: int, start: dt.date, end: dt.date | None) -> Period:
    last = end or dt.date.today()
    until = chinese_date(end) if end else "今"
    return Period(start, last, f"第{number}届（{chinese_date(start)}至{until}）")


def term_period(db: Database, number: int) -> Period:
    for n, period in choices(db).terms:
        if n == number:
            return period
    raise UserError(msg("report.no_term", number=number))


def find_body(db: Database, text: str) -> BodyRef:
    """A body by its key, name or short name."""
    with db.reading() as s:
        row = (
            s.connection()
            .execute(
                select(Body.key, Body.name).where(
                    or_(Body.key == text, Body.name == text, Body.short_name == text)
                )
            )
            .first()
        )
        if row is None:
            keys = "、".join(b.key for b in _bodies(s.connection()))
            raise UserError(msg("report.no_body", text=text, keys=keys))
        return BodyRef(row[0], row[1])


def busiest_year(db: Database) -> int | None:
    """The year with the most meetings held (the latest of equals)."""
    year = extract("year", Meeting.start)
    with db.reading() as s:
        found = (
            s.connection()
            .execute(
                select(year)
                .where(NOT_PLANNED)
                .group_by(year)
                .order_by(func.count().desc(), year.desc())
                .limit(1)
            )
            .scalar()
        )
        return None if found is None else int(found)


def year_figures(
    db: Database, year: int, body: BodyRef | None = None, as_of: dt.date | None = None
) -> Figures:
    return figures(db, year_period(year), body, as_of)


def figures(
    db: Database, period: Period, body: BodyRef | None = None, as_of: dt.date | None = None
) -> Figures:
    """The figures of `period`; overdue is judged on `as_of` (default today)."""
    day = as_of or dt.date.today()
    with db.reading() as s:
        facts = read_facts(s.connection(), period, body, day)
    return compute(facts, period, day, body)


def read_facts(conn: Connection, period: Period, body: BodyRef | None, as_of: dt.date) -> Facts:
    bodies = _bodies(conn)
    scope = [NOT_PLANNED]
    if body is not None:
        scope.append(Body.key == body.key)
    start = dt.datetime.combine(period.start, dt.time())
    after = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    in_period = and_(*scope, Meeting.start >= start, Meeting.start < after)
    meetings = _meetings(conn, in_period, bodies)
    held = select(Meeting.id).join(Body, Meeting.body_id == Body.id).where(in_period)
    return Facts(
        bodies=bodies,
        meetings=meetings,
        attendance=_attendance(conn, held),
        seats=_seats(conn, {(m.body_key, m.term) for m in meetings}),
        decisions=_decisions(conn, held),
        effects=_effects(conn, held),
        actions=_actions(conn, and_(*scope, Meeting.start < after), start, as_of, period, bodies),
    )


def _bodies(conn: Connection) -> tuple[BodyRef, ...]:
    rows = conn.execute(select(Body.key, Body.name).order_by(Body.position, Body.id))
    return tuple(BodyRef(k, n) for k, n in rows)


def _meetings(
    conn: Connection, where: ColumnElement[bool], bodies: tuple[BodyRef, ...]
) -> tuple[MeetingFact, ...]:
    names = {b.key: b.name for b in bodies}
    stmt = (
        select(
            Meeting.key,
            Body.key,
            Meeting.term,
            Meeting.sequence,
            Meeting.title,
            Meeting.start,
            Meeting.status,
            Meeting.seats,
            Meeting.quorate,
        )
        .join(Body, Meeting.body_id == Body.id)
        .where(where)
        .order_by(Meeting.start, Meeting.key)
    )
    return tuple(
        MeetingFact(
            key,
            bkey,
            term,
            title or meeting_short_title(term, seq, names[bkey]),
            start.date(),
            MeetingStatus(status),
            seats,
            bool(quorate),
        )
        for key, bkey, term, seq, title, start, status, seats, quorate in conn.execute(stmt)
    )


def _attendance(conn: Connection, held: object) -> tuple[AttendanceFact, ...]:
    stmt = (
        select(Meeting.key, Person.key, AttendanceEntry.status)
        .join(Meeting, AttendanceEntry.meeting_id == Meeting.id)
        .join(Person, AttendanceEntry.person_id == Person.id)
        .where(AttendanceEntry.meeting_id.in_(held))  # type: ignore[arg-type]
    )
    return tuple(AttendanceFact(m, p, Attendance(st)) for m, p, st in conn.execute(stmt))


def _seats(conn: Connection, pairs: set[tuple[str, int]]) -> tuple[SeatFact, ...]:
    if not pairs:
        return ()
    terms = {term for _, term in pairs}
    stmt = (
        select(Body.key, Seat.term, Person.key, Person.name)
        .join(Body, Seat.body_id == Body.id)
        .join(Person, Seat.person_id == Person.id)
        .where(Seat.term.in_(terms))
        .order_by(Body.position, Seat.term, Seat.position)
    )
    return tuple(
        SeatFact(b, t, pk, name) for b, t, pk, name in conn.execute(stmt) if (b, t) in pairs
    )


def _decisions(conn: Connection, held: object) -> tuple[DecisionFact, ...]:
    stmt = (
        select(Meeting.key, Decision.kind, Decision.outcome, Decision.text)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(Decision.meeting_id.in_(held))  # type: ignore[arg-type]
        .order_by(Meeting.start, Decision.id)
    )
    return tuple(
        DecisionFact(m, _kind(kind), Outcome(outcome), text)
        for m, kind, outcome, text in conn.execute(stmt)
    )


def _kind(value: str) -> DecisionKind:
    try:
        return DecisionKind(value)
    except ValueError:
        return DecisionKind.GENERAL


def _effects(conn: Connection, held: object) -> tuple[EffectFact, ...]:
    stmt = (
        select(Meeting.key, Effect.type, Effect.role, Unit.name, Committee.name)
        .join(Decision, Effect.decision_id == Decision.id)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .outerjoin(Unit, Effect.unit_id == Unit.id)
        .outerjoin(Committee, Effect.committee_id == Committee.id)
        .where(
            Decision.meeting_id.in_(held),  # type: ignore[arg-type]
            Effect.applied.is_(True),
            Effect.type.in_(_REGISTRY),
        )
        .order_by(Meeting.start, Decision.id, Effect.position)
    )
    return tuple(
        EffectFact(m, EffectType(t), UnitRole(role) if role else None, unit or committee or "")
        for m, t, role, unit, committee in conn.execute(stmt)
    )


def _actions(
    conn: Connection,
    scope: ColumnElement[bool],
    start: dt.datetime,
    as_of: dt.date,
    period: Period,
    bodies: tuple[BodyRef, ...],
) -> tuple[ActionFact, ...]:
    """Items that can count: opened in the period, closed in it, or overdue on as_of."""
    names = {b.key: b.name for b in bodies}

    def last(status: str) -> ColumnElement[dt.date]:
        return func.max(case((ActionUpdate.status == status, ActionUpdate.on)))

    closes = (
        select(
            ActionUpdate.action_id, last("done").label("done"), last("cancelled").label("cancelled")
        )
        .group_by(ActionUpdate.action_id)
        .subquery()
    )
    owner_p, owner_u, owner_c = aliased(Person), aliased(Unit), aliased(Committee)
    may_count = or_(
        Meeting.start >= start,
        closes.c.done >= period.start,
        closes.c.cancelled >= period.start,
        and_(ActionItem.status.in_(OPEN), ActionItem.due < as_of),
    )
    stmt = (
        select(
            Meeting.key,
            Body.key,
            Meeting.start,
            ActionItem.key,
            ActionItem.title,
            ActionItem.due,
            ActionItem.status,
            closes.c.done,
            closes.c.cancelled,
            owner_p.key,
            owner_p.name,
            owner_u.key,
            owner_u.name,
            owner_c.key,
            owner_c.name,
            Meeting.term,
            Meeting.sequence,
            Meeting.title,
        )
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .join(Body, Meeting.body_id == Body.id)
        .outerjoin(closes, closes.c.action_id == ActionItem.id)
        .outerjoin(owner_p, ActionItem.owner_person_id == owner_p.id)
        .outerjoin(owner_u, ActionItem.owner_unit_id == owner_u.id)
        .outerjoin(owner_c, ActionItem.owner_committee_id == owner_c.id)
        .where(scope, may_count)
        .order_by(Meeting.start, ActionItem.id)
    )
    found = []
    for (
        mkey,
        bkey,
        start,
        key,
        title,
        due,
        status,
        done,
        gone,
        pk,
        pn,
        uk,
        un,
        ck,
        cn,
        term,
        seq,
        meeting_title,
    ) in conn.execute(stmt):
        owner = (
            Owner("person", pk, pn)
            if pk
            else Owner("unit", uk, un)
            if uk
            else Owner("committee", ck, cn)
            if ck
            else None
        )
        state = ActionStatus(status)
        closed_on = (
            done if state is ActionStatus.DONE else gone if state.value == "cancelled" else None
        )
        held_at = meeting_title or meeting_short_title(term, seq, names.get(bkey, ""))
        found.append(
            ActionFact(mkey, key, title, owner, due, state, closed_on, bkey, start.date(), held_at)
        )
    return tuple(found)
