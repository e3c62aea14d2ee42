"""Resolution numbers: per body and year, in the order the decisions were made."""

from __future__ import annotations

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.domain.titles import assign_numbers, resolution_number
from minutes_app.store.bulk import bulk_update
from minutes_app.store.models import AgendaItem, Body, Decision, Meeting

Number = tuple[int | None, int | None, str | None]  # year, sequence, the number as written


def renumber(session: Session, body_id: int, year: int) -> dict[int, Number]:
    """Give every passed decision of the body and year its number; returns each
    decision's number (year, sequence, text; None for those not passed) by id.

    Decisions in approved minutes keep theirs; the others follow in meeting order.
    Only numbers that change are written (one statement for all of them).
    """
    stored = (Decision.id, Decision.outcome, Decision.number_year, Decision.number_seq)
    columns = (*stored, Decision.number, Meeting.status, Meeting.term, Body.short_name, Body.name)
    rows = session.execute(
        select(*columns)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Body, Meeting.body_id == Body.id)
        .where(Meeting.body_id == body_id, extract("year", Meeting.start) == year)
        .order_by(Meeting.start, Meeting.id, AgendaItem.position, Decision.position)
    ).all()
    passed = [r for r in rows if r.outcome == Outcome.PASSED]
    frozen = [r.number_seq if r.status == MeetingStatus.APPROVED else None for r in passed]
    numbers: dict[int, Number] = {r.id: (None, None, None) for r in rows}
    for row, seq in zip(passed, assign_numbers(frozen), strict=True):
        short = row.short_name or row.name
        numbers[row.id] = (year, seq, resolution_number(row.term, short, year, seq))
    changed = [
        {"id": r.id, "number_year": n[0], "number_seq": n[1], "number": n[2]}
        for r in rows
        if (n := numbers[r.id]) != (r.number_year, r.number_seq, r.number)
    ]
    bulk_update(session, Decision.__table__, changed)  # type: ignore[arg-type]
    return numbers
