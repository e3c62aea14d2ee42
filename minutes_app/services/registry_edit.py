"""Changes by hand: a role or position without a decision (手工调整, always with a
reason), the fields of a unit or person, new units and people.

Each function is one transaction. Entries made by a decision are changed by decisions;
ending one by hand is allowed (a unit that closed down, a 换届), and its reason kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from minutes_app.domain import credit_code
from minutes_app.domain.enums import UnitRole
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import Message, msg, on_day
from minutes_app.domain.validation import NAME_MAX, TITLE_MAX, check_length, require_text
from minutes_app.services.registry import role_name
from minutes_app.services.registry_sources import join_reason, split_reason
from minutes_app.store.database import Database
from minutes_app.store.models import Committee, Person, Position, Unit, UnitRoleEntry

REASON_MAX = 2000


@dataclass(frozen=True)
class UnitFields:
    name: str
    credit_code: str | None = None
    contact: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class PersonFields:
    name: str
    unit_key: str | None = None
    title_in_unit: str | None = None
    phone: str | None = None
    email: str | None = None


def check_reason(reason: str | None) -> str:
    if reason is None or not reason.strip():
        raise ValidationError(msg("registry.reason_required"))
    return check_length(reason.strip(), "原因", REASON_MAX)


# -- roles and positions --------------------------------------------------------------


def grant_role(db: Database, unit_key: str, role: str, start: dt.date, reason: str) -> int:
    """Give a unit a role from `start` without a decision; returns the entry's id."""
    why = check_reason(reason)
    try:
        UnitRole(role)
    except ValueError:
        raise ValidationError(msg("registry.bad_role", role=role)) from None
    with db.transaction() as s:
        unit = _unit(s, unit_key)
        held = msg("registry.holds_role", name=unit.name, what=role_name(role))
        same = (UnitRoleEntry.unit_id == unit.id, UnitRoleEntry.role == role)
        _refuse_overlap(s, UnitRoleEntry, *same, start, held)
        entry = UnitRoleEntry(unit_id=unit.id, role=role, start=start, reason=why)
        s.add(entry)
        s.flush()
        return entry.id


def end_role(db: Database, entry_id: int, end: dt.date, reason: str) -> None:
    """End a role on `end` (the unit no longer holds it that day) without a decision."""
    with db.transaction() as s:
        _end(s, s.get(UnitRoleEntry, entry_id), end, reason, "身份")


def appoint(db: Database, person_key: str, title: str, start: dt.date, reason: str) -> int:
    """Give a person a position from `start` without a decision; returns the entry's id."""
    why = check_reason(reason)
    title = require_text(title, "职务", NAME_MAX).strip()
    with db.transaction() as s:
        person = _person(s, person_key)
        held = msg("registry.holds_position", name=person.name, title=title)
        _refuse_overlap(s, Position, Position.person_id == person.id, Position.title == title,
                        start, held)  # fmt: skip
        entry = Position(person_id=person.id, title=title, start=start, reason=why)
        s.add(entry)
        s.flush()
        return entry.id


def end_position(db: Database, entry_id: int, end: dt.date, reason: str) -> None:
    with db.transaction() as s:
        _end(s, s.get(Position, entry_id), end, reason, "职务")


def _refuse_overlap(
    s: Session, model: type, owner: object, what: object, start: dt.date, held: Message
) -> None:
    """An open-ended new entry from `start` must not overlap one of the same role/title."""
    clash = s.execute(
        select(model.start, model.end)  # type: ignore[attr-defined]
        .where(owner, what)  # type: ignore[arg-type]
        .where((model.end.is_(None)) | (model.end > start))  # type: ignore[attr-defined]
        .limit(1)
    ).first()
    if clash is not None:
        since = on_day(clash.start)
        raise ValidationError(msg("registry.overlap", held=held, since=since))


def _end(
    s: Session, entry: UnitRoleEntry | Position | None, end: dt.date, reason: str, what: str
) -> None:
    why = check_reason(reason)
    if entry is None:
        raise UserError(msg("registry.no_entry", what=what))
    if entry.end is not None:
        raise ValidationError(msg("registry.already_ended", what=what, end=on_day(entry.end)))
    if end <= entry.start:
        raise ValidationError(msg("registry.end_early", start=on_day(entry.start)))
    start_reason, _ = split_reason(entry.reason)
    entry.end = end
    entry.reason = join_reason(start_reason, why)


