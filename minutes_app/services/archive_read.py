"""Database → archive dict, with derived registry entries and computed fields.

Reads each table once with Core selects and groups in Python: a ten-year database has
hundreds of thousands of rows and ORM objects would be too slow here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, literal, select, union, union_all
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from minutes_app.io.archive import FORMAT, VERSION
from minutes_app.services.archive_read_meetings import export_meetings
from minutes_app.services.archive_snapshot import Keys, Obj, Snapshot, iso
from minutes_app.store.models import Base


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
        "organisation": {"name": org[0].name, "short_name": org[0].short_name}
        if org
        else {"name": "", "short_name": None},
        "terms": [
            {"number": t.number, "start": iso(t.start), "end": iso(t.end)}
            for t in snap.rows("terms", "number")
        ],
        "units": _units(snap, keys),
        "people": _people(snap, keys),
        "bodies": _bodies(snap, keys),
        "committees": _committees(snap, keys),
    }
    org_name = archive["organisation"]["name"]
    wanted = set(meeting_ids) if meeting_ids is not None else None
    scoped = Snapshot(session, wanted) if wanted is not None else snap
    archive["meetings"] = export_meetings(scoped, keys, org_name, as_of)
    return archive


def meeting_snapshot(session: Session, meeting_id: int, as_of: dt.date) -> Obj:
    """One meeting in archive form, read without touching the rest of the database."""
    snap, keys, org_name = one_meeting(session, meeting_id)
    return export_meetings(snap, keys, org_name, as_of)[0]


def one_meeting(session: Session, meeting_id: int) -> tuple[Snapshot, Keys, str]:
    """One meeting's rows, the keys of what it names, and the organisation's name."""
    snap = Snapshot(session, {meeting_id})
    org = snap.rows("organisation")
    keys = Keys(snap, registry=False)
    _preload_people(snap, keys, meeting_id)
    return snap, keys, org[0].name if org else ""


def _preload_people(snap: Snapshot, keys: Keys, meeting_id: int) -> None:
    """The keys of everyone and everything one meeting names: one query for people,
    units and committees together rather than one per record (or per list)."""
    found = snap.session.execute(_named_by_meeting(), {"mid": meeting_id})
    for name, record_id, key in found:
        getattr(keys, name)[record_id] = key


@functools.cache
def _named_by_meeting() -> Any:
    """Built once (building them costs more than running them for one meeting)."""
    t = Base.metadata.tables
    mid: BindParameter[int] = bindparam("mid")
    m, att, items, acts = t["meetings"], t["attendance"], t["agenda_items"], t["action_items"]
    decisions = select(t["decisions"].c.id).where(t["decisions"].c.meeting_id == mid)
    ballots = t["ballots"].c.decision_id.in_(decisions)
    effects = t["effects"].c.decision_id.in_(decisions)
    named = {
        "people": [
            select(m.c.chair_id).where(m.c.id == mid),
            select(m.c.recorder_id).where(m.c.id == mid),
            select(att.c.person_id).where(att.c.meeting_id == mid),
            select(att.c.proxy_holder_id).where(att.c.meeting_id == mid),
            select(items.c.presenter_id).where(items.c.meeting_id == mid),
            select(acts.c.owner_person_id).where(acts.c.meeting_id == mid),
            select(t["ballots"].c.person_id).where(ballots),
            select(t["effects"].c.person_id).where(effects),
        ],
        "units": [
            select(acts.c.owner_unit_id).where(acts.c.meeting_id == mid),
            select(t["effects"].c.unit_id).where(effects),
        ],
        "committees": [
            select(acts.c.owner_committee_id).where(acts.c.meeting_id == mid),
            select(t["effects"].c.committee_id).where(effects),
        ],
    }
    statements = []
    for name, queries in named.items():
        ids = union(*queries).subquery()
        table = t[name]
        statements.append(
            select(literal(name), table.c.id, table.c.key).where(table.c.id.in_(select(ids)))
        )
    return union_all(*statements)  # one round trip to the server for all three


def _entry(row: Row[Any], keys: Keys, name: str, value: str) -> Obj:
    out: Obj = {
        name: value,
        "from": iso(row.start),
        "to": iso(row.end),
        "by": keys.ref(row.granted_by_id),
    }
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
        {
            "key": p.key,
            "name": p.name,
            "unit": keys.units.get(p.unit_id),
            "title_in_unit": p.title_in_unit,
            "positions": _sorted_entries(
                [_entry(r, keys, "title", r.title) for r in positions[p.id]], "title"
            ),
            "phone": p.phone,
            "email": p.email,
        }
        for p in snap.rows("people")
    ]


def _bodies(snap: Snapshot, keys: Keys) -> list[Obj]:
    seats = snap.grouped("seats", "body_id", "term", "position", "id")
    out = []
    for b in snap.rows("bodies", "position", "id"):
        quorum = None
        if b.quorum_fraction is not None:
            quorum = {"fraction": b.quorum_fraction, "inclusive": b.quorum_inclusive}
        out.append(
            {
                "key": b.key,
                "name": b.name,
                "short_name": b.short_name,
                "quorum": quorum,
                "pass_rule": {
                    "fraction": b.pass_fraction,
                    "inclusive": b.pass_inclusive,
                    "of": b.pass_of,
                },
                "seats": [
                    {"person": keys.people[s.person_id], "term": s.term} for s in seats[b.id]
                ],
            }
        )
    return out


def _committees(snap: Snapshot, keys: Keys) -> list[Obj]:
    members = snap.grouped("committee_members", "committee_id", "position", "id")
    made: dict[int, dict[str, str | None]] = defaultdict(dict)
    for e in keys.effects:
        if e.applied and e.committee_id is not None:
            field = "established_by" if e.type == "establish_committee" else "dissolved_by"
            made[e.committee_id].setdefault(field, keys.ref(e.id))
    return [
        {
            "key": c.key,
            "name": c.name,
            "kind": c.kind,
            "established_by": made[c.id].get("established_by"),
            "dissolved_by": made[c.id].get("dissolved_by"),
            "members": [
                {
                    "person": keys.people[m.person_id],
                    "role": m.role,
                    "from": iso(m.start),
                    "to": iso(m.end),
                }
                for m in members[c.id]
            ],
        }
        for c in snap.rows("committees")
    ]
