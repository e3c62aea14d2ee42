"""Archive → rows, part one: organisation, terms, units, people, bodies, committees."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from minutes_app.domain.enums import Base as RuleBase
from minutes_app.domain.enums import UnitRole
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg
from minutes_app.domain.rules import parse_fraction
from minutes_app.domain.validation import NAME_MAX, TITLE_MAX, check_period
from minutes_app.io.archive.fields import Keys, Record
from minutes_app.store.rows import Rows


@dataclass
class Registry:
    """What later records point at: keys to ids, and seats per body and term."""

    units: Keys = field(default_factory=lambda: Keys("单位"))
    people: Keys = field(default_factory=lambda: Keys("人员"))
    bodies: Keys = field(default_factory=lambda: Keys("会议机构"))
    committees: Keys = field(default_factory=lambda: Keys("委员会"))
    names: dict[int, str] = field(default_factory=dict)  # person id -> name
    seats: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    body_rows: dict[int, dict[str, Any]] = field(default_factory=dict)


def load_registry(top: Record, rows: Rows) -> Registry:
    reg = Registry()
    org = top.sub("organisation")
    if org is None:
        raise top.fail("organisation", msg("archive.no_organisation"))
    rows.add("organisation", {
        "name": org.text("name", limit=NAME_MAX),
        "short_name": org.text("short_name", required=False, limit=100),
    })  # fmt: skip
    org.done()
    _load_terms(top, rows)
    for unit in top.items("units"):
        _load_unit(unit, rows, reg)
    for person in top.items("people"):
        _load_person(person, rows, reg)
    for body in top.items("bodies"):
        _load_body(body, rows, reg)
    for committee in top.items("committees"):
        _load_committee(committee, rows, reg)
    return reg


def _load_terms(top: Record, rows: Rows) -> None:
    numbers: set[int] = set()
    for term in top.items("terms"):
        number = term.integer("number", minimum=1, maximum=999)
        if number in numbers:
            raise term.fail("number", msg("archive.term_twice", number=number))
        numbers.add(number)  # type: ignore[arg-type]
        start = term.date("start")
        end = term.date("end", required=False)
        _period(term, start, end, "end", "届期")
        rows.add("terms", {"number": number, "start": start, "end": end})
        term.done()


def _period(record: Record, start: object, end: object, name: str, what: str) -> None:
    try:
        check_period(start, end, what)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise record.fail(name, exc.own_message) from None


def _load_unit(unit: Record, rows: Rows, reg: Registry) -> None:
    unit_id = rows.next_id("units")
    reg.units.add(unit, unit_id)
    rows.add("units", {
        "key": unit.key(),
        "name": unit.text("name", limit=NAME_MAX),
        "credit_code": unit.text("credit_code", required=False, limit=18),
        "contact": unit.text("contact", required=False, limit=NAME_MAX),
        "phone": unit.text("phone", required=False, limit=100),
        "email": unit.text("email", required=False, limit=NAME_MAX),
        "address": unit.text("address", required=False, limit=TITLE_MAX),
        "version": 1,
    })  # fmt: skip
    for role in unit.items("roles"):
        _load_role(role, unit_id, rows)
    unit.done()


def _load_role(role: Record, unit_id: int, rows: Rows) -> None:
    role.ignore("ended_by")
    kind = role.choice("role", UnitRole)
    start = role.date("from")
    end = role.date("to", required=False)
    derived_end = role.data.get("ended_by") is not None
    reason = role.text("reason", required=False, limit=TITLE_MAX)
    if role.raw("by") is not None:
        _keep_hand_end(rows, "unit_roles", role, unit_id, end, derived_end, reason)
        role.done()
        return  # made by a decision: recomputed from its effects
    if derived_end:
        end = None  # ended by a decision: recomputed from its effects
    _period(role, start, end, "to", "身份")
    rows.add("unit_roles", {
        "unit_id": unit_id, "role": kind, "start": start, "end": end,
        "granted_by_id": None, "ended_by_id": None, "reason": reason,
    })  # fmt: skip
    role.done()


def _keep_hand_end(rows: Rows, table: str, entry: Record, owner_id: int, end: object,
                   derived_end: bool, reason: str | None) -> None:  # fmt: skip
    """An end given by hand to an entry a decision made: re-applied after the effects."""
    by = entry.raw("by")
    if end is None or derived_end or not isinstance(by, str):
        return
    what = entry.data.get("role") or entry.data.get("title")
    rows.hand_ends.append({"table": table, "owner_id": owner_id, "by": by, "end": end,
                           "reason": reason, "what": what})  # fmt: skip


def _load_person(person: Record, rows: Rows, reg: Registry) -> None:
    person_id = rows.next_id("people")
    reg.people.add(person, person_id)
    name = person.text("name", limit=NAME_MAX)
    reg.names[person_id] = name or ""
    rows.add("people", {
        "key": person.key(),
        "name": name,
        "unit_id": person.ref("unit", reg.units.ids, "单位", required=False),
        "title_in_unit": person.text("title_in_unit", required=False, limit=NAME_MAX),
        "phone": person.text("phone", required=False, limit=100),
        "email": person.text("email", required=False, limit=NAME_MAX),
        "version": 1,
    })  # fmt: skip
    for position in person.items("positions"):
        _load_position(position, person_id, rows)
    person.done()


def _load_position(pos: Record, person_id: int, rows: Rows) -> None:
    pos.ignore("ended_by")
    title = pos.text("title", limit=NAME_MAX)
    start = pos.date("from")
    end = pos.date("to", required=False)
    reason = pos.text("reason", required=False, limit=TITLE_MAX)
    if pos.raw("by") is not None:
        derived_end = pos.data.get("ended_by") is not None
        _keep_hand_end(rows, "positions", pos, person_id, end, derived_end, reason)
        pos.done()
        return
    if pos.data.get("ended_by") is not None:
        end = None
    _period(pos, start, end, "to", "职务")
    rows.add("positions", {
        "person_id": person_id, "title": title, "start": start, "end": end,
        "granted_by_id": None, "ended_by_id": None, "reason": reason,
    })  # fmt: skip
    pos.done()


def _threshold(record: Record | None, name: str) -> tuple[str | None, bool]:
    if record is None:
        return None, True
    fraction = record.text("fraction", limit=20)
    try:
        parse_fraction(fraction or "")
    except ValidationError as exc:
        raise record.fail("fraction", exc.own_message) from None
    return fraction, record.boolean("inclusive", True)


def _load_body(body: Record, rows: Rows, reg: Registry) -> None:
    body_id = rows.next_id("bodies")
    reg.bodies.add(body, body_id)
    quorum = body.sub("quorum")
    q_fraction, q_inclusive = _threshold(quorum, "quorum")
    if quorum:
        quorum.done()
    rule = body.sub("pass_rule")
    p_fraction, p_inclusive = _threshold(rule, "pass_rule")
    p_of = rule.choice("of", RuleBase, default=RuleBase.PRESENT) if rule else RuleBase.PRESENT
    if rule:
        rule.done()
    row = {
        "key": body.key(),
        "name": body.text("name", limit=NAME_MAX),
        "short_name": body.text("short_name", required=False, limit=100),
        "position": body_id,
        "quorum_fraction": q_fraction,
        "quorum_inclusive": q_inclusive,
        "pass_fraction": p_fraction or "1/2",
        "pass_inclusive": p_inclusive if p_fraction else False,
        "pass_of": str(p_of),
        "version": 1,
    }
    rows.add("bodies", row)
    reg.body_rows[body_id] = row
    for seat in body.items("seats"):
        _load_seat(seat, body_id, rows, reg)
    body.done()


def _load_seat(seat: Record, body_id: int, rows: Rows, reg: Registry) -> None:
    person_id = seat.ref("person", reg.people.ids, "人员")
    term = seat.integer("term", minimum=1, maximum=999)
    holders = reg.seats.setdefault((body_id, term), [])  # type: ignore[arg-type]
    if person_id in holders:
        twice = msg("archive.seat_twice", name=reg.names[person_id], term=term)
        raise seat.fail("person", twice)
    holders.append(person_id)  # type: ignore[arg-type]
    rows.add("seats", {
        "body_id": body_id, "term": term, "person_id": person_id, "position": len(holders),
    })  # fmt: skip
    seat.done()


def _load_committee(committee: Record, rows: Rows, reg: Registry) -> None:
    committee_id = rows.next_id("committees")
    reg.committees.add(committee, committee_id)
    committee.ignore("established_by", "dissolved_by")
    rows.add("committees", {
        "key": committee.key(),
        "name": committee.text("name", limit=NAME_MAX),
        "kind": committee.text("kind", required=False, limit=40) or "expert_committee",
    })  # fmt: skip
    for index, member in enumerate(committee.items("members")):
        start = member.date("from", required=False)
        end = member.date("to", required=False)
        if start is not None:
            _period(member, start, end, "to", "任期")
        rows.add("committee_members", {
            "committee_id": committee_id,
            "person_id": member.ref("person", reg.people.ids, "人员"),
            "role": member.text("role", required=False, limit=100),
            "start": start, "end": end, "position": index,
        })  # fmt: skip
        member.done()
    committee.done()