# -- units and people ----------------------------------------------------------------


def _unit(s: Session, key: str) -> Unit:
    found = s.scalar(select(Unit).where(Unit.key == key))
    if found is None:
        raise UserError(msg("registry.no_unit", key=key))
    return found


def _person(s: Session, key: str) -> Person:
    found = s.scalar(select(Person).where(Person.key == key))
    if found is None:
        raise UserError(msg("registry.no_person", key=key))
    return found


def _optional(value: str | None, what: str, limit: int) -> str | None:
    if value is None or not value.strip():
        return None
    return check_length(value.strip(), what, limit)


def _checked_unit(s: Session, fields: UnitFields, unit_id: int | None) -> dict[str, object]:
    name = require_text(fields.name, "单位名称", NAME_MAX).strip()
    code = credit_code.validate(fields.credit_code) if fields.credit_code else None
    same_as = [Unit.name == name] + ([Unit.credit_code == code] if code else [])
    others = select(Unit.name, Unit.credit_code).where(or_(*same_as))
    if unit_id is not None:
        others = others.where(Unit.id != unit_id)
    for other_name, other_code in s.execute(others):
        same = "统一社会信用代码" if code and other_code == code else "名称"
        raise ValidationError(msg("registry.unit_twice", name=other_name, what=same))
    return {
        "name": name,
        "credit_code": code,
        "contact": _optional(fields.contact, "联系人", NAME_MAX),
        "phone": _optional(fields.phone, "电话", 100),
        "email": _optional(fields.email, "邮箱", NAME_MAX),
        "address": _optional(fields.address, "地址", TITLE_MAX),
    }


def update_unit(db: Database, key: str, fields: UnitFields) -> None:
    with db.transaction() as s:
        unit = _unit(s, key)
        for name, value in _checked_unit(s, fields, unit.id).items():
            setattr(unit, name, value)


def add_unit(db: Database, fields: UnitFields) -> str:
    """A new unit (no role yet: grant one with a reason); returns its key."""
    with db.transaction() as s:
        values = _checked_unit(s, fields, None)
        key = unused_keys(s, Unit, "u", 1)[0]
        s.add(Unit(key=key, version=1, **values))
        return key


def _checked_person(s: Session, fields: PersonFields) -> dict[str, object]:
    unit_id = _unit(s, fields.unit_key).id if fields.unit_key else None
    return {
        "name": require_text(fields.name, "姓名", NAME_MAX).strip(),
        "unit_id": unit_id,
        "title_in_unit": _optional(fields.title_in_unit, "单位职务", NAME_MAX),
        "phone": _optional(fields.phone, "电话", 100),
        "email": _optional(fields.email, "邮箱", NAME_MAX),
    }


def update_person(db: Database, key: str, fields: PersonFields) -> None:
    with db.transaction() as s:
        person = _person(s, key)
        for name, value in _checked_person(s, fields).items():
            setattr(person, name, value)


def add_person(db: Database, fields: PersonFields) -> str:
    with db.transaction() as s:
        values = _checked_person(s, fields)
        key = unused_keys(s, Person, "p", 1)[0]
        s.add(Person(key=key, version=1, **values))
        return key


def unused_keys(
    s: Session, model: type[Unit] | type[Person] | type[Committee], prefix: str, count: int
) -> list[str]:
    """`count` new keys "u-<n>" ("p-<n>", "c-<n>") after the highest number in use."""
    taken = set(s.scalars(select(model.key)))
    pattern = re.compile(rf"{prefix}-(\d+)")
    numbers = [int(m.group(1)) for k in taken if (m := pattern.fullmatch(k))]
    n = max(numbers, default=0)
    keys: list[str] = []
    while len(keys) < count:
        n += 1
        if f"{prefix}-{n}" not in taken:
            keys.append(f"{prefix}-{n}")
    return keys
