"""A meeting's archive JSON ↔ its typed record (domain.records).

`meeting_from_json` reads the exported form (with `computed`); `meeting_to_json` writes
the archive form the loader checks (without `computed`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

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

Json = Mapping[str, Any]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _required(value: dt.date | None, what: str) -> dt.date:
    if value is None:
        raise ValueError(f"{what} is required")
    return value


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.second == 0 and value.microsecond == 0:
            return value.strftime("%Y-%m-%dT%H:%M")
        return value.isoformat(timespec="seconds")
    return value.isoformat()


# ---------------------------------------------------------------- JSON → record


def meeting_from_json(m: Json) -> Meeting:
    start = _datetime(m["start"])
    if start is None:
        raise ValueError("a meeting's start is required")
    return Meeting(
        key=m["key"],
        body=m["body"],
        term=m["term"],
        sequence=m["sequence"],
        start=start,
        title=m.get("title"),
        end=_datetime(m.get("end")),
        location=m.get("location"),
        chair=m.get("chair"),
        recorder=m.get("recorder"),
        status=MeetingStatus(m.get("status") or MeetingStatus.PLANNED),
        approved_at=_datetime(m.get("approved_at")),
        attendance=[_mark(a) for a in m.get("attendance") or []],
        agenda=[_item(i) for i in m.get("agenda") or []],
        minutes=_minutes(m.get("minutes")),
        corrections=[_correction(c) for c in m.get("corrections") or []],
        figures=_figures(m.get("computed")),
    )


def _mark(a: Json) -> AttendanceMark:
    return AttendanceMark(
        a["person"], Attendance(a["status"]), a.get("proxy_holder"), a.get("note")
    )


def _item(i: Json) -> AgendaItem:
    return AgendaItem(
        key=i["key"],
        title=i["title"],
        presenter=i.get("presenter"),
        notes=i.get("notes"),
        decisions=[_decision(d) for d in i.get("decisions") or []],
        actions=[_action(t) for t in i.get("actions") or []],
    )


def _decision(d: Json) -> Decision:
    rule = d.get("rule")
    return Decision(
        key=d["key"],
        text=d["text"],
        kind=DecisionKind(d.get("kind") or "general"),
        vote=_vote(d.get("vote")),
        rule=PassRule(
            rule["fraction"], bool(rule.get("inclusive", True)), Base(rule.get("of") or "present")
        )
        if rule
        else None,
        effects=[_effect(e) for e in d.get("effects") or []],
        result=_result(d.get("computed")),
    )


def _vote(v: Json | None) -> Vote | None:
    if v is None:
        return None
    ballots = [Ballot(b["person"], Choice(b["choice"])) for b in v.get("ballots") or []]
    return Vote(VoteMethod(v["method"]), v.get("for"), v.get("against"), v.get("abstain"), ballots)


def _effect(e: Json) -> Effect:
    return Effect(
        type=EffectType(e["type"]),
        unit=e.get("unit"),
        role=UnitRole(e["role"]) if e.get("role") else None,
        person=e.get("person"),
        title=e.get("title"),
        committee=e.get("committee"),
        start=_date(e.get("from")),
    )


def _result(c: Json | None) -> Result | None:
    if c is None:
        return None
    return Result(
        Outcome(c["outcome"]),
        c.get("for"),
        c.get("against"),
        c.get("abstain"),
        c.get("base"),
        c.get("required"),
        c.get("number"),
        c.get("basis") or "",
    )


def _action(t: Json) -> Action:
    owner = t.get("owner") or {}
    return Action(
        key=t["key"],
        title=t["title"],
        owner=Owner(owner.get("person"), owner.get("unit"), owner.get("committee")),
        due=_date(t.get("due")),
        status=ActionStatus(t.get("status") or "open"),
        decision=t.get("decision"),
        updates=[_update(u) for u in t.get("updates") or []],
        overdue=bool((t.get("computed") or {}).get("overdue")),
    )


def _update(u: Json) -> ActionUpdate:
    on = _required(_date(u["on"]), "a progress note's day")
    status = u.get("status")
    return ActionUpdate(
        on,
        u.get("note") or "",
        ActionStatus(status) if status else None,
        _date(u.get("due_from")),
        _date(u.get("due_to")),
        "due_from" in u or "due_to" in u,
    )


def _minutes(n: Json | None) -> MinutesBlock | None:
    if n is None:
        return None
    return MinutesBlock(
        n.get("issue_no"),
        n.get("issued_by"),
        _date(n.get("issued_on")),
        list(n.get("copy_to") or []),
    )


def _correction(c: Json) -> Correction:
    at = _datetime(c["at"])
    if at is None:
        raise ValueError("a correction's time is required")
    return Correction(c["field"], c.get("old"), c.get("new"), c["reason"], c["by"], at)


def _figures(c: Json | None) -> Figures | None:
    if c is None:
        return None
    return Figures(
        title=c["title"],
        seats=c.get("seats", 0),
        voting_attendance=c.get("voting_attendance", 0),
        proxies=c.get("proxies", 0),
        quorum_required=c.get("quorum_required"),
        quorate=bool(c.get("quorate", True)),
        banner=c.get("banner", ""),
        hash=c.get("hash"),
        version=int(c.get("version", 0)),
    )


# ---------------------------------------------------------------- record → JSON


def meeting_to_json(m: Meeting) -> dict[str, Any]:
    """The archive form of `m` (no computed fields), as the loader checks it."""
    out: dict[str, Any] = {
        "key": m.key,
        "body": m.body,
        "term": m.term,
        "sequence": m.sequence,
        "title": m.title,
        "start": iso(m.start),
        "end": iso(m.end),
        "location": m.location,
        "chair": m.chair,
        "recorder": m.recorder,
        "status": m.status.value,
    }
    if m.approved_at is not None:
        out["approved_at"] = iso(m.approved_at)
    out["attendance"] = [_mark_json(a) for a in m.attendance]
    out["agenda"] = [_item_json(i) for i in m.agenda]
    out["minutes"] = _minutes_json(m.minutes)
    if m.corrections:
        out["corrections"] = [
            {
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "reason": c.reason,
                "by": c.by,
                "at": iso(c.at),
            }
            for c in m.corrections
        ]
    return out


def _mark_json(a: AttendanceMark) -> dict[str, Any]:
    out: dict[str, Any] = {"person": a.person, "status": a.status.value}
    if a.proxy_holder is not None:
        out["proxy_holder"] = a.proxy_holder
    if a.note is not None:
        out["note"] = a.note
    return out


def _item_json(i: AgendaItem) -> dict[str, Any]:
    return {
        "key": i.key,
        "title": i.title,
        "presenter": i.presenter,
        "notes": i.notes,
        "decisions": [_decision_json(d) for d in i.decisions],
        "actions": [_action_json(t) for t in i.actions],
    }


def _decision_json(d: Decision) -> dict[str, Any]:
    rule = d.rule
    return {
        "key": d.key,
        "text": d.text,
        "kind": d.kind.value,
        "vote": vote_json(d.vote),
        "rule": {"fraction": rule.fraction, "inclusive": rule.inclusive, "of": rule.of.value}
        if rule
        else None,
        "effects": [effect_json(e) for e in d.effects],
    }


def vote_json(v: Vote | None) -> dict[str, Any] | None:
    if v is None:
        return None
    if v.method is VoteMethod.ROLL_CALL:
        ballots = [{"person": b.person, "choice": b.choice.value} for b in v.ballots]
        return {"method": v.method.value, "ballots": ballots}
    if v.method is VoteMethod.CONSENSUS:
        return {"method": v.method.value}
    return {"method": v.method.value, "for": v.for_, "against": v.against, "abstain": v.abstain}


def effect_json(e: Effect) -> dict[str, Any]:
    out: dict[str, Any] = {"type": e.type.value}
    for name in EFFECT_FIELDS[EffectType(e.type)]:
        value = getattr(e, name)
        out[name] = value.value if isinstance(value, UnitRole) else value
    if e.start is not None:
        out["from"] = iso(e.start)
    return out


def _action_json(t: Action) -> dict[str, Any]:
    owner = {
        k: v
        for k, v in (
            ("person", t.owner.person),
            ("unit", t.owner.unit),
            ("committee", t.owner.committee),
        )
        if v is not None
    }
    return {
        "key": t.key,
        "title": t.title,
        "owner": owner,
        "due": iso(t.due),
        "status": t.status.value,
        "decision": t.decision,
        "updates": [_update_json(u) for u in t.updates],
    }


def _update_json(u: ActionUpdate) -> dict[str, Any]:
    out: dict[str, Any] = {
        "on": iso(u.on),
        "note": u.note,
        "status": u.status.value if u.status else None,
    }
    if u.has_due_change or u.due_from is not None or u.due_to is not None:
        out["due_from"] = iso(u.due_from)
        out["due_to"] = iso(u.due_to)
    return out


def _minutes_json(n: MinutesBlock | None) -> dict[str, Any] | None:
    if n is None:
        return None
    return {
        "issue_no": n.issue_no,
        "issued_by": n.issued_by,
        "issued_on": iso(n.issued_on),
        "copy_to": list(n.copy_to),
    }
