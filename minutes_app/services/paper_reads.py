"""What the papers of some meetings are written from, read straight from the tables.

Only the registry records the meetings name are read (with the seats of their bodies
and the units of the people): a registry of thousands of units and people is not read
for one 纪要. Each table is read once, by a statement built once.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Select, bindparam, literal, select, union, union_all
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from minutes_app.domain.enums import Base as RuleBase
from minutes_app.domain.enums import CommitteeKind
from minutes_app.domain.papers import (
    Body,
    Committee,
    CommitteeMember,
    Organisation,
    PaperSource,
    Person,
    Position,
    Quorum,
    Seat,
    Unit,
)
from minutes_app.domain.records import PassRule
from minutes_app.services.archive_snapshot import Snapshot
from minutes_app.services.meeting_records import KeyMaps, read_meetings
from minutes_app.store.models import Base

_TABLES = Base.metadata.tables


def paper_source(
    session: Session,
    meeting_ids: Collection[int],
    as_of: dt.date,
    *,
    body_ids: Iterable[int] = (),
    unit_keys: Iterable[str] = (),
) -> PaperSource:
    """The meetings with `meeting_ids` and what they name; also the bodies `body_ids`
    (a 决议汇编 of a year without meetings) and the units `unit_keys` (named by
    approved minutes, the person's unit then)."""
    ids = {"ids": sorted(meeting_ids)}
    named: dict[str, set[int]] = {"people": set(), "units": set(), "committees": set()}
    named["bodies"] = set(body_ids)
    for table, record_id in session.execute(_named_statement(), ids):
        named[table].add(record_id)
    seats = _by_body(session.execute(_seats_statement(), {"ids": sorted(named["bodies"])}))
    named["people"].update(s.person_id for rows in seats.values() for s in rows)
    people = _read(session, "people", named["people"])
    named["units"].update(p.unit_id for p in people if p.unit_id is not None)
    units = _read(session, "units", named["units"], unit_keys)
    committees = _read(session, "committees", named["committees"])
    bodies = _read(session, "bodies", named["bodies"])
    keys = KeyMaps(
        people={p.id: p.key for p in people},
        units={u.id: u.key for u in units},
        committees={c.id: c.key for c in committees},
        bodies={b.id: b for b in bodies},
    )
    org = session.execute(select(_TABLES["organisation"]).order_by("id").limit(1)).first()
    org_name = org.name if org else ""
    snap = Snapshot(session, set(meeting_ids))
    return PaperSource(
        organisation=Organisation(org_name or "", org.short_name if org else None),
        units=tuple(Unit(u.key, u.name or "", u.phone) for u in units),
        people=_people(session, people, keys),
        bodies=tuple(_body(b, seats.get(b.id, []), keys) for b in bodies),
        committees=_committees(session, committees),
        meetings=tuple(read_meetings(snap, keys, org_name, as_of)),
    )


def _read(session: Session, name: str, ids: set[int], keys: Iterable[str] = ()) -> list[Row[Any]]:
    params = {"ids": sorted(ids), "keys": sorted(set(keys))}
    return list(session.execute(_rows_statement(name), params))


@functools.cache
def _rows_statement(name: str) -> Select[Any]:
    """A registry table's rows by id (or by key), in the order the archive lists them."""
    table = _TABLES[name]
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    keys: BindParameter[list[str]] = bindparam("keys", expanding=True)
    order = [table.c.position, table.c.id] if name == "bodies" else [table.c.id]
    return select(table).where(table.c.id.in_(ids) | table.c.key.in_(keys)).order_by(*order)


def _people(session: Session, people: list[Row[Any]], keys: KeyMaps) -> tuple[Person, ...]:
    held: dict[int, list[Position]] = {}
    params = {"ids": sorted(p.id for p in people)}
    for r in session.execute(_children_statement("positions", "person_id"), params):
        held.setdefault(r.person_id, []).append(Position(r.title or "", r.start, r.end))
    return tuple(_person(p, held.get(p.id, []), keys) for p in people)


def _person(p: Row[Any], held: list[Position], keys: KeyMaps) -> Person:
    positions = tuple(sorted(held, key=lambda e: (e.start or dt.date.min, e.title)))
    unit = keys.units.get(p.unit_id)
    return Person(p.key, p.name or "", unit, p.title_in_unit, positions, p.phone)


def _committees(session: Session, committees: list[Row[Any]]) -> tuple[Committee, ...]:
    members: dict[int, list[CommitteeMember]] = {}
    params = {"ids": sorted(c.id for c in committees)}
    for r in session.execute(_members_statement(), params):
        member = CommitteeMember(r.person_key, r.role or "", r.start, r.end)
        members.setdefault(r.committee_id, []).append(member)
    return tuple(_committee(c, members.get(c.id, [])) for c in committees)


def _committee(c: Row[Any], members: list[CommitteeMember]) -> Committee:
    kind = CommitteeKind(c.kind) if c.kind else None
    return Committee(c.key, c.name or "", kind, tuple(members))


def _body(b: Row[Any], seats: list[Row[Any]], keys: KeyMaps) -> Body:
    quorum = None
    if b.quorum_fraction is not None:
        quorum = Quorum(b.quorum_fraction, bool(b.quorum_inclusive))
    rule = PassRule(b.pass_fraction or "", bool(b.pass_inclusive), RuleBase(b.pass_of or "present"))
    return Body(
        key=b.key,
        name=b.name or "",
        short_name=b.short_name,
        quorum=quorum,
        pass_rule=rule,
        seats=tuple(Seat(keys.people[s.person_id], s.term) for s in seats),
    )


def _by_body(rows: Iterable[Row[Any]]) -> dict[int, list[Row[Any]]]:
    grouped: dict[int, list[Row[Any]]] = {}
    for row in rows:
        grouped.setdefault(row.body_id, []).append(row)
    return grouped


@functools.cache
def _children_statement(name: str, parent: str) -> Select[Any]:
    table = _TABLES[name]
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    return select(table).where(table.c[parent].in_(ids)).order_by(table.c.id)


@functools.cache
def _seats_statement() -> Select[Any]:
    seats = _TABLES["seats"]
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    order = (seats.c.term, seats.c.position, seats.c.id)
    return select(seats).where(seats.c.body_id.in_(ids)).order_by(*order)


@functools.cache
def _members_statement() -> Select[Any]:
    members, people = _TABLES["committee_members"], _TABLES["people"]
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    return (
        select(members, people.c.key.label("person_key"))
        .join(people, people.c.id == members.c.person_id)
        .where(members.c.committee_id.in_(ids))
        .order_by(members.c.committee_id, members.c.position, members.c.id)
    )


@functools.cache
def _named_statement() -> Any:
    """(table, id) of every registry record the meetings `ids` name: one statement."""
    t = _TABLES
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    m, att, items, acts = t["meetings"], t["attendance"], t["agenda_items"], t["action_items"]
    ballots, effects, people = t["ballots"], t["effects"], t["people"]
    decisions = select(t["decisions"].c.id).where(t["decisions"].c.meeting_id.in_(ids))
    made_by = select(t["corrections"].c.made_by).where(t["corrections"].c.meeting_id.in_(ids))
    named = {
        "people": [
            select(m.c.chair_id).where(m.c.id.in_(ids)),
            select(m.c.recorder_id).where(m.c.id.in_(ids)),
            select(att.c.person_id).where(att.c.meeting_id.in_(ids)),
            select(att.c.proxy_holder_id).where(att.c.meeting_id.in_(ids)),
            select(items.c.presenter_id).where(items.c.meeting_id.in_(ids)),
            select(acts.c.owner_person_id).where(acts.c.meeting_id.in_(ids)),
            select(ballots.c.person_id).where(ballots.c.decision_id.in_(decisions)),
            select(effects.c.person_id).where(effects.c.decision_id.in_(decisions)),
            # the papers name whoever made a correction by their key, if it is one
            select(people.c.id).where(people.c.key.in_(made_by)),
        ],
        "units": [
            select(acts.c.owner_unit_id).where(acts.c.meeting_id.in_(ids)),
            select(effects.c.unit_id).where(effects.c.decision_id.in_(decisions)),
        ],
        "committees": [
            select(acts.c.owner_committee_id).where(acts.c.meeting_id.in_(ids)),
            select(effects.c.committee_id).where(effects.c.decision_id.in_(decisions)),
        ],
        "bodies": [select(m.c.body_id).where(m.c.id.in_(ids))],
    }
    statements = []
    for name, queries in named.items():
        found = union(*queries).subquery()
        column = found.c[0]
        stmt = select(literal(name), column).where(column.is_not(None))
        statements.append(stmt)
    return union_all(*statements)
