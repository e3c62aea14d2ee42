"""Meetings read straight from their rows as typed records (domain.records.Meeting).

What the archive export writes for a meeting, computed fields included, but as the
records the papers and the window read, without passing through the archive's JSON.
Instants keep whole seconds, as the archive writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Row

from minutes_app.domain.enums import (
    EFFECT_FIELDS,
    ActionStatus,
    Attendance,
    Base,
    Choice,
    DecisionKind,
    EffectType,
    MeetingStatus,
    Outcome,
    UnitRole,
    VoteMethod,
)
from minutes_app.domain.evaluation import RuleText
from minutes_app.domain.outcomes import DecisionResult, Quorum, Tally, basis
from minutes_app.domain.records import (
    Action,
    ActionUpdate,
    AgendaItem,
    AttendanceMark,
    Ballot,
    Correction,
    Decision,
    Effect,
    Figures,
    Meeting,
    MinutesBlock,
    Owner,
    PassRule,
    Result,
    Vote,
)
from minutes_app.domain.titles import meeting_title
from minutes_app.services.archive_snapshot import Children, Keys, Snapshot


@dataclass(frozen=True)
class KeyMaps:
    """Record ids to keys for what the meetings name; bodies as their rows."""

    people: Mapping[int, str]
    units: Mapping[int, str]
    committees: Mapping[int, str]
    bodies: Mapping[int, Row[Any]]

    @classmethod
    def of(cls, keys: Keys) -> KeyMaps:
        """The keys the archive export looked up (for one meeting: on demand)."""
        return cls(keys.people, keys.units, keys.committees, keys.bodies)


def read_meetings(snap: Snapshot, keys: KeyMaps, org_name: str, as_of: dt.date) -> list[Meeting]:
    """The snapshot's meetings by start; `as_of` is the day action items are overdue by."""
    reader = _Reader(Children(snap), keys, as_of)
    return [reader.meeting(m, org_name) for m in snap.rows("meetings", "start", "id")]


