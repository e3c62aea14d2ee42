"""`import --merge`: bring some records into a database that already holds others.

Records whose key is new are added; records whose key exists are replaced whole (a
meeting with its attendance, agenda, decisions and actions; a unit with its own roles;
a body with its seats; a committee with its members). Nothing absent from the archive
is deleted. All or nothing, in one transaction.

Checking: the archive's registry records are laid over the database's registry and
checked, with the archive's meetings, by the same loader as a full import, so a pointer
to a record that is in neither is refused with the archive's own path. Writing: the
registry records in place by key; each meeting through the meeting store's targeted
save, the same path as an edit in the window. Derived registry entries are then
re-derived for the merged units, people and committees, and for whatever the merged
meetings' effects name (the meeting store does that part).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import msg
from minutes_app.io.archive import FORMAT, VERSION
from minutes_app.io.archive.file import read_archive_file
from minutes_app.services.approval import stamp
from minutes_app.services.archive_load import load_archive
from minutes_app.services.archive_read import build_archive
from minutes_app.services.meeting_store import by_key, insert_meeting, store_changes
from minutes_app.services.rederive import Named, rederive_from, withdraw_from
from minutes_app.store.bulk import bulk_insert, bulk_update
from minutes_app.store.database import Database
from minutes_app.store.models import Base, Meeting
from minutes_app.store.rows import Row, Rows

REGISTRY = ("units", "people", "bodies", "committees")
# Each registry list, its own child rows (not derived from decisions) and their owner column.
_CHILDREN = {
    "units": ("unit_roles", "unit_id"),
    "people": ("positions", "person_id"),
    "bodies": ("seats", "body_id"),
    "committees": ("committee_members", "committee_id"),
}
# Pointers from a registry row to another registry list.
_POINTERS = {"people": {"unit_id": "units"}}
_CHILD_POINTERS = {"seats": {"person_id": "people"}, "committee_members": {"person_id": "people"}}
_PATH = re.compile(r"^(units|people|bodies|committees)\[(\d+)\]")
_BEGINNING = dt.datetime(1, 1, 1)


@dataclass(frozen=True)
class MergeSummary:
    added: int
    replaced: int
    meetings: int


def merge_archive_file(db: Database, path: Path, *, lenient: bool = False) -> MergeSummary:
    return merge_archive(db, read_archive_file(path), lenient=lenient)


def merge_archive(db: Database, data: Any, *, lenient: bool = False) -> MergeSummary:
    if not isinstance(data, dict):
        raise ValidationError(msg("field.not_object"), path="")
    if not lenient and not any(data.get(name) for name in ("organisation", "terms", *REGISTRY)):
        return _merge_meetings_only(db, data)
    with db.transaction() as session:
        combined, origin = _overlay(session, data)
        rows = _checked(combined, origin, lenient)
        added = replaced = 0
        ids: dict[str, dict[str, int]] = {}
        for name in REGISTRY:
            a, r, ids[name] = _merge_list(session, rows, name, origin[name])
            added, replaced = added + a, replaced + r
        _merge_terms(session, rows)
        named = Named(
            frozenset(ids["units"].values()),
            frozenset(ids["people"].values()),
            frozenset(ids["committees"].values()),
        )
        if named:  # their own entries changed: re-derive what decisions made of them
            kept = withdraw_from(session, _BEGINNING, named)
            rederive_from(session, _BEGINNING, kept, named)
        for index, meeting in enumerate(data.get("meetings") or []):
            is_new = _merge_meeting(session, meeting, index)
            added, replaced = added + is_new, replaced + (not is_new)
        return MergeSummary(added, replaced, len(data.get("meetings") or []))


def _merge_meetings_only(db: Database, data: dict[str, Any]) -> MergeSummary:
    """Only meetings: each is checked against the database by the meeting store itself,
    without reading and checking the whole registry first."""
    _check_top(data)
    meetings = data.get("meetings") or []
    if not isinstance(meetings, list):
        raise ValidationError(msg("archive.not_list"), path="meetings")
    seen: dict[str, int] = {}
    for index, meeting in enumerate(meetings):
        key = meeting.get("key") if isinstance(meeting, dict) else None
        if isinstance(key, str) and key in seen:
            repeated = msg("archive.key_repeated", index=seen[key])
            raise ValidationError(repeated, path=f"meetings[{index}].key")
        if isinstance(key, str):
            seen[key] = index
    added = 0
    with db.transaction() as session:
        for index, meeting in enumerate(meetings):
            added += _merge_meeting(session, meeting, index)
    return MergeSummary(added, len(meetings) - added, len(meetings))


_TOP = {"format", "version", "description", "organisation", "terms", *REGISTRY, "meetings"}


def _check_top(data: Mapping[str, Any]) -> None:
    if data.get("format") != FORMAT:
        raise ValidationError(msg("archive.bad_format", format=FORMAT), path="format")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ValidationError(msg("archive.newer", version=version), path="version")
    if version != VERSION:
        raise ValidationError(msg("archive.bad_version", version=VERSION), path="version")
    for name in data:
        if name not in _TOP:
            raise ValidationError(msg("field.unknown"), path=name)


def _overlay(session: Session, data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The database's registry with the archive's records laid over it, and the archive's
    meetings; `origin` maps each list's combined index back to the archive's (or None)."""
    if data.get("format") != FORMAT:
        raise ValidationError(msg("archive.bad_format", format=FORMAT), path="format")
    combined = build_archive(session, dt.date.today(), [])
    combined["version"] = data.get("version")
    for name in ("organisation", "description"):
        if name in data:
            combined[name] = data[name]
    origin: dict[str, Any] = {}
    for name in ("terms", *REGISTRY):
        given = data.get(name)
        if given is None:
            given = []
        if not isinstance(given, list):
            raise ValidationError(msg("archive.not_list"), path=name)
        combined[name], origin[name] = _laid_over(combined[name], given, name)
    combined["meetings"] = data.get("meetings") or []
    for name in data:
        if name not in combined:
            combined[name] = data[name]  # unknown fields: the loader names them
    return combined, origin


