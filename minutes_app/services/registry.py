"""The registry as it stood on a day: member units with their roles, people with positions.

Everything is read once (`load_units`, `load_people`) with its whole history; what held
on a given day is then picked in memory (`roles_on`, `positions_on`), so moving the
date in the window needs no query. A role or position is held on day d when
start <= d < end. Bodies, committees and documents are in `registry_bodies`; changes
by hand and 换届 in `registry_edit`; the member-list import in `registry_import`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import UNIT_ROLE_ZH, UnitRole
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.services.registry_sources import Source, effect_sources, entry_sources
from minutes_app.store.database import Database
from minutes_app.store.models import Person, Position, Unit, UnitRoleEntry

# Highest tier first: the order roles are listed in.
ROLE_ORDER = tuple(UnitRole)
_RANK = {role.value: rank for rank, role in enumerate(ROLE_ORDER)}


def role_rank(role: str) -> int:
    return _RANK.get(role, len(_RANK))


def role_name(role: str) -> str:
    """会长单位 … 会员单位 (the Chinese name of a role value)."""
    try:
        return UNIT_ROLE_ZH[UnitRole(role)]
    except ValueError:
        return role


@dataclass(frozen=True)
class Entry:
    """A role of a unit or a position of a person, from `start` up to (not incl.) `end`."""

    id: int
    what: str  # the role value (member_unit …) or the position title (秘书长 …)
    start: dt.date
    end: dt.date | None
    made_by: Source
    ended_by: Source | None  # None while the entry is open

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class UnitRecord:
    key: str
    name: str
    credit_code: str | None
    contact: str | None
    phone: str | None
    email: str | None
    address: str | None
    roles: tuple[Entry, ...]  # every role the unit ever held, oldest first

    def roles_on(self, day: dt.date) -> tuple[Entry, ...]:
        """The roles held on `day`, highest tier first."""
        held = [e for e in self.roles if e.held_on(day)]
        return tuple(sorted(held, key=lambda e: (role_rank(e.what), e.start)))


@dataclass(frozen=True)
class PersonRecord:
    key: str
    name: str
    unit_key: str | None
    unit_name: str | None
    title_in_unit: str | None
    phone: str | None
    email: str | None
    positions: tuple[Entry, ...]  # oldest first

    def positions_on(self, day: dt.date) -> tuple[Entry, ...]:
        return tuple(e for e in self.positions if e.held_on(day))


@dataclass(frozen=True)
class Change:
    """One line of a unit's or person's history: an entry began or ended."""

    day: dt.date
    started: bool  # False: the entry ended on `day`
    what: str
    source: Source
    entry_id: int

    def describe(self) -> str:
        """成为特邀副会长单位 / 不再是理事单位 / 任秘书长 / 不再任秘书长."""
        name = role_name(self.what) if self.what in _RANK else self.what
        if self.what in _RANK:
            return f"成为{name}" if self.started else f"不再是{name}"
        return f"任{name}" if self.started else f"不再任{name}"


def history(entries: tuple[Entry, ...]) -> list[Change]:
    """Every start and end, oldest first (on one day: ends before starts)."""
    changes = []
    for e in entries:
        changes.append(Change(e.start, True, e.what, e.made_by, e.id))
        if e.end is not None and e.ended_by is not None:
            changes.append(Change(e.end, False, e.what, e.ended_by, e.id))
    return sorted(changes, key=lambda c: (c.day, c.started, c.entry_id))


def _entries(
    session: Session, model: type[UnitRoleEntry] | type[Position], owner: str
) -> dict[int, list[Entry]]:
    effects = effect_sources(session)
    what = model.role if model is UnitRoleEntry else model.title  # type: ignore[union-attr]
    stmt = select(model.id, getattr(model, owner), what, model.start, model.end,
                  model.granted_by_id, model.ended_by_id, model.reason
                  ).order_by(model.start, model.id)  # fmt: skip
    grouped: dict[int, list[Entry]] = defaultdict(list)
    for eid, owner_id, name, start, end, granted, ended, reason in session.execute(stmt):
        made, ended_src = entry_sources(effects, granted, ended, end, reason)
        grouped[owner_id].append(Entry(eid, name, start, end, made, ended_src))
    return grouped


def load_units(db: Database) -> list[UnitRecord]:
    """Every unit with its whole role history, by name."""
    with db.reading() as s:
        return _units(s)


def _units(s: Session, key: str | None = None) -> list[UnitRecord]:
    roles = _entries(s, UnitRoleEntry, "unit_id")
    stmt = select(Unit.id, Unit.key, Unit.name, Unit.credit_code, Unit.contact, Unit.phone,
                  Unit.email, Unit.address)  # fmt: skip
    if key is not None:
        stmt = stmt.where(Unit.key == key)
    out = [
        UnitRecord(k, n, code, contact, phone, email, addr, tuple(roles.get(uid, ())))
        for uid, k, n, code, contact, phone, email, addr in s.execute(stmt)
    ]
    return sorted(out, key=lambda u: (u.name, u.key))


def load_people(db: Database) -> list[PersonRecord]:
    """Every person with their unit and whole position history, by name."""
    with db.reading() as s:
        return _people(s)


def _people(s: Session, key: str | None = None) -> list[PersonRecord]:
    positions = _entries(s, Position, "person_id")
    stmt = (
        select(Person.id, Person.key, Person.name, Unit.key, Unit.name, Person.title_in_unit,
               Person.phone, Person.email)
        .outerjoin(Unit, Person.unit_id == Unit.id)
    )  # fmt: skip
    if key is not None:
        stmt = stmt.where(Person.key == key)
    out = [
        PersonRecord(k, n, ukey, uname, title, phone, email, tuple(positions.get(pid, ())))
        for pid, k, n, ukey, uname, title, phone, email in s.execute(stmt)
    ]
    return sorted(out, key=lambda p: (p.name, p.key))


def unit(db: Database, key: str) -> UnitRecord:
    with db.reading() as s:
        found = _units(s, key)
    if not found:
        raise UserError(msg("registry.no_unit", key=key))
    return found[0]


def person(db: Database, key: str) -> PersonRecord:
    with db.reading() as s:
        found = _people(s, key)
    if not found:
        raise UserError(msg("registry.no_person", key=key))
    return found[0]


def units_as_of(db: Database, day: dt.date, role: str | None = None) -> list[UnitRecord]:
    """Units holding any role (or `role`) on `day`, each with only the roles of that day."""
    out = []
    for u in load_units(db):
        held = u.roles_on(day)
        if held and (role is None or any(e.what == role for e in held)):
            out.append(
                UnitRecord(u.key, u.name, u.credit_code, u.contact, u.phone, u.email,
                           u.address, held)
            )  # fmt: skip
    return out


def people_as_of(db: Database, day: dt.date) -> list[PersonRecord]:
    """Every person, each with only the positions held on `day`."""
    return [
        PersonRecord(p.key, p.name, p.unit_key, p.unit_name, p.title_in_unit, p.phone,
                     p.email, p.positions_on(day))
        for p in load_people(db)
    ]  # fmt: skip


def unit_history(db: Database, key: str) -> list[Change]:
    return history(unit(db, key).roles)


def person_history(db: Database, key: str) -> list[Change]:
    return history(person(db, key).positions)
