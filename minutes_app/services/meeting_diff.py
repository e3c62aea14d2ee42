"""Store a checked meeting by changing only the rows that differ from what is stored.

The loader turns a meeting into fresh rows (checked, with outcomes computed). Each is
matched to the stored row of the same natural key (agenda item, decision and action by
key; attendance by person; ballots by decision and person; effects and progress notes
by parent and position). Matched rows keep their id and are updated only where a column
differs; the rest are inserted or deleted. The result says which effects changed, so
the registry is re-derived only for what they name.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from minutes_app.store.bulk import bulk_insert, bulk_update
from minutes_app.store.models import Base

Row = dict[str, Any]
Update = tuple[Row, Row, Row]  # stored row, new row, the columns that differ
# Columns the app keeps apart from what the loader computes: never taken from new rows.
KEPT = frozenset(
    {"id", "version", "applied", "number_year", "number_seq", "number", "content_hash"}
)
# Tables under one meeting in insert order, with their parent column and natural key.
_CHILDREN: tuple[tuple[str, str | None], ...] = (
    ("corrections", None),
    ("attendance", None),
    ("agenda_items", None),
    ("decisions", "agenda_item_id"),
    ("ballots", "decision_id"),
    ("effects", "decision_id"),
    ("action_items", "agenda_item_id"),
    ("action_updates", "action_id"),
)
_OTHER_REFS = {"action_items": ("decision_id",)}  # references to rows saved in the same pass
_PARENT_TABLE = {
    "decision_id": "decisions",
    "action_id": "action_items",
    "agenda_item_id": "agenda_items",
}


@dataclass
class Changes:
    """What a save changed, for the registry and numbering that follow from it."""

    effects_old: list[Row] = field(default_factory=list)  # stored effects changed or removed
    effects_new: list[Row] = field(default_factory=list)  # new or changed effects, as saved
    decisions_changed: set[int] = field(default_factory=set)  # outcome changed, added, removed
    rows_written: int = 0


def _natural(table: str, row: Row, keys: dict[str, dict[int, Hashable]]) -> Hashable:
    """A row's identity within its meeting, independent of ids."""
    if table in ("agenda_items", "decisions", "action_items"):
        return row["key"]
    if table == "attendance":
        return row["person_id"]
    if table == "ballots":
        return (keys["decisions"][row["decision_id"]], row["person_id"])
    parent = "decision_id" if table == "effects" else "action_id"
    return (keys[_PARENT_TABLE[parent]][row[parent]], row["position"])


@functools.cache
def child_statements() -> dict[str, Any]:
    """Built once: building them costs more than running them for one meeting."""
    tables = Base.metadata.tables
    mid: BindParameter[int] = bindparam("mid")
    statements = {}
    for name, parent in _CHILDREN:
        table = tables[name]
        if parent in ("decision_id", "action_id"):
            owner = tables[_PARENT_TABLE[parent]]
            inner = select(owner.c.id).where(owner.c.meeting_id == mid)
            statements[name] = select(table).where(table.c[parent].in_(inner))
        else:
            statements[name] = select(table).where(table.c.meeting_id == mid)
    return statements


@dataclass
class Plan:
    """The writes that make the stored rows equal to the new ones, table by table."""

    steps: list[tuple[str, list[Row], list[Update], list[int]]]
    changes: Changes


def _stored_by_natural(
    name: str, rows: list[Row], keys: dict[str, dict[int, Hashable]]
) -> dict[Hashable, Row]:
    """Stored rows by natural key. Corrections have none of their own (two may agree in
    every field): they are matched by their place in the record, oldest first."""
    if name == "corrections":
        ordered = sorted(rows, key=lambda r: (r["made_at"], r["id"]))
        return dict(enumerate(ordered))
    return {_natural(name, r, keys): r for r in rows}