def _second(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.replace(microsecond=0)


def decision_basis(d: Row[Any], body: Row[Any], quorum: Quorum) -> str:
    """到会9人，须2/3以上即6票；赞成7票，通过: by the decision's own rule, else the body's."""
    own = RuleText(d.rule_fraction, bool(d.rule_inclusive), d.rule_of or "present")
    rule = (
        own if d.rule_fraction else RuleText(body.pass_fraction, body.pass_inclusive, body.pass_of)
    ).to_rule()
    tally = (
        None if d.result_for is None else Tally(d.result_for, d.result_against, d.result_abstain)
    )
    result = DecisionResult(Outcome(d.outcome), tally, d.result_base, d.result_required)
    return basis(result, rule, quorum)


class _Reader:
    def __init__(self, kids: Children, keys: KeyMaps, as_of: dt.date) -> None:
        self.kids, self.keys, self.as_of = kids, keys, as_of

    def person(self, person_id: int | None) -> str | None:
        return None if person_id is None else self.keys.people[person_id]

    def meeting(self, m: Row[Any], org_name: str) -> Meeting:
        kids, body = self.kids, self.keys.bodies[m.body_id]
        quorum = Quorum(m.seats, m.voting_attendance, m.proxies, m.quorum_required)
        items = kids.agenda[m.id]
        decision_keys = {d.id: d.key for a in items for d in kids.decisions[a.id]}
        return Meeting(
            key=m.key,
            body=body.key,
            term=m.term,
            sequence=m.sequence,
            start=m.start.replace(microsecond=0),
            title=m.title,
            end=_second(m.end),
            location=m.location,
            chair=self.person(m.chair_id),
            recorder=self.person(m.recorder_id),
            status=MeetingStatus(m.status or MeetingStatus.PLANNED),
            approved_at=_second(m.approved_at),
            attendance=[self.mark(a) for a in kids.attendance[m.id]],
            agenda=[self.item(a, body, quorum, decision_keys) for a in items],
            minutes=_minutes(m),
            corrections=[_correction(c) for c in kids.corrections[m.id]],
            figures=Figures(
                title=m.title or meeting_title(org_name, m.term, m.sequence, body.name),
                seats=m.seats,
                voting_attendance=m.voting_attendance,
                proxies=m.proxies,
                quorum_required=m.quorum_required,
                quorate=bool(m.quorate),
                banner=quorum.banner(),
                hash=m.content_hash,
                version=m.version,
            ),
        )

    def mark(self, a: Row[Any]) -> AttendanceMark:
        person = self.keys.people[a.person_id]
        return AttendanceMark(person, Attendance(a.status), self.person(a.proxy_holder_id), a.note)

    def item(
        self, a: Row[Any], body: Row[Any], quorum: Quorum, decision_keys: dict[int, str]
    ) -> AgendaItem:
        return AgendaItem(
            key=a.key,
            title=a.title,
            presenter=self.person(a.presenter_id),
            notes=a.notes,
            decisions=[self.decision(d, body, quorum) for d in self.kids.decisions[a.id]],
            actions=[self.action(t, decision_keys) for t in self.kids.actions[a.id]],
        )

    def decision(self, d: Row[Any], body: Row[Any], quorum: Quorum) -> Decision:
        rule = None
        if d.rule_fraction is not None:
            rule = PassRule(d.rule_fraction, bool(d.rule_inclusive), Base(d.rule_of or "present"))
        counts = (d.result_for, d.result_against, d.result_abstain, d.result_base)
        basis_text = decision_basis(d, body, quorum)
        result = Result(Outcome(d.outcome), *counts, d.result_required, d.number, basis_text)
        return Decision(
            key=d.key,
            text=d.text,
            kind=DecisionKind(d.kind or "general"),
            vote=self.vote(d),
            rule=rule,
            effects=[self.effect(e) for e in self.kids.effects[d.id]],
            result=result,
        )

    def vote(self, d: Row[Any]) -> Vote | None:
        if d.vote_method is None:
            return None
        method = VoteMethod(d.vote_method)
        if method is VoteMethod.ROLL_CALL:
            people, rows = self.keys.people, self.kids.ballots[d.id]
            ballots = [Ballot(people[b.person_id], Choice(b.choice)) for b in rows]
            return Vote(method, ballots=ballots)
        if method is VoteMethod.CONSENSUS:
            return Vote(method)
        return Vote(method, d.votes_for, d.votes_against, d.votes_abstain)

    def effect(self, e: Row[Any]) -> Effect:
        kind = EffectType(e.type)
        named = EFFECT_FIELDS[kind]
        keys = self.keys
        return Effect(
            type=kind,
            unit=keys.units[e.unit_id] if "unit" in named else None,
            role=UnitRole(e.role) if "role" in named and e.role else None,
            person=keys.people[e.person_id] if "person" in named else None,
            title=e.title if "title" in named else None,
            committee=keys.committees[e.committee_id] if "committee" in named else None,
            start=e.start,
        )

    def action(self, t: Row[Any], decision_keys: dict[int, str]) -> Action:
        keys = self.keys
        if t.owner_person_id is not None:
            owner = Owner(person=keys.people[t.owner_person_id])
        elif t.owner_unit_id is not None:
            owner = Owner(unit=keys.units[t.owner_unit_id])
        else:
            owner = Owner(committee=keys.committees[t.owner_committee_id])
        status = ActionStatus(t.status or "open")
        return Action(
            key=t.key,
            title=t.title,
            owner=owner,
            due=t.due,
            status=status,
            decision=decision_keys.get(t.decision_id),
            updates=[_update(u) for u in self.kids.updates[t.id]],
            overdue=t.due is not None and t.due < self.as_of and status.is_open,
        )


def _update(u: Row[Any]) -> ActionUpdate:
    changed = u.due_from is not None or u.due_to is not None
    status = ActionStatus(u.status) if u.status else None
    return ActionUpdate(u.on, u.note or "", status, u.due_from, u.due_to, changed)


def _minutes(m: Row[Any]) -> MinutesBlock | None:
    if not m.has_minutes:
        return None
    return MinutesBlock(m.issue_no, m.issued_by, m.issued_on, list(m.copy_to or []))


def _correction(c: Row[Any]) -> Correction:
    return Correction(c.field, c.old, c.new, c.reason, c.made_by, c.made_at.replace(microsecond=0))
