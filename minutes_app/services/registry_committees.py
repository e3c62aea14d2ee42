"""Committees by hand: create, rename, delete an unused one, members and their terms.

Each function is one transaction and writes nothing when its input is wrong. A committee
a decision set up is dissolved by a decision (dissolve_committee), never deleted here:
deleting is only for one nothing points at (no effect, 督办 item or member), such as
one created by mistake. The list with members and set-up decisions is
`registry_bodies.load_committees`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import CommitteeKind, CommitteeRole
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import msg, on_day
from minutes_app.domain.validation import NAME_MAX, require_text
from minutes_app.services.registry_edit import unused_keys
from minutes_app.store.database import Database
from minutes_app.store.models import ActionItem, Committee, CommitteeMember, Effect, Person


@dataclass(frozen=True)
class CommitteeFields:
    name: str
    kind: CommitteeKind = CommitteeKind.EXPERT_COMMITTEE


@dataclass(frozen=True)
class Membership:
    """A person on a committee from `start` (included) to `end` (not included)."""

    person_key: str
    role: CommitteeRole
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class CreatedCommittee:
    key: str
    name: str
    kind: CommitteeKind


def create_committee(db: Database, fields: CommitteeFields) -> CreatedCommittee:
    """A new committee; it is set up by a decision naming it (or existed before the records)."""
    kind = _kind(fields.kind)
    with db.transaction() as s:
        name = _unique_name(s, fields.name, None)
        key = unused_keys(s, Committee, "c", 1)[0]
        s.add(Committee(key=key, name=name, kind=kind.value))
        return CreatedCommittee(key, name, kind)


def recreate_committees(s: Session, made: Sequence[CreatedCommittee]) -> None:
    """Put back committees an undone edit took away, under their own keys (for its redo)."""
    for committee in made:
        if s.scalar(select(Committee.id).where(Committee.key == committee.key)) is None:
            name = _unique_name(s, committee.name, None)
            s.add(Committee(key=committee.key, name=name, kind=committee.kind.value))
    s.flush()


def drop_unused_committees(s: Session, keys: Sequence[str]) -> None:
    """Delete those of `keys` nothing points at any more (an undone 设立委员会 made them)."""
    s.flush()
    for key in keys:
        committee = s.scalar(select(Committee).where(Committee.key == key))
        if committee is not None and not _in_use(s, committee):
            s.delete(committee)
    s.flush()


def _in_use(s: Session, committee: Committee) -> bool:
    return any(
        _count(s, where)
        for where in (
            Effect.committee_id == committee.id,
            ActionItem.owner_committee_id == committee.id,
            CommitteeMember.committee_id == committee.id,
        )
    )


def rename_committee(db: Database, key: str, name: str) -> None:
    with db.transaction() as s:
        committee = _committee(s, key)
        committee.name = _unique_name(s, name, committee.id)


def delete_committee(db: Database, key: str) -> None:
    """Delete a committee nothing points at; one a decision names is dissolved by one."""
    with db.transaction() as s:
        committee = _committee(s, key)
        if _count(s, Effect.committee_id == committee.id):
            raise ValidationError(msg("committee.decided", name=committee.name))
        if _count(s, ActionItem.owner_committee_id == committee.id):
            raise ValidationError(msg("committee.owns_actions", name=committee.name))
        if _count(s, CommitteeMember.committee_id == committee.id):
            raise ValidationError(msg("committee.has_members", name=committee.name))
        s.delete(committee)


def add_member(db: Database, committee_key: str, member: Membership) -> int:
    """Put a person on a committee; returns the membership's id."""
    role = _role(member.role)
    if member.start and member.end and member.end <= member.start:
        raise ValidationError(msg("committee.member_reversed"))
    with db.transaction() as s:
        committee = _committee(s, committee_key)
        person = s.scalar(select(Person).where(Person.key == member.person_key))
        if person is None:
            raise UserError(msg("registry.no_person", key=member.person_key))
        _refuse_overlap(s, committee, person, member)
        position = _count(s, CommitteeMember.committee_id == committee.id)
        entry = CommitteeMember(committee_id=committee.id, person_id=person.id, role=role.value,
                                start=member.start, end=member.end, position=position)  # fmt: skip
        s.add(entry)
        s.flush()
        return entry.id


def end_membership(db: Database, entry_id: int, end: dt.date) -> None:
    """The person is no longer on the committee from `end`."""
    with db.transaction() as s:
        entry = s.get(CommitteeMember, entry_id)
        if entry is None:
            raise UserError(msg("committee.no_membership"))
        if entry.end is not None:
            raise ValidationError(msg("committee.already_ended", end=on_day(entry.end)))
        if entry.start is not None and end <= entry.start:
            raise ValidationError(msg("committee.end_early", start=on_day(entry.start)))
        entry.end = end


def _kind(kind: str) -> CommitteeKind:
    try:
        return CommitteeKind(kind)
    except ValueError:
        raise ValidationError(msg("committee.bad_kind", kind=kind)) from None


def _role(role: str) -> CommitteeRole:
    try:
        return CommitteeRole(role)
    except ValueError:
        raise ValidationError(msg("committee.bad_role", role=role)) from None


def _committee(s: Session, key: str) -> Committee:
    found = s.scalar(select(Committee).where(Committee.key == key))
    if found is None:
        raise UserError(msg("registry.no_committee", key=key))
    return found


def _unique_name(s: Session, name: str, own_id: int | None) -> str:
    checked = require_text(name, "委员会名称", NAME_MAX).strip()
    same = select(Committee.id).where(Committee.name == checked)
    if own_id is not None:
        same = same.where(Committee.id != own_id)
    if s.scalar(same.limit(1)) is not None:
        raise ValidationError(msg("committee.name_taken", name=checked))
    return checked


def _count(s: Session, where: ColumnElement[bool]) -> int:
    """How many rows of the table `where` tests (its left side) match."""
    table = where.left.table
    return int(s.scalar(select(func.count()).select_from(table).where(where)) or 0)


def _refuse_overlap(s: Session, committee: Committee, person: Person, new: Membership) -> None:
    """One person holds one membership of a committee at a time."""
    rows = s.execute(
        select(CommitteeMember.start, CommitteeMember.end).where(
            CommitteeMember.committee_id == committee.id, CommitteeMember.person_id == person.id
        )
    )
    low, high = new.start or dt.date.min, new.end or dt.date.max
    for start, end in rows:
        if (start or dt.date.min) < high and low < (end or dt.date.max):
            overlap = msg("committee.overlap", person=person.name, committee=committee.name)
            raise ValidationError(overlap)