def _laid_over(
    stored: list[Any], given: list[Any], name: str
) -> tuple[list[Any], dict[int, int | None]]:
    field = "number" if name == "terms" else "key"
    index = {record.get(field): i for i, record in enumerate(stored)}
    merged = list(stored)
    origin: dict[int, int | None] = {}
    for i, record in enumerate(given):
        where = index.get(record.get(field)) if isinstance(record, dict) else None
        if where is None:
            where = len(merged)
            merged.append(record)
        else:
            merged[where] = record
        origin[where] = i
    return merged, origin


def _checked(combined: dict[str, Any], origin: dict[str, Any], lenient: bool) -> Rows:
    """Check the combined archive; an error's path is the archive's own where it can be."""
    version = combined.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ValidationError(msg("archive.newer", version=version), path="version")
    try:
        return load_archive(combined, lenient=lenient)
    except ValidationError as exc:
        raise _as_archive_path(exc, combined, origin) from None


def _as_archive_path(
    exc: ValidationError, combined: dict[str, Any], origin: dict[str, Any]
) -> ValidationError:
    path = exc.path or ""
    match = _PATH.match(path)
    if match is None:
        return exc
    name, index = match.group(1), int(match.group(2))
    given = origin[name].get(index)
    if given is not None:
        return ValidationError(exc.own_message, path=f"{name}[{given}]" + path[match.end() :])
    key = combined[name][index].get("key")
    conflict = msg("archive.conflict", key=key, error=exc.own_message)
    return ValidationError(conflict, path=exc.path)


