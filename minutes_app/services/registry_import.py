"""Import and export of the member list (会员名单).

Import is two steps so the window can show a preview: `read_member_file` reads the
file and guesses the columns, `preview` parses every row against the units already
registered, and `import_members` writes the good rows in one transaction, refusing
when any row is bad unless told to drop the bad ones. `import_member_file` is the
command line's all-or-nothing path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import UnitRole
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.io.units import (
    Existing,
    Header,
    ImportPreview,
    Mapping,
    MemberRow,
    RawRow,
    find_header,
    fold,
    parse_rows,
    read_rows,
    write_member_list,
)
from minutes_app.services.cleanup import sweep_beside
from minutes_app.services.registry import load_units, role_name
from minutes_app.services.registry_edit import unused_keys
from minutes_app.store.bulk import bulk_insert
from minutes_app.store.database import Database
from minutes_app.store.models import Unit, UnitRoleEntry

IMPORT_REASON = "导入会员名单"


@dataclass(frozen=True)
class MemberFile:
    """A member list as read: its rows, the header row and the guessed columns."""

    path: Path
    rows: list[RawRow]
    header: Header


@dataclass(frozen=True)
class ImportResult:
    added: int
    dropped: int
    keys: tuple[str, ...]


def read_member_file(path: Path) -> MemberFile:
    rows = read_rows(path)
    return MemberFile(path, rows, find_header(rows))


def _existing(session: Session) -> Existing:
    found = Existing()
    for name, code in session.execute(select(Unit.name, Unit.credit_code)):
        found.add(name, code)
    return found


def preview(db: Database, member_file: MemberFile, mapping: Mapping | None = None) -> ImportPreview:
    """Every row parsed with `mapping` (default: the columns guessed from the header)."""
    if mapping is not None and mapping.get("name") is None:
        raise UserError(msg("units_import.no_name_column"))
    with db.reading() as s:
        existing = _existing(s)
    chosen = mapping if mapping is not None else member_file.header.mapping
    return parse_rows(member_file.rows, member_file.header, chosen, existing)


def import_members(
    db: Database, result: ImportPreview, *, drop_bad: bool = False, today: dt.date | None = None
) -> ImportResult:
    """Add the good rows as units with their roles (reason 导入会员名单), all or nothing."""
    problem = result.first_problem()
    if not result.rows or (problem is not None and not drop_bad):
        raise UserError(msg("units_import.refused", problem=problem))
    good = result.good
    if not good:
        raise UserError(msg("units_import.no_good_row"))
    day = today or dt.date.today()
    with db.transaction() as s:
        _recheck(s, result)
        keys = unused_keys(s, Unit, "u", len(good))
        bulk_insert(s, Unit.__table__, [  # type: ignore[arg-type]
            {"key": key, "name": v.name, "credit_code": v.credit_code, "contact": v.contact,
             "phone": v.phone, "email": v.email, "address": v.address, "version": 1}
            for key, v in ((k, r.values) for k, r in zip(keys, good, strict=True)) if v
        ])  # fmt: skip
        ids = {k: i for k, i in s.execute(select(Unit.key, Unit.id).where(Unit.key.in_(keys)))}
        bulk_insert(s, UnitRoleEntry.__table__, [  # type: ignore[arg-type]
            {"unit_id": ids[key], "role": role, "start": r.values.start or day, "end": None,
             "granted_by_id": None, "ended_by_id": None, "reason": IMPORT_REASON}
            for key, r in zip(keys, good, strict=True) if r.values
            for role in r.values.roles
        ])  # fmt: skip
    return ImportResult(len(good), len(result.bad), tuple(keys))


def _recheck(s: Session, result: ImportPreview) -> None:
    """Units added since the preview was made must not be added twice."""
    existing = _existing(s)
    for row in result.good:
        v = row.values
        assert v is not None
        if (v.credit_code and v.credit_code in existing.codes) or fold(v.name) in existing.names:
            raise UserError(msg("units_import.added_meanwhile", number=row.number, name=v.name))


def import_member_file(db: Database, path: Path, today: dt.date | None = None) -> ImportResult:
    """The command line's import: every row good, or nothing written."""
    return import_members(db, preview(db, read_member_file(path)), today=today)


def member_rows(db: Database, as_of: dt.date) -> list[MemberRow]:
    """Units holding a role on `as_of`, highest tier first, then by name."""
    rows = []
    for u in load_units(db):
        held = u.roles_on(as_of)
        if not held:
            continue
        top = held[0]
        member = next((e for e in held if e.what == UnitRole.MEMBER_UNIT.value), None)
        rows.append((top.what, MemberRow(
            u.name, u.credit_code, "、".join(role_name(e.what) for e in held),
            member.start if member else None, top.start, top.made_by.describe(),
            u.contact, u.phone, u.email, u.address,
        )))  # fmt: skip
    order = {r.value: i for i, r in enumerate(UnitRole)}
    rows.sort(key=lambda pair: (order.get(pair[0], 99), pair[1].name))
    return [row for _, row in rows]


def export_members(db: Database, path: Path, as_of: dt.date) -> int:
    """Write the member list of `as_of` to .xlsx or .csv; returns the number of units."""
    rows = member_rows(db, as_of)
    sweep_beside(path)
    write_member_list(path, rows, f"会员名单（截至{as_of.isoformat()}）")
    return len(rows)
