"""换届: the next term begins on a day chosen by the secretary.

One transaction: the new term is created, the old one ends the day before, every
body's seats of the old term are copied to the new one for review (the election
changes some of them), and the positions still open are closed on that day with the
reason 换届, so the new term's officers are appointed afresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg, on_day
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.services.registry_sources import join_reason, split_reason
from minutes_app.store.database import Database
from minutes_app.store.models import Position, Seat, Term


@dataclass(frozen=True)
class NewTerm:
    number: int
    start: dt.date
    seats_copied: int
    positions_closed: int


def start_next_term(db: Database, day: dt.date) -> NewTerm:
    """Term N+1 begins on `day`; term N ends the day before."""
    with db.transaction() as s:
        current = s.scalar(select(Term).order_by(Term.number.desc()).limit(1))
        if current is None:
            raise ValidationError(msg("term.not_set"))
        if day <= current.start:
            earlier = on_day(current.start)
            raise ValidationError(msg("term.start_early", n=current.number, start=earlier))
        number = current.number + 1
        current.end = day - dt.timedelta(days=1)
        s.add(Term(number=number, start=day, end=None))
        copied = 0
        for seat in s.scalars(select(Seat).where(Seat.term == current.number)):
            s.add(Seat(body_id=seat.body_id, term=number, person_id=seat.person_id,
                       position=seat.position))  # fmt: skip
            copied += 1
        reason = f"第{chinese_numeral(current.number)}届届满换届"
        open_positions = select(Position).where(Position.end.is_(None), Position.start < day)
        closed = 0
        for position in s.scalars(open_positions):
            position.end = day
            position.reason = join_reason(split_reason(position.reason)[0], reason)
            closed += 1
        return NewTerm(number, day, copied, closed)
