"""A passed decision's effects on the registry, applied and withdrawn.

Written with Core statements on ids so the archive import (thousands at once) and a
single edit in the window go through the same code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import EffectType
from minutes_app.store.bulk import bulk_insert, bulk_update
from minutes_app.store.models import Base, Effect, Position, UnitRoleEntry
from minutes_app.store.rows import Rows


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


def apply_effect(
    session: Session, eff: EffectRow, meeting_day: dt.date, *, mark: bool = True
) -> None:
    """Make or end the registry entry; `mark=False` leaves `applied` to the caller."""
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
    if mark:
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


class Replay:
    """apply_effect for a whole import, in memory: entries made and ended, then written.

    Starts from the entries the archive gives (rows.unit_roles, rows.positions) and
    follows the same rule as `_end_open`: an end falls on the latest entry held that day.
    """

    _TABLES = {
        EffectType.GRANT_ROLE: ("unit_roles", "unit_id", "role", True),
        EffectType.REVOKE_ROLE: ("unit_roles", "unit_id", "role", False),
        EffectType.APPOINT: ("positions", "person_id", "title", True),
        EffectType.DISMISS: ("positions", "person_id", "title", False),
    }

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.held: dict[tuple[str, object, object], list[dict[str, Any]]] = {}
        self.made: dict[str, list[dict[str, Any]]] = {"unit_roles": [], "positions": []}
        self.ended: dict[str, list[dict[str, Any]]] = {"unit_roles": [], "positions": []}
        for table, owner, what in (
            ("unit_roles", "unit_id", "role"),
            ("positions", "person_id", "title"),
        ):
            for entry in getattr(rows, table):
                self.held.setdefault((table, entry[owner], entry[what]), []).append(entry)

    def apply(self, effect: dict[str, Any], meeting_day: dt.date) -> None:
        kind = EffectType(effect["type"])
        if kind not in self._TABLES:
            return  # committees and documents follow from the applied effect itself
        table, owner, what, grants = self._TABLES[kind]
        day = effect["start"] or meeting_day
        held = self.held.setdefault((table, effect[owner], effect[what]), [])
        if grants:
            entry = {
                "id": self.rows.next_id(table) + len(self.made[table]),
                owner: effect[owner],
                what: effect[what],
                "start": day,
                "end": None,
                "granted_by_id": effect["id"],
                "ended_by_id": None,
                "reason": None,
            }
            self.made[table].append(entry)
            held.append(entry)
            return
        open_then = [e for e in held if e["start"] <= day and e["end"] is None]
        if open_then:
            latest = max(open_then, key=lambda e: e["start"])
            latest["end"], latest["ended_by_id"] = day, effect["id"]
            self.ended[table].append(latest)  # one made here is written with its end

    def write(self, session: Session) -> None:
        tables = Base.metadata.tables
        for table in ("unit_roles", "positions"):
            made = {id(e) for e in self.made[table]}
            bulk_insert(session, tables[table], self.made[table])
            ended = [
                {"id": e["id"], "end": e["end"], "ended_by_id": e["ended_by_id"]}
                for e in self.ended[table]
                if id(e) not in made
            ]
            bulk_update(session, tables[table], ended)