def _merge_list(
    session: Session, rows: Rows, name: str, origin: dict[int, int | None]
) -> tuple[int, int, dict[str, int]]:
    """Insert or update the archive's records of one registry list, with their own entries.

    Set-based: one statement per kind of write (a whole registry is ~4,000 records)."""
    table: Table = Base.metadata.tables[name]
    loaded = getattr(rows, name)
    chosen = [loaded[i] for i in sorted(origin)]
    if not chosen:
        return 0, 0, {}
    keys = [r["key"] for r in chosen]
    found = session.execute(select(table.c.key, table.c.id).where(table.c.key.in_(keys)))
    stored: dict[str, int] = {r.key: r.id for r in found}
    next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    point = _pointing(session, rows, name)
    ids: dict[str, int] = {}
    updates, inserts = [], []
    for row in chosen:
        values = point({k: v for k, v in row.items() if k != "id"})
        if row["key"] in stored:
            ids[row["key"]] = values["id"] = stored[row["key"]]
            values.pop("version", None)
            updates.append(values)
        else:
            ids[row["key"]] = values["id"] = next_id
            next_id += 1
            inserts.append(values)
    for same in _by_columns(updates):
        bulk_update(session, table, same)
    for same in _by_columns(inserts):
        bulk_insert(session, table, same)
    _replace_children(session, rows, name, chosen, ids)
    return len(inserts), len(updates), ids


def _pointing(session: Session, rows: Rows, name: str) -> Callable[[Row], Row]:
    """Rewrites a row's pointers from the loader's ids (counted within the archive) to the
    database's, through each target's keys, read once (the target list is merged already)."""
    maps: dict[str, dict[int, int | None]] = {}
    for column, target in (_POINTERS.get(name, {}) | _CHILD_POINTERS.get(name, {})).items():
        table = Base.metadata.tables[target]
        in_db = {
            key: record_id for key, record_id in session.execute(select(table.c.key, table.c.id))
        }
        maps[column] = {r["id"]: in_db.get(r["key"]) for r in getattr(rows, target)}

    def point(values: Row) -> Row:
        for column, ids in maps.items():
            if values.get(column) is not None:
                values[column] = ids[values[column]]
        return values

    return point


def _by_columns(rows: list[Row]) -> list[list[Row]]:
    """The rows grouped by the columns they set, so each group is one executemany."""
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.values())


def _replace_children(
    session: Session, rows: Rows, name: str, chosen: list[Row], ids: dict[str, int]
) -> None:
    child, owner = _CHILDREN[name]
    table: Table = Base.metadata.tables[child]
    by_loaded_id = {r["id"]: ids[r["key"]] for r in chosen}
    stmt = delete(table).where(table.c[owner].in_(list(ids.values())))
    if "granted_by_id" in table.c:  # entries a decision made are re-derived, not replaced
        stmt = stmt.where(table.c.granted_by_id.is_(None))
    session.execute(stmt)
    point = _pointing(session, rows, child)
    added = []
    for row in getattr(rows, child):
        if row[owner] in by_loaded_id:
            values = point({k: v for k, v in row.items() if k != "id"})
            values[owner] = by_loaded_id[row[owner]]
            added.append(values)
    for same in _by_columns(added):
        session.execute(table.insert(), same)


def _merge_terms(session: Session, rows: Rows) -> None:
    table: Table = Base.metadata.tables["terms"]
    for row in rows.terms:
        values = {k: v for k, v in row.items() if k != "id"}
        found = session.scalar(select(table.c.id).where(table.c.number == row["number"]))
        if found is None:
            session.execute(table.insert().values(values))
        else:
            session.execute(update(table).where(table.c.id == found).values(values))


def _merge_meeting(session: Session, data: Any, index: int) -> bool:
    """One meeting through the meeting store; True when it was new."""
    key = data.get("key") if isinstance(data, dict) else None
    exists = session.scalar(select(Meeting.id).where(Meeting.key == key)) is not None
    try:
        if exists:
            store_changes(session, by_key(session, str(key)), data)
        else:
            insert_meeting(session, data)
        meeting = by_key(session, str(key))
        if meeting.status == MeetingStatus.APPROVED:  # its fingerprint, as on import
            stamp(session, meeting.id, "merged")
    except ValidationError as exc:
        path = f"meetings[{index}]" + (f".{exc.path}" if exc.path else "")
        raise ValidationError(exc.own_message, path=path) from None
    except UserError as exc:
        where = f"meetings[{index}]"
        raise UserError(msg("archive.in_meeting", where=where, error=exc.content)) from None
    return not exists
