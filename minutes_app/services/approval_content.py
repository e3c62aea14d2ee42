"""What approved minutes say, in the canonical form that approvals fingerprint (version 1).

Built straight from the tables, independent of the archive exporter, so that a change
to the export format never changes a fingerprint. The form is documented in
docs/rules.md ("Approval fingerprints"); a test pins the hash of a known meeting.

    {"fingerprint": 1,
     "meeting": {key, body, term, sequence, title, start, end, location, chair, recorder,
                 minutes: {issue_no, issued_by, issued_on, copy_to} | null,
                 attendance: [{person, status, proxy_holder, note}],
                 agenda: [{key, title, presenter, notes,
                           decisions: [{key, text, kind, vote, rule, effects,
                                        outcome, number}],
                           actions: [{key, title, owner, due, decision}]}],
                 corrections: [{field, old, new, reason, by, at}]},
     "names": {organisation, body: {name, short_name},
               people: {KEY: {name, unit, title}}, units: {KEY: name},
               committees: {KEY: name}}}

`names` freezes how the minutes named everyone on the day (a person's one 职务 as held
that day): later renames in the registry do not rewrite approved minutes. Follow-up of
action items (status, progress notes) is not part of the approved content.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from minutes_app.domain.titles import meeting_title, principal_title
from minutes_app.store.models import Base

FINGERPRINT_VERSION = 1
Content = dict[str, Any]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


class _Tables:
    """The rows of some meetings, grouped by parent, read once per table."""

    def __init__(self, session: Session, meeting_ids: list[int]) -> None:
        self.session = session
        t = Base.metadata.tables
        self.t = t
        ids = sorted(meeting_ids)
        self.meetings = self._rows(t["meetings"], t["meetings"].c.id.in_(ids))
        self.attendance = self._by(t["attendance"], "meeting_id", ids)
        self.items = self._by(t["agenda_items"], "meeting_id", ids)
        self.decisions = self._by(t["decisions"], "agenda_item_id", None, meeting_ids=ids)
        self.actions = self._by(t["action_items"], "agenda_item_id", None, meeting_ids=ids)
        decision_ids = [d.id for rows in self.decisions.values() for d in rows]
        self.ballots = self._by(t["ballots"], "decision_id", decision_ids)
        self.effects = self._by(t["effects"], "decision_id", decision_ids)
        self.corrections = self._by(t["corrections"], "meeting_id", ids)

    def _rows(self, table: Table, where: Any) -> Sequence[Any]:
        return self.session.execute(select(table).where(where).order_by(table.c.id)).all()

    def _by(
        self, table: Table, parent: str, ids: list[int] | None, meeting_ids: list[int] | None = None
    ) -> dict[int, list[Any]]:
        if ids is not None:
            where = table.c[parent].in_(ids)
        else:
            where = table.c.meeting_id.in_(meeting_ids or [])
        order = [table.c.position] if "position" in table.c else []
        stmt = select(table).where(where).order_by(*order, table.c.id)
        grouped: dict[int, list[Any]] = defaultdict(list)
        for row in self.session.execute(stmt).all():  # fetchall: one call, not one a row
            grouped[getattr(row, parent)].append(row)
        return grouped


class _Names:
    """Keys of the registry and how the minutes name them on a meeting's day."""

    def __init__(self, session: Session) -> None:
        t = Base.metadata.tables
        self.session = session
        self.people = {r.id: r for r in session.execute(select(t["people"]))}
        self.units = {r.id: r for r in session.execute(select(t["units"]))}
        self.committees = {r.id: r for r in session.execute(select(t["committees"]))}
        self.bodies = {r.id: r for r in session.execute(select(t["bodies"]))}
        # (start, end, title) by person, in order of start: a scan stops at the day.
        self.positions: dict[int, list[tuple[dt.date, dt.date | None, str]]] = defaultdict(list)
        positions = t["positions"]
        query = select(positions.c.person_id, positions.c.start, positions.c.end, positions.c.title)
        for r in session.execute(query.order_by(positions.c.start, positions.c.id)).all():
            self.positions[r.person_id].append((r.start, r.end, r.title))
        self.organisation = session.scalar(select(t["organisation"].c.name)) or ""

    def title(self, person_id: int, day: dt.date) -> str | None:
        held = []
        for start, end, title in self.positions[person_id]:
            if start > day:
                break
            if end is None or day < end:
                held.append(title)
        return principal_title(held) or self.people[person_id].title_in_unit


def contents(session: Session, meeting_ids: list[int]) -> dict[int, Content]:
    """The canonical content of each of these meetings, by meeting id."""
    if not meeting_ids:
        return {}
    rows = _Tables(session, meeting_ids)
    names = _Names(session)
    return {m.id: _content(m, rows, names) for m in rows.meetings}


