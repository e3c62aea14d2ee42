"""Registry changes of decisions, re-derived from a day on after a meeting changes.

A grant in one meeting may be revoked in a later one; withdrawing newest first and
re-applying oldest first keeps such chains right.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import Outcome
from minutes_app.services.effects import EffectRow, apply_effect, withdraw_effect
from minutes_app.store.models import AgendaItem, Decision, Effect, Meeting


def _effects_since(session: Session, since: dt.datetime) -> Any:
    return (
        select(Effect, Meeting.start)
        .join(Decision, Effect.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(Meeting.start >= since)
        .order_by(
            Meeting.start, Meeting.id, AgendaItem.position, Decision.position, Effect.position
        )
    )


def withdraw_from(session: Session, since: dt.datetime) -> None:
    rows = session.execute(_effects_since(session, since).where(Effect.applied.is_(True))).all()
    for effect, _ in reversed(rows):
        withdraw_effect(session, effect.id)


def rederive_from(session: Session, since: dt.datetime) -> None:
    stmt = _effects_since(session, since).where(Decision.outcome == Outcome.PASSED.value)
    for effect, start in session.execute(stmt).all():
        row = EffectRow(effect.id, effect.type, effect.unit_id, effect.role, effect.person_id,
                        effect.title, effect.committee_id, effect.start)  # fmt: skip
        apply_effect(session, row, start.date())
