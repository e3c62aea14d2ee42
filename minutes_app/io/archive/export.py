"""Database → archive dict, with derived registry entries and computed fields.

Reads each table once with Core selects and groups in Python: a ten-year database has
hundreds of thousands of rows and ORM objects would be too slow here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from minutes_app.io.archive import FORMAT, VERSION
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
_BY_MEETING = {"meetings": "id", "attendance": "meeting_id", "agenda_items": "meeting_id",
               "corrections": "meeting_id",
               "decisions": "meeting_id", "action_items": "meeting_id"}  # fmt: skip
_BY_PARENT = {"ballots": ("decision_id", "decisions"), "effects": ("decision_id", "decisions"),
              "action_updates": ("action_id", "action_items")}  # fmt: skip


class Snapshot:
    """Every table read once, grouped by parent id; optionally only some meetings."""

    def __init__(self, session: Session, meeting_ids: set[int] | None = None) -> None:
        self.session = session
        self.tables = Base.metadata.tables
        self.meeting_ids = meeting_ids

    def rows(self, name: str, *order: str) -> list[Row[Any]]:
        table: Table = self.tables[name]
        columns = [table.c[c] for c in order] or [table.c.id]
        stmt = select(table).order_by(*columns)
        if self.meeting_ids is not None:
            stmt = self._scoped(stmt, name)
        return list(self.session.execute(stmt))

    def _scoped(self, stmt: Any, name: str) -> Any:
        ids = sorted(self.meeting_ids or ())
        if name in _BY_MEETING:
            return stmt.where(self.tables[name].c[_BY_MEETING[name]].in_(ids))
        if name in _BY_PARENT:
            column, parent = _BY_PARENT[name]
            parent_table = self.tables[parent]
            inner = select(parent_table.c.id).where(parent_table.c.meeting_id.in_(ids))
            return stmt.where(self.tables[name].c[column].in_(inner))
        return stmt

    def grouped(self, name: str, parent: str, *order: str) -> dict[int, list[Row[Any]]]:
        groups: dict[int, list[Row[Any]]] = defaultdict(list)
        for row in self.rows(name, *order):
            groups[getattr(row, parent)].append(row)
        return groups


def build_archive(
    session: Session, as_of: dt.date, meeting_ids: Iterable[int] | None = None
) -> Obj:
    """The whole database as an archive dict; `meeting_ids` limits the meetings listed."""
    snap = Snapshot(session)
    org = snap.rows("organisation")
    keys = Keys(snap)
    archive: Obj = {
        "format": FORMAT,
        "version": VERSION,
        "organisation": {"name": org[0].name, "short_name": org[0].short_name} if org else
        {"name": "", "short_name": None},
        "terms": [{"number": t.number, "start": iso(t.start), "end": iso(t.end)}
                  for t in snap.rows("terms", "number")],
        "units": _units(snap, keys),
        "people": _people(snap, keys),
        "bodies": _bodies(snap, keys),
        "committees": _committees(snap, keys),
    }  # fmt: skip
    org_name = archive["organisation"]["name"]
    wanted = set(meeting_ids) if meeting_ids is not None else None
    from minutes_app.io.archive.export_meetings import export_meetings

    scoped = Snapshot(session, wanted) if wanted is not None else snap
    archive["meetings"] = export_meetings(scoped, keys, org_name, as_of)
    return archive


def meeting_snapshot(session: Session, meeting_id: int, as_of: dt.date) -> Obj:
    """One meeting in archive form, read without touching the rest of the database."""
    from minutes_app.io.archive.export_meetings import export_meetings

    snap = Snapshot(session, {meeting_id})
    org = snap.rows("organisation")
    keys = Keys(snap, registry=False)
    meetings = export_meetings(snap, keys, org[0].name if org else "", as_of)
    return meetings[0]


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
        meetings = {r.id: r.key for r in snap.session.execute(
            select(snap.tables["meetings"].c.id, snap.tables["meetings"].c.key))}  # fmt: skip
        dec = snap.tables["decisions"]
        self.decisions = {
            r.id: (meetings[r.meeting_id], r.key)
            for r in snap.session.execute(select(dec.c.id, dec.c.meeting_id, dec.c.key))
        }
        self.effects = snap.rows("effects", "decision_id", "position")
        self.effect_ref = {e.id: "/".join(self.decisions[e.decision_id]) for e in self.effects}

    def ref(self, effect_id: int | None) -> str | None:
        return None if effect_id is None else self.effect_ref[effect_id]


def _entry(row: Row[Any], keys: Keys, name: str, value: str) -> Obj:
    out: Obj = {name: value, "from": iso(row.start), "to": iso(row.end),
                "by": keys.ref(row.granted_by_id)}  # fmt: skip
    if row.ended_by_id is not None:
        out["ended_by"] = keys.ref(row.ended_by_id)
    if row.reason is not None:
        out["reason"] = row.reason
    return out


def _sorted_entries(entries: list[Obj], name: str) -> list[Obj]:
    return sorted(entries, key=lambda e: (e["from"], e[name], e["by"] or ""))


def _units(snap: Snapshot, keys: Keys) -> list[Obj]:
    roles = snap.grouped("unit_roles", "unit_id", "start", "id")
    out = []
    for u in snap.rows("units"):
        unit: Obj = {"key": u.key, "name": u.name, "credit_code": u.credit_code}
        for name in ("contact", "phone", "email", "address"):  # optional, written when set
            if getattr(u, name) is not None:
                unit[name] = getattr(u, name)
        unit["roles"] = _sorted_entries(
            [_entry(r, keys, "role", r.role) for r in roles[u.id]], "role"
        )
        out.append(unit)
    return out


def _people(snap: Snapshot, keys: Keys) -> list[Obj]:
    positions = snap.grouped("positions", "person_id", "start", "id")
    return [
        {"key": p.key, "name": p.name, "unit": keys.units.get(p.unit_id),
         "title_in_unit": p.title_in_unit,
         "positions": _sorted_entries(
             [_entry(r, keys, "title", r.title) for r in positions[p.id]], "title"),
         "phone": p.phone, "email": p.email}
        for p in snap.rows("people")
    ]  # fmt: skip


def _bodies(snap: Snapshot, keys: Keys) -> list[Obj]:
    seats = snap.grouped("seats", "body_id", "term", "position", "id")
    out = []
    for b in snap.rows("bodies", "position", "id"):
        quorum = None
        if b.quorum_fraction is not None:
            quorum = {"fraction": b.quorum_fraction, "inclusive": b.quorum_inclusive}
        out.append({
            "key": b.key, "name": b.name, "short_name": b.short_name, "quorum": quorum,
            "pass_rule": {"fraction": b.pass_fraction, "inclusive": b.pass_inclusive,
                          "of": b.pass_of},
            "seats": [{"person": keys.people[s.person_id], "term": s.term} for s in seats[b.id]],
        })  # fmt: skip
    return out


def _committees(snap: Snapshot, keys: Keys) -> list[Obj]:
    members = snap.grouped("committee_members", "committee_id", "position", "id")
    made: dict[int, dict[str, str | None]] = defaultdict(dict)
    for e in keys.effects:
        if e.applied and e.committee_id is not None:
            field = "established_by" if e.type == "establish_committee" else "dissolved_by"
            made[e.committee_id].setdefault(field, keys.ref(e.id))
    return [
        {"key": c.key, "name": c.name, "kind": c.kind,
         "established_by": made[c.id].get("established_by"),
         "dissolved_by": made[c.id].get("dissolved_by"),
         "members": [{"person": keys.people[m.person_id], "role": m.role,
                      "from": iso(m.start), "to": iso(m.end)} for m in members[c.id]]}
        for c in snap.rows("committees")
    ]  # fmt: skip
