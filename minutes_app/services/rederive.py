"""Registry changes of decisions, re-derived from a day on after a meeting changes.

A grant in one meeting may be revoked in a later one; withdrawing newest first and
re-applying oldest first keeps such chains right. An end given by hand (手工调整) to an
entry a decision made is kept across the re-derivation: effect ids change when a
meeting is saved, so it is remembered by meeting, decision and effect position.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.services.effects import EffectRow, apply_effect, withdraw_effects
from minutes_app.store.models import AgendaItem, Decision, Effect, Meeting, Position, UnitRoleEntry

_ENTRIES = (UnitRoleEntry, Position)
# Decisions change the registry only once their meeting is held: a 筹备中 meeting's
# decisions are drafts (docs/rules.md).
IN_FORCE = tuple(s.value for s in MeetingStatus if s is not MeetingStatus.PLANNED)
EffectPlace = tuple[str, str, int]  # meeting key, decision key, effect position


@dataclass(frozen=True)
class Named:
    """The registry records a set of effects names; None: every record."""

    units: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    committees: frozenset[int] = frozenset()
    effects: frozenset[int] = frozenset()  # the changed effects themselves

    @classmethod
    def of(cls, effects: list[dict[str, Any]]) -> Named:
        def ids(column: str) -> frozenset[int]:
            return frozenset(e[column] for e in effects if e.get(column) is not None)

        return cls(ids("unit_id"), ids("person_id"), ids("committee_id"), ids("id"))

    def __bool__(self) -> bool:
        return bool(self.units or self.people or self.committees or self.effects)

    def clause(self) -> Any:
        return or_(
            Effect.id.in_(sorted(self.effects)),
            Effect.unit_id.in_(sorted(self.units)),
            Effect.person_id.in_(sorted(self.people)),
            Effect.committee_id.in_(sorted(self.committees)),
        )


@dataclass(frozen=True)
class KeptEnd:
    place: EffectPlace
    end: dt.date
    reason: str | None


def _effects_since(session: Session, since: dt.datetime, named: Named | None = None) -> Any:
    stmt = (
        select(Effect, Meeting.start, Meeting.key, Decision.key)
        .join(Decision, Effect.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(Meeting.start >= since)
        .order_by(
            Meeting.start, Meeting.id, AgendaItem.position, Decision.position, Effect.position
        )
    )
    return stmt if named is None else stmt.where(named.clause())


def withdraw_from(
    session: Session, since: dt.datetime, named: Named | None = None
) -> list[KeptEnd]:
    """Withdraw the applied effects from `since` on (only those naming `named`, if given).

    Returns the ends given by hand to what they made."""
    stmt = _effects_since(session, since, named).where(Effect.applied.is_(True))
    rows = session.execute(stmt).all()
    places = {effect.id: (m, d, effect.position) for effect, _, m, d in rows}
    kept = _hand_ends(session, places)
    withdraw_effects(session, list(places))
    return kept


def _hand_ends(session: Session, places: dict[int, EffectPlace]) -> list[KeptEnd]:
    """Entries made by these effects and ended by hand (no ending decision)."""
    if not places:
        return []
    found = []
    for model in _ENTRIES:
        stmt = select(model.granted_by_id, model.end, model.reason).where(
            model.granted_by_id.in_(list(places)),
            model.end.is_not(None),
            model.ended_by_id.is_(None),
        )
        rows = session.execute(stmt).all()
        found += [KeptEnd(places[e], end, why) for e, end, why in rows if e and end]
    return found


def rederive_from(
    session: Session,
    since: dt.datetime,
    kept: list[KeptEnd] | None = None,
    named: Named | None = None,
) -> None:
    stmt = _effects_since(session, since, named).where(
        Decision.outcome == Outcome.PASSED.value, Meeting.status.in_(IN_FORCE)
    )
    places: dict[EffectPlace, int] = {}
    for effect, start, meeting_key, decision_key in session.execute(stmt).all():
        row = EffectRow(
            effect.id,
            effect.type,
            effect.unit_id,
            effect.role,
            effect.person_id,
            effect.title,
            effect.committee_id,
            effect.start,
        )
        apply_effect(session, row, start.date(), mark=False)
        places[(meeting_key, decision_key, effect.position)] = effect.id
    if places:  # one statement, not one per effect
        applied = sorted(places.values())
        session.execute(update(Effect).where(Effect.id.in_(applied)).values(applied=True))
    for end in kept or []:
        effect_id = places.get(end.place)
        if effect_id is None:
            continue  # the decision no longer passes: nothing to end
        for model in _ENTRIES:
            session.execute(
                update(model)
                .where(model.granted_by_id == effect_id, model.end.is_(None))
                .values(end=end.end, reason=end.reason)
            )