def plan_rows(old: dict[str, list[Row]], new: dict[str, list[Row]]) -> Plan:
    """Match `new` (the loader's rows, ids renumbered in place) to the stored `old` rows."""
    changes = Changes()
    old_keys: dict[str, dict[int, Hashable]] = {}
    new_keys: dict[str, dict[int, Hashable]] = {}
    id_map: dict[str, dict[int, int]] = {}  # new id → stored id, per table
    plan: list[tuple[str, list[Row], list[Update], list[int]]] = []
    for name, parent in _CHILDREN:
        stored = _stored_by_natural(name, old[name], old_keys)
        old_keys[name] = {r["id"]: k for k, r in stored.items()}
        inserts: list[Row] = []
        updates: list[Update] = []
        mapping: dict[int, int] = {}
        new_keys[name] = {}
        for place, row in enumerate(new[name]):
            for column in (parent, *_OTHER_REFS.get(name, ())):
                if column is not None and row.get(column) is not None:
                    # what it points at may have kept its stored id
                    row[column] = id_map[_PARENT_TABLE[column]].get(row[column], row[column])
            natural = place if name == "corrections" else _natural(name, row, old_keys)
            before = stored.pop(natural, None)
            if before is None:
                inserts.append(row)
                new_keys[name][row["id"]] = natural
                continue
            mapping[row["id"]] = before["id"]
            row["id"] = before["id"]
            diff = {c: v for c, v in row.items() if c not in KEPT and before.get(c) != v}
            if diff:
                updates.append((before, row, diff))
        old_keys[name].update({i: k for i, k in new_keys[name].items()})
        id_map[name] = mapping
        gone = [r["id"] for r in stored.values()]
        plan.append((name, inserts, updates, gone))
        _note(changes, name, inserts, updates, list(stored.values()))
    changes.rows_written = sum(len(i) + len(u) + len(g) for _, i, u, g in plan)
    return Plan(plan, changes)


def write_plan(session: Session, plan: Plan) -> None:
    """Parents before children; deletions last, children first. A new row never meets a
    removed one on a unique column: both are identified by that column.

    On PostgreSQL new rows take their ids from the table's sequence (INSERT … RETURNING,
    one statement per table): two secretaries adding rows at once never reach for the
    same id, and no sequence needs moving on after. The rows, and what points at them
    in later tables, are given the ids the server chose.
    """
    tables = Base.metadata.tables
    given: dict[str, dict[int, int]] = {}  # per table: the loader's id → the stored id
    for name, inserts, updates, _ in plan.steps:
        _point_at_given(name, inserts, updates, given)
        given[name] = _insert(session, tables[name], inserts)
        _update(session, tables[name], updates)
    for name, _, _, gone in reversed(plan.steps):
        if gone:
            session.execute(delete(tables[name]).where(tables[name].c.id.in_(gone)))


def _point_at_given(
    name: str, inserts: list[Row], updates: list[Update], given: dict[str, dict[int, int]]
) -> None:
    """References to rows inserted earlier in this pass: to the ids they were given."""
    parent = dict(_CHILDREN)[name]
    for column in (parent, *_OTHER_REFS.get(name, ())):
        if column is None or not given.get(_PARENT_TABLE[column]):
            continue
        ids = given[_PARENT_TABLE[column]]
        for row in inserts:
            row[column] = ids.get(row[column], row[column])
        for _before, row, diff in updates:
            if column in diff:
                diff[column] = row[column] = ids.get(row[column], row[column])


def _insert(session: Session, table: Table, rows: list[Row]) -> dict[int, int]:
    """Insert `rows`; on PostgreSQL with the ids the sequence gives, set in the rows."""
    if not rows:
        return {}
    if session.connection().dialect.name != "postgresql":
        bulk_insert(session, table, rows)  # the loader's ids: SQLite has one writer
        return {}
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    values = [{k: v for k, v in row.items() if k != "id"} for row in rows]
    ids = list(session.execute(stmt, values).scalars())
    given = {}
    for row, new_id in zip(rows, ids, strict=True):
        given[row["id"]] = new_id
        row["id"] = new_id
    return given


def _note(
    changes: Changes, name: str, inserts: list[Row], updates: Sequence[Any], removed: list[Row]
) -> None:
    if name == "effects":
        changes.effects_old += [before for before, _, _ in updates] + removed
        changes.effects_new += [row for _, row, _ in updates] + inserts
    elif name == "decisions":
        changes.decisions_changed |= {r["id"] for r in inserts} | {r["id"] for r in removed}
        changes.decisions_changed |= {
            row["id"] for _, row, diff in updates if "outcome" in diff or "position" in diff
        }


def _update(session: Session, table: Table, updates: Iterable[Any]) -> None:
    """One UPDATE per changed row, of the changed columns only (and its version)."""
    for before, _row, diff in updates:
        values = dict(diff)
        if "version" in table.c:
            values["version"] = (before.get("version") or 0) + 1
        bulk_update(session, table, [{"id": before["id"], **values}])