def _content(m: Any, rows: _Tables, names: _Names) -> Content:
    used = _Used(names, m.start.date())
    body = names.bodies[m.body_id]
    title = m.title or meeting_title(names.organisation, m.term, m.sequence, body.name)
    decision_keys = {d.id: d.key for a in rows.items[m.id] for d in rows.decisions[a.id]}
    meeting = {
        "key": m.key,
        "body": body.key,
        "term": m.term,
        "sequence": m.sequence,
        "title": title,
        "start": _iso(m.start),
        "end": _iso(m.end),
        "location": m.location,
        "chair": used.person(m.chair_id),
        "recorder": used.person(m.recorder_id),
        "minutes": {
            "issue_no": m.issue_no,
            "issued_by": m.issued_by,
            "issued_on": _iso(m.issued_on),
            "copy_to": list(m.copy_to or []),
        }
        if m.has_minutes
        else None,
        "attendance": [
            {
                "person": used.person(a.person_id),
                "status": a.status,
                "proxy_holder": used.person(a.proxy_holder_id),
                "note": a.note,
            }
            for a in rows.attendance[m.id]
        ],
        "agenda": [_item(a, rows, used, decision_keys) for a in rows.items[m.id]],
        "corrections": [
            {
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "reason": c.reason,
                "by": c.made_by,
                "at": _iso(c.made_at),
            }
            for c in sorted(rows.corrections[m.id], key=lambda c: (c.made_at, c.id))
        ],
    }
    return {
        "fingerprint": FINGERPRINT_VERSION,
        "meeting": meeting,
        "names": {
            "organisation": names.organisation,
            "body": {"name": body.name, "short_name": body.short_name},
            "people": used.people,
            "units": used.units,
            "committees": used.committees,
        },
    }


def _item(a: Any, rows: _Tables, used: _Used, decision_keys: dict[int, str]) -> Content:
    return {
        "key": a.key,
        "title": a.title,
        "presenter": used.person(a.presenter_id),
        "notes": a.notes,
        "decisions": [_decision(d, rows, used) for d in rows.decisions[a.id]],
        "actions": [
            {
                "key": t.key,
                "title": t.title,
                "owner": _owner(t, used),
                "due": _iso(t.due),
                "decision": decision_keys.get(t.decision_id),
            }
            for t in rows.actions[a.id]
        ],
    }


def _decision(d: Any, rows: _Tables, used: _Used) -> Content:
    vote = None
    if d.vote_method is not None:
        vote = {
            "method": d.vote_method,
            "for": d.votes_for,
            "against": d.votes_against,
            "abstain": d.votes_abstain,
            "ballots": [
                {"person": used.person(b.person_id), "choice": b.choice} for b in rows.ballots[d.id]
            ],
        }
    rule = None
    if d.rule_fraction is not None:
        rule = {"fraction": d.rule_fraction, "inclusive": d.rule_inclusive, "of": d.rule_of}
    effects = [
        {
            "type": e.type,
            "unit": used.unit(e.unit_id),
            "role": e.role,
            "person": used.person(e.person_id),
            "title": e.title,
            "committee": used.committee(e.committee_id),
            "from": _iso(e.start),
        }
        for e in rows.effects[d.id]
    ]
    return {
        "key": d.key,
        "text": d.text,
        "kind": d.kind,
        "vote": vote,
        "rule": rule,
        "effects": effects,
        "outcome": d.outcome,
        "number": d.number,
    }


def _owner(t: Any, used: _Used) -> Content:
    if t.owner_person_id is not None:
        return {"person": used.person(t.owner_person_id)}
    if t.owner_unit_id is not None:
        return {"unit": used.unit(t.owner_unit_id)}
    return {"committee": used.committee(t.owner_committee_id)}


class _Used:
    """The registry records one meeting names, and their names as of its day."""

    def __init__(self, names: _Names, day: dt.date) -> None:
        self.names, self.day = names, day
        self.people: dict[str, Content] = {}
        self.units: dict[str, str] = {}
        self.committees: dict[str, str] = {}

    def person(self, person_id: int | None) -> str | None:
        if person_id is None:
            return None
        p = self.names.people[person_id]
        if p.key not in self.people:
            self.people[p.key] = {
                "name": p.name,
                "unit": self.unit(p.unit_id),
                "title": self.names.title(person_id, self.day),
            }
        return str(p.key)

    def unit(self, unit_id: int | None) -> str | None:
        if unit_id is None:
            return None
        u = self.names.units[unit_id]
        self.units[u.key] = u.name
        return str(u.key)

    def committee(self, committee_id: int | None) -> str | None:
        if committee_id is None:
            return None
        c = self.names.committees[committee_id]
        self.committees[c.key] = c.name
        return str(c.key)
