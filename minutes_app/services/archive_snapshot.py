"""Tables read once and grouped by parent, and ids mapped back to archive keys.

Shared by the archive export and the one-meeting read the window uses.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from minutes_app.store.models import Base

Obj = dict[str, Any]


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.second == 0 and value.microsecond == 0:
            return value.strftime("%Y-%m-%dT%H:%M")
        return value.isoformat(timespec="seconds")
    return value.isoformat()


# Meeting-scoped tables and how each reaches its meeting.
_BY_MEETING = {
    "meetings": "id",
    "attendance": "meeting_id",
    "agenda_items": "meeting_id",
    "corrections": "meeting_id",
    "decisions": "meeting_id",
    "action_items": "meeting_id",
}
_BY_PARENT = {
    "ballots": ("decision_id", "decisions"),
    "effects": ("decision_id", "decisions"),
    "action_updates": ("action_id", "action_items"),
}


class Snapshot:
    """Every table read once, grouped by parent id; optionally only some meetings."""

    def __init__(self, session: Session, meeting_ids: set[int] | None = None) -> None:
        self.session = session
        self.tables = Base.metadata.tables
        self.meeting_ids = meeting_ids

    def rows(self, name: str, *order: str) -> list[Row[Any]]:
        scoped = self.meeting_ids is not None
        params = {"ids": sorted(self.meeting_ids or ())} if scoped else {}
        return list(self.session.execute(_statement(name, order, scoped), params))

    def grouped(self, name: str, parent: str, *order: str) -> dict[int, list[Row[Any]]]:
        groups: dict[int, list[Row[Any]]] = defaultdict(list)
        for row in self.rows(name, *order):
            groups[getattr(row, parent)].append(row)
        return groups


@functools.cache
def _statement(name: str, order: tuple[str, ...], scoped: bool) -> Any:
    """Built once: building a statement costs more than running it for one meeting."""
    tables = Base.metadata.tables
    table: Table = tables[name]
    stmt = select(table).order_by(*([table.c[c] for c in order] or [table.c.id]))
    if not scoped:
        return stmt
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    if name in _BY_MEETING:
        return stmt.where(table.c[_BY_MEETING[name]].in_(ids))
    if name in _BY_PARENT:
        column, parent = _BY_PARENT[name]
        inner = select(tables[parent].c.id).where(tables[parent].c.meeting_id.in_(ids))
        return stmt.where(table.c[column].in_(inner))
    return stmt


def _id_keys(snap: Snapshot, name: str) -> dict[int, str]:
    if snap.meeting_ids is not None:
        return _KeysOnDemand(snap, name)
    table = snap.tables[name]
    return {row.id: row.key for row in snap.session.execute(select(table.c.id, table.c.key))}


class _KeysOnDemand(dict[int, str]):
    """For one meeting: look up only the keys it names, not thousands of them."""

    def __init__(self, snap: Snapshot, name: str) -> None:
        super().__init__()
        self.session = snap.session
        self.table = snap.tables[name]

    def __missing__(self, record_id: int) -> str:
        key = self.session.scalar(select(self.table.c.key).where(self.table.c.id == record_id))
        if key is None:
            raise KeyError(record_id)
        self[record_id] = key
        return str(key)

    def get(self, record_id: Any, default: Any = None) -> Any:
        return default if record_id is None else self[record_id]


class Keys:
    """Integer ids back to archive keys, and effects back to MEETING/DECISION."""

    def __init__(self, snap: Snapshot, registry: bool = True) -> None:
        self.units = _id_keys(snap, "units")
        self.people = _id_keys(snap, "people")
        self.bodies = {r.id: r for r in snap.rows("bodies")}
        self.committees = _id_keys(snap, "committees")
        self.decisions: dict[int, tuple[str, str]] = {}
        self.effects: list[Row[Any]] = []
        self.effect_ref: dict[int, str] = {}
        if registry:
            self._load_effects(snap)

    def _load_effects(self, snap: Snapshot) -> None:
        meetings = {
            r.id: r.key
            for r in snap.session.execute(
                select(snap.tables["meetings"].c.id, snap.tables["meetings"].c.key)
            )
        }
        dec = snap.tables["decisions"]
        self.decisions = {
            r.id: (meetings[r.meeting_id], r.key)
            for r in snap.session.execute(select(dec.c.id, dec.c.meeting_id, dec.c.key))
        }
        self.effects = snap.rows("effects", "decision_id", "position")
        self.effect_ref = {e.id: "/".join(self.decisions[e.decision_id]) for e in self.effects}

    def ref(self, effect_id: int | None) -> str | None:
        return None if effect_id is None else self.effect_ref[effect_id]


class Children:
    """The rows under a snapshot's meetings, grouped by parent (the archive export and the
    typed read walk the same tree)."""

    def __init__(self, snap: Snapshot) -> None:
        self.attendance = snap.grouped("attendance", "meeting_id", "position", "id")
        self.agenda = snap.grouped("agenda_items", "meeting_id", "position", "id")
        self.decisions = snap.grouped("decisions", "agenda_item_id", "position", "id")
        self.ballots = snap.grouped("ballots", "decision_id", "position", "id")
        self.effects = snap.grouped("effects", "decision_id", "position", "id")
        self.actions = snap.grouped("action_items", "agenda_item_id", "position", "id")
        self.updates = snap.grouped("action_updates", "action_id", "position", "id")
        self.corrections = snap.grouped("corrections", "meeting_id", "made_at", "id")
