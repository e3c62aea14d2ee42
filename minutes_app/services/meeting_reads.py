"""Everything a meeting save reads before it writes, in one round trip to a server.

The registry records the meeting can name (only those: a registry of thousands of units
and people stays on the server), the meetings whose key or number it could clash with,
the highest id of each meeting table, the organisation's name (the generated title),
and the rows stored under the meeting. None depends on another's answer, so all are
sent together (store.batch).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from minutes_app.services.archive_load.registry import Registry
from minutes_app.services.meeting_diff import child_statements
from minutes_app.store.batch import Read, fetch_together, one_of
from minutes_app.store.models import Base
from minutes_app.store.rows import Row, Rows

# A meeting's own tables, parents first: the tail of the loader's table order.
MEETING_TABLES = Rows.TABLES[Rows.TABLES.index("corrections") :]
_LISTS = ("units", "people", "bodies", "committees")


@dataclass
class SaveReads:
    registry: Registry
    others: list[Row]  # meetings (not this one) whose key or number the meeting could take
    offsets: dict[str, int]  # the highest id of each meeting table
    org_name: str
    stored: dict[str, list[Row]]  # the rows under the meeting, table by table (else empty)


def read_for_save(session: Session, data: dict[str, Any], meeting_id: int | None) -> SaveReads:
    postgres = session.connection().dialect.name == "postgresql"
    wanted = {"wanted": short_strings(data)}
    reads: list[Read] = [(s, wanted) for s in _registry_reads(postgres)]
    reads += [(_clashing(), _slot(data)), (_highest(), {})]
    if meeting_id is not None:
        reads += [(stmt, {"mid": meeting_id}) for stmt in child_statements().values()]
    results = fetch_together(session, reads)
    registry = _registry(results[:4])
    others = [r for r in results[4] if r["id"] != meeting_id]
    *highest, org_name = results[5][0].values()
    names = ("meetings", *MEETING_TABLES)
    offsets = {n: int(v or 0) for n, v in zip(names, highest, strict=True)}
    stored = dict(zip(child_statements(), results[6:], strict=True)) if meeting_id else {}
    return SaveReads(registry, others, offsets, str(org_name or ""), stored)


@functools.cache
def _registry_reads(postgres: bool) -> list[Select[Any]]:
    """Built once per backend (binding `wanted`, the meeting's short strings)."""
    tables = Base.metadata.tables
    parts = []
    for name in _LISTS:
        table = tables[name]
        stmt = select(literal(name).label("list"), table.c.key, table.c.id)
        parts.append(stmt.where(one_of(table.c.key, "wanted", postgres)))
    bodies, seats, people = tables["bodies"], tables["seats"], tables["people"]
    named_bodies = select(bodies.c.id).where(one_of(bodies.c.key, "wanted", postgres))
    seat_stmt = (
        select(seats)
        .where(seats.c.body_id.in_(named_bodies))
        .order_by(seats.c.position, seats.c.id)
    )
    seated = select(seats.c.person_id).where(seats.c.body_id.in_(named_bodies))
    names_stmt = select(people.c.id, people.c.name).where(
        or_(people.c.id.in_(seated), one_of(people.c.key, "wanted", postgres))
    )
    return [union_all(*parts), seat_stmt, names_stmt, select(bodies)]  # type: ignore[list-item]


def _registry(results: list[list[Row]]) -> Registry:
    found, seats, names, bodies = results
    reg = Registry()
    lists = {"units": reg.units, "people": reg.people, "bodies": reg.bodies,
             "committees": reg.committees}  # fmt: skip
    for row in found:
        lists[row["list"]].ids[row["key"]] = row["id"]
    for row in seats:
        reg.seats.setdefault((row["body_id"], row["term"]), []).append(row["person_id"])
    reg.names = {r["id"]: r["name"] for r in names}
    reg.body_rows = {r["id"]: r for r in bodies}
    return reg


@functools.cache
def _clashing() -> Select[Any]:
    """The meetings with the meeting's key, or with its term and sequence (in any body:
    the body's id is known only once the registry is read)."""
    m = Base.metadata.tables["meetings"]
    columns = select(m.c.id, m.c.key, m.c.body_id, m.c.term, m.c.sequence)
    same_number = and_(m.c.term == bindparam("term"), m.c.sequence == bindparam("seq"))
    return columns.where(or_(m.c.key == bindparam("key"), same_number))


def _slot(data: dict[str, Any]) -> dict[str, Any]:
    """A term or sequence that is no number matches nothing: the loader refuses it."""
    term, sequence = data.get("term"), data.get("sequence")
    number = _is_int(term) and _is_int(sequence)
    return {
        "key": str(data.get("key") or ""),
        "term": term if number else None,
        "seq": sequence if number else None,
    }


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**31


@functools.cache
def _highest() -> Select[Any]:
    """The highest id of each meeting table, and the organisation's name: one row."""
    tables = Base.metadata.tables
    names = ("meetings", *MEETING_TABLES)
    highest = [
        select(func.coalesce(func.max(tables[n].c.id), 0)).scalar_subquery().label(f"max_{n}")
        for n in names
    ]
    org = tables["organisation"]
    name = select(org.c.name).order_by(org.c.id).limit(1).scalar_subquery().label("org_name")
    return select(*highest, name)


def short_strings(value: object) -> list[str]:
    """Every string in a nested structure short enough to be a key."""
    found: set[str] = set()
    pending = [value]
    pop, extend, add = pending.pop, pending.extend, found.add  # a save walks thousands
    while pending:
        item = pop()
        kind = type(item)
        if kind is dict:
            extend(item.values())  # type: ignore[attr-defined]
        elif kind is list:
            extend(item)  # type: ignore[arg-type]
        elif isinstance(item, str) and len(item) <= 100:
            add(item)
    return sorted(found)
