"""Meetings of the archive export, with their computed fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Row

from minutes_app.domain.enums import EFFECT_FIELDS, ActionStatus, EffectType, VoteMethod
from minutes_app.domain.outcomes import Quorum
from minutes_app.domain.titles import meeting_title
from minutes_app.services.archive_snapshot import Children, Keys, Obj, Snapshot, iso
from minutes_app.services.meeting_records import decision_basis


def export_meetings(snap: Snapshot, keys: Keys, org_name: str, as_of: dt.date) -> list[Obj]:
    kids = Children(snap)
    return [_meeting(m, kids, keys, org_name, as_of) for m in snap.rows("meetings", "start", "id")]


def _meeting(m: Row[Any], kids: Children, keys: Keys, org_name: str, as_of: dt.date) -> Obj:
    body = keys.bodies[m.body_id]
    title = m.title or meeting_title(org_name, m.term, m.sequence, body.name)
    quorum = Quorum(m.seats, m.voting_attendance, m.proxies, m.quorum_required)
    decision_keys = {d.id: d.key for a in kids.agenda[m.id] for d in kids.decisions[a.id]}
    out: Obj = {
        "key": m.key,
        "body": body.key,
        "term": m.term,
        "sequence": m.sequence,
        "title": m.title,
        "start": iso(m.start),
        "end": iso(m.end),
        "location": m.location,
        "chair": keys.people.get(m.chair_id),
        "recorder": keys.people.get(m.recorder_id),
        "status": m.status,
    }
    if m.approved_at is not None:
        out["approved_at"] = iso(m.approved_at)
    out["attendance"] = [_attendee(a, keys) for a in kids.attendance[m.id]]
    out["agenda"] = [
        _item(a, kids, keys, body, quorum, decision_keys, as_of) for a in kids.agenda[m.id]
    ]
    out["minutes"] = (
        {
            "issue_no": m.issue_no,
            "issued_by": m.issued_by,
            "issued_on": iso(m.issued_on),
            "copy_to": list(m.copy_to or []),
        }
        if m.has_minutes
        else None
    )
    if kids.corrections[m.id]:
        out["corrections"] = [
            {
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "reason": c.reason,
                "by": c.made_by,
                "at": iso(c.made_at),
            }
            for c in kids.corrections[m.id]
        ]
    out["computed"] = {
        "title": title,
        "seats": m.seats,
        "voting_attendance": m.voting_attendance,
        "proxies": m.proxies,
        "quorum_required": m.quorum_required,
        "quorate": m.quorate,
        "banner": quorum.banner(),
    }
    if m.content_hash is not None:  # SHA-256 of the approved minutes (services.approval)
        out["computed"]["hash"] = m.content_hash
    return out


def _attendee(a: Row[Any], keys: Keys) -> Obj:
    out: Obj = {"person": keys.people[a.person_id], "status": a.status}
    if a.proxy_holder_id is not None:
        out["proxy_holder"] = keys.people[a.proxy_holder_id]
    if a.note is not None:
        out["note"] = a.note
    return out


def _item(
    a: Row[Any],
    kids: Children,
    keys: Keys,
    body: Row[Any],
    quorum: Quorum,
    decision_keys: dict[int, str],
    as_of: dt.date,
) -> Obj:
    return {
        "key": a.key,
        "title": a.title,
        "presenter": keys.people.get(a.presenter_id),
        "notes": a.notes,
        "decisions": [_decision(d, kids, keys, body, quorum) for d in kids.decisions[a.id]],
        "actions": [_action(t, kids, keys, decision_keys, as_of) for t in kids.actions[a.id]],
    }


def _decision(d: Row[Any], kids: Children, keys: Keys, body: Row[Any], quorum: Quorum) -> Obj:
    rule = None
    if d.rule_fraction is not None:
        rule = {"fraction": d.rule_fraction, "inclusive": d.rule_inclusive, "of": d.rule_of}
    return {
        "key": d.key,
        "text": d.text,
        "kind": d.kind,
        "vote": _vote(d, kids, keys),
        "rule": rule,
        "effects": [_effect(e, keys) for e in kids.effects[d.id]],
        "computed": {
            "for": d.result_for,
            "against": d.result_against,
            "abstain": d.result_abstain,
            "base": d.result_base,
            "required": d.result_required,
            "outcome": d.outcome,
            "number": d.number,
            "basis": decision_basis(d, body, quorum),
        },
    }


def _vote(d: Row[Any], kids: Children, keys: Keys) -> Obj | None:
    if d.vote_method is None:
        return None
    method = VoteMethod(d.vote_method)
    if method is VoteMethod.ROLL_CALL:
        ballots = [
            {"person": keys.people[b.person_id], "choice": b.choice} for b in kids.ballots[d.id]
        ]
        return {"method": method.value, "ballots": ballots}
    if method is VoteMethod.CONSENSUS:
        return {"method": method.value}
    return {
        "method": method.value,
        "for": d.votes_for,
        "against": d.votes_against,
        "abstain": d.votes_abstain,
    }


def _effect(e: Row[Any], keys: Keys) -> Obj:
    out: Obj = {"type": e.type}
    for name in EFFECT_FIELDS[EffectType(e.type)]:
        if name == "unit":
            out["unit"] = keys.units[e.unit_id]
        elif name == "person":
            out["person"] = keys.people[e.person_id]
        elif name == "committee":
            out["committee"] = keys.committees[e.committee_id]
        else:
            out[name] = getattr(e, name)
    if e.start is not None:
        out["from"] = iso(e.start)
    return out


def _action(
    t: Row[Any], kids: Children, keys: Keys, decision_keys: dict[int, str], as_of: dt.date
) -> Obj:
    if t.owner_person_id is not None:
        owner = {"person": keys.people[t.owner_person_id]}
    elif t.owner_unit_id is not None:
        owner = {"unit": keys.units[t.owner_unit_id]}
    else:
        owner = {"committee": keys.committees[t.owner_committee_id]}
    overdue = t.due is not None and t.due < as_of and ActionStatus(t.status).is_open
    return {
        "key": t.key,
        "title": t.title,
        "owner": owner,
        "due": iso(t.due),
        "status": t.status,
        "decision": decision_keys.get(t.decision_id),
        "updates": [_update(u) for u in kids.updates[t.id]],
        "computed": {"overdue": overdue},
    }


def _update(u: Row[Any]) -> Obj:
    out: Obj = {"on": iso(u.on), "note": u.note, "status": u.status}
    if u.due_from is not None or u.due_to is not None:
        out["due_from"] = iso(u.due_from)
        out["due_to"] = iso(u.due_to)
    return out
