"""A passed decision's effects on the registry, applied and withdrawn.

Written with Core statements on ids so the archive import (thousands at once) and a
single edit in the window go through the same code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import EffectType
from minutes_app.store.models import Effect, Position, UnitRoleEntry


@dataclass(frozen=True)
class EffectRow:
    id: int
    type: str
    unit_id: int | None
    role: str | None
    person_id: int | None
    title: str | None
    committee_id: int | None
    start: dt.date | None


def apply_effect(session: Session, eff: EffectRow, meeting_day: dt.date) -> None:
    day = eff.start or meeting_day
    kind = EffectType(eff.type)
    if kind is EffectType.GRANT_ROLE:
        session.execute(
            insert(UnitRoleEntry).values(
                unit_id=eff.unit_id, role=eff.role, start=day, granted_by_id=eff.id
            )
        )
    elif kind is EffectType.REVOKE_ROLE:
        _end_open(
            session,
            UnitRoleEntry,
            UnitRoleEntry.unit_id == eff.unit_id,
            UnitRoleEntry.role == eff.role,
            day,
            eff.id,
        )
    elif kind is EffectType.APPOINT:
        session.execute(
            insert(Position).values(
                person_id=eff.person_id, title=eff.title, start=day, granted_by_id=eff.id
            )
        )
    elif kind is EffectType.DISMISS:
        _end_open(
            session,
            Position,
            Position.person_id == eff.person_id,
            Position.title == eff.title,
            day,
            eff.id,
        )
    # Committees and documents follow from the applied effect itself.
    session.execute(update(Effect).where(Effect.id == eff.id).values(applied=True))


def _end_open(
    session: Session,
    model: type,
    owner: ColumnElement[bool],
    what: ColumnElement[bool],
    day: dt.date,
    effect_id: int,
) -> None:
    """End the entry held on `day` (the latest one that began on or before it)."""
    entry_id = session.execute(
        select(model.id)  # type: ignore[attr-defined]
        .where(owner, what, model.start <= day, model.end.is_(None))  # type: ignore[attr-defined]
        .order_by(model.start.desc())  # type: ignore[attr-defined]
        .limit(1)
    ).scalar()
    if entry_id is not None:
        session.execute(
            update(model)
            .where(model.id == entry_id)  # type: ignore[attr-defined]
            .values(end=day, ended_by_id=effect_id)
        )


def withdraw_effects(session: Session, effect_ids: list[int]) -> None:
    """Undo what apply_effect did: derived entries go, ended entries are open again.

    All at once: the result does not depend on their order, since an entry both made
    and ended by withdrawn effects goes either way."""
    if not effect_ids:
        return
    for model in (UnitRoleEntry, Position):
        session.execute(delete(model).where(model.granted_by_id.in_(effect_ids)))
        session.execute(
            update(model)
            .where(model.ended_by_id.in_(effect_ids))
            .values(end=None, ended_by_id=None)
        )
    session.execute(update(Effect).where(Effect.id.in_(effect_ids)).values(applied=False))
