"""Resolution numbers: per body and year, in the order the decisions were made."""

from __future__ import annotations

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.domain.titles import assign_numbers, resolution_number
from minutes_app.store.bulk import bulk_update
from minutes_app.store.models import AgendaItem, Body, Decision, Meeting


def renumber(session: Session, body_id: int, year: int) -> None:
    """Give every passed decision of the body and year its number.

    Decisions in approved minutes keep theirs; the others follow in meeting order.
    """
    body = session.get(Body, body_id)
    assert body is not None
    rows = session.execute(
        select(Decision.id, Decision.outcome, Decision.number_seq, Meeting.status, Meeting.term)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .where(Meeting.body_id == body_id, extract("year", Meeting.start) == year)
        .order_by(Meeting.start, Meeting.id, AgendaItem.position, Decision.position)
    ).all()
    passed = [r for r in rows if r.outcome == Outcome.PASSED]
    frozen = [r.number_seq if r.status == MeetingStatus.APPROVED else None for r in passed]
    short = body.short_name or body.name
    values = []
    for row, seq in zip(passed, assign_numbers(frozen), strict=True):
        values.append(
            {
                "id": row.id,
                "number_year": year,
                "number_seq": seq,
                "number": resolution_number(row.term, short, year, seq),
            }
        )
    others = [
        {"id": r.id, "number_year": None, "number_seq": None, "number": None}
        for r in rows
        if r.outcome != Outcome.PASSED
    ]
    bulk_update(session, Decision.__table__, values)  # type: ignore[arg-type]
    bulk_update(session, Decision.__table__, others)  # type: ignore[arg-type]
