"""Archive → rows, part two: meetings with attendance, agenda, decisions and actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
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
    UnitRole,
    VoteMethod,
)
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.evaluation import RuleText, evaluate, threshold
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.outcomes import Quorum, Tally, count_quorum
from minutes_app.domain.rules import parse_fraction
from minutes_app.domain.validation import (
    NAME_MAX,
    TEXT_MAX,
    TITLE_MAX,
    check_attendee,
    check_ballot_voter,
    check_decision_text,
    check_due,
    check_tally,
)
from minutes_app.io.archive.fields import Keys, Record
from minutes_app.services.archive_load.registry import Registry
from minutes_app.store.rows import Row, Rows


def guarded(record: Record, name: str, check: Callable[[], Any]) -> Any:
    """Run a domain check; its error gets the path of `name` in `record`."""
    try:
        return check()
    except ValidationError as exc:
        raise record.fail(name, exc.own_message) from None


@dataclass
class MeetingContext:
    row: Row
    day: dt.date
    statuses: dict[int, Attendance] = field(default_factory=dict)
    quorum: Quorum | None = None
    decisions: Keys = field(default_factory=lambda: Keys("决定事项"))
    agenda: Keys = field(default_factory=lambda: Keys("议题"))
    actions: Keys = field(default_factory=lambda: Keys("督办事项"))


def load_meetings(top: Record, rows: Rows, reg: Registry) -> None:
    meetings = Keys("会议")
    numbers: dict[tuple[Any, ...], str] = {}
    for meeting in top.items("meetings"):
        _load_meeting(meeting, rows, reg, meetings, numbers)


def load_one_meeting(
    data: Any, rows: Rows, reg: Registry, taken: Keys, numbers: dict[tuple[Any, ...], str]
) -> None:
    """One meeting into `rows`, checked against the other meetings' keys and numbers."""
    _load_meeting(Record(data, ""), rows, reg, taken, numbers)


def _load_meeting(
    meeting: Record, rows: Rows, reg: Registry, keys: Keys, numbers: dict[tuple[Any, ...], str]
) -> None:
    meeting_id = rows.next_id("meetings")
    key = keys.add(meeting, meeting_id)
    body_id = meeting.ref("body", reg.bodies.ids, "会议机构")
    term = meeting.integer("term", minimum=1, maximum=999)
    sequence = meeting.integer("sequence", minimum=1, maximum=9999)
    slot = (body_id, term, sequence)
    if slot in numbers:
        raise meeting.fail("sequence", msg("archive.sequence_twice", key=numbers[slot]))
    numbers[slot] = key
    start = meeting.datetime("start")
    end = meeting.datetime("end", required=False)
    assert start is not None
    if end is not None and end < start:
        raise meeting.fail("end", msg("archive.end_early"))
    approved_at = meeting.datetime("approved_at", required=False)
    row: Row = {
        "key": key,
        "body_id": body_id,
        "term": term,
        "sequence": sequence,
        "title": meeting.text("title", required=False, limit=TITLE_MAX),
        "start": start,
        "end": end,
        "location": meeting.text("location", required=False, limit=NAME_MAX),
        "chair_id": meeting.ref("chair", reg.people.ids, "主持人", required=False),
        "recorder_id": meeting.ref("recorder", reg.people.ids, "记录人", required=False),
        "status": str(meeting.choice("status", MeetingStatus, default=MeetingStatus.PLANNED)),
        "approved_at": approved_at,
        "version": 1,
    }
    row.update(_minutes(meeting))
    rows.add("meetings", row)
    for correction in meeting.items("corrections"):
        _load_correction(correction, meeting_id, rows)
    ctx = MeetingContext(row, start.date())
    _load_attendance(meeting, rows, reg, ctx)
    items = list(meeting.items("agenda"))
    item_ids = [_load_agenda_item(item, pos, rows, reg, ctx) for pos, item in enumerate(items)]
    # Actions second: an action may point at a decision of a later agenda item.
    for item, item_id in zip(items, item_ids, strict=True):
        for index, action in enumerate(item.items("actions")):
            _load_action(action, index, item_id, rows, reg, ctx)
        item.done()
    meeting.done()


def _load_correction(record: Record, meeting_id: int, rows: Rows) -> None:
    rows.add(
        "corrections",
        {
            "meeting_id": meeting_id,
            "field": record.text("field", limit=NAME_MAX),
            "old": record.text("old", required=False, limit=TEXT_MAX),
            "new": record.text("new", required=False, limit=TEXT_MAX),
            "reason": record.text("reason", limit=TEXT_MAX),
            "made_by": record.text("by", limit=NAME_MAX),
            "made_at": record.datetime("at"),
        },
    )
    record.done()


def _minutes(meeting: Record) -> Row:
    minutes = meeting.sub("minutes")
    if minutes is None:
        return {
            "has_minutes": False,
            "issue_no": None,
            "issued_by": None,
            "issued_on": None,
            "copy_to": [],
        }
    copy_to = []
    for _, value, path in minutes.list("copy_to"):
        if not isinstance(value, str):
            raise ValidationError(msg("archive.copy_to_not_text"), path=path)
        copy_to.append(value)
    result = {
        "has_minutes": True,
        "issue_no": minutes.text("issue_no", required=False, limit=100),
        "issued_by": minutes.text("issued_by", required=False, limit=NAME_MAX),
        "issued_on": minutes.date("issued_on", required=False),
        "copy_to": copy_to,
    }
    minutes.done()
    return result


def _load_attendance(meeting: Record, rows: Rows, reg: Registry, ctx: MeetingContext) -> None:
    row = ctx.row
    seats = set(reg.seats.get((row["body_id"], row["term"]), []))
    entries: list[tuple[Record, int, Attendance, int | None]] = []
    for position, entry in enumerate(meeting.items("attendance")):
        person = entry.ref("person", reg.people.ids, "人员")
        assert person is not None
        if person in ctx.statuses:
            raise entry.fail("person", msg("archive.attendance_twice", name=reg.names[person]))
        status = entry.choice("status", Attendance)
        assert status is not None
        holder = entry.ref("proxy_holder", reg.people.ids, "受托人", required=False)
        ctx.statuses[person] = status
        entries.append((entry, person, status, holder))
        rows.add(
            "attendance",
            {
                "meeting_id": row["id"],
                "person_id": person,
                "status": str(status),
                "proxy_holder_id": holder,
                "position": position,
                "note": entry.text("note", required=False, limit=TITLE_MAX),
            },
        )
        entry.done()
    for entry, person, status, holder in entries:
        check = partial(check_attendee, person, status, holder, ctx.statuses, seats, reg.names)
        guarded(entry, "proxy_holder" if status is Attendance.PROXY or holder else "status", check)
    body = reg.body_rows[row["body_id"]]
    quorum = threshold(body["quorum_fraction"], body["quorum_inclusive"])
    ctx.quorum = count_quorum(len(seats), ctx.statuses.values(), quorum)
    row.update(
        seats=ctx.quorum.seats,
        voting_attendance=ctx.quorum.voting_attendance,
        proxies=ctx.quorum.proxies,
        quorum_required=ctx.quorum.required,
        quorate=ctx.quorum.quorate,
    )


def _load_agenda_item(
    item: Record, position: int, rows: Rows, reg: Registry, ctx: MeetingContext
) -> int:
    item_id = rows.next_id("agenda_items")
    rows.add(
        "agenda_items",
        {
            "meeting_id": ctx.row["id"],
            "key": ctx.agenda.add(item, item_id),
            "position": position,
            "title": item.text("title", limit=TITLE_MAX),
            "presenter_id": item.ref("presenter", reg.people.ids, "汇报人", required=False),
            "notes": item.text("notes", required=False, limit=TEXT_MAX),
        },
    )
    for index, decision in enumerate(item.items("decisions")):
        _load_decision(decision, index, item_id, rows, reg, ctx)
    return item_id


def _load_decision(
    dec: Record, position: int, item_id: int, rows: Rows, reg: Registry, ctx: MeetingContext
) -> None:
    decision_id = rows.next_id("decisions")
    key = ctx.decisions.add(dec, decision_id)
    text = guarded(dec, "text", lambda: check_decision_text(dec.raw("text")))
    dec.text("text", limit=TEXT_MAX)
    rule = _decision_rule(dec)
    method, counts, ballots = _load_vote(dec, decision_id, rows, reg, ctx)
    body = reg.body_rows[ctx.row["body_id"]]
    body_rule = RuleText(body["pass_fraction"], body["pass_inclusive"], body["pass_of"])
    assert ctx.quorum is not None
    result = evaluate(method, counts, ballots, ctx.quorum, (rule or body_rule).to_rule())
    tally = result.tally
    rows.add(
        "decisions",
        {
            "meeting_id": ctx.row["id"],
            "agenda_item_id": item_id,
            "key": key,
            "position": position,
            "text": text,
            "kind": str(dec.choice("kind", DecisionKind, default=DecisionKind.GENERAL)),
            "vote_method": str(method) if method else None,
            "votes_for": counts[0],
            "votes_against": counts[1],
            "votes_abstain": counts[2],
            "rule_fraction": rule.fraction if rule else None,
            "rule_inclusive": rule.inclusive if rule else None,
            "rule_of": rule.of if rule else None,
            "result_for": tally.for_ if tally else None,
            "result_against": tally.against if tally else None,
            "result_abstain": tally.abstain if tally else None,
            "result_base": result.base,
            "result_required": result.required,
            "outcome": str(result.outcome),
            "number_year": None,
            "number_seq": None,
            "number": None,
            "version": 1,
        },
    )
    for index, effect in enumerate(dec.items("effects")):
        _load_effect(effect, index, decision_id, rows, reg)
    dec.done()


def _decision_rule(dec: Record) -> RuleText | None:
    rule = dec.sub("rule")
    if rule is None:
        return None
    fraction = rule.text("fraction", limit=20)
    guarded(rule, "fraction", lambda: parse_fraction(fraction or ""))
    result = RuleText(
        fraction or "",
        rule.boolean("inclusive", True),
        str(rule.choice("of", Base, default=Base.PRESENT)),
    )
    rule.done()
    return result


def _load_vote(
    dec: Record, decision_id: int, rows: Rows, reg: Registry, ctx: MeetingContext
) -> tuple[VoteMethod | None, tuple[int | None, int | None, int | None], list[Choice]]:
    vote = dec.sub("vote")
    if vote is None:
        return None, (None, None, None), []
    method = vote.choice("method", VoteMethod)
    assert method is not None and ctx.quorum is not None
    voting = ctx.quorum.voting_attendance
    counts = tuple(
        vote.integer(n, required=False, minimum=0) for n in ("for", "against", "abstain")
    )
    ballots = (
        _load_ballots(vote, decision_id, rows, reg, ctx) if method is VoteMethod.ROLL_CALL else []
    )
    if method in (VoteMethod.SHOW_OF_HANDS, VoteMethod.SECRET_BALLOT):
        if counts[0] is None:
            raise vote.fail("for", msg("archive.no_for_votes"))
        for name, n in zip(("for", "against", "abstain"), counts, strict=True):
            if n is not None and n > voting:
                raise vote.fail(name, msg("archive.votes_too_many", n=n, voting=voting))
        tally = Tally(*(n or 0 for n in counts))
        guarded(vote, "for", lambda: check_tally(tally, voting))
        counts = tuple(n or 0 for n in counts)
    elif method is VoteMethod.ROLL_CALL:
        _check_derived(
            vote,
            counts,
            Tally(
                ballots.count(Choice.FOR),
                ballots.count(Choice.AGAINST),
                ballots.count(Choice.ABSTAIN),
            ),
            msg("archive.roll_call_counts"),
        )
        counts = (None, None, None)
    else:
        _check_derived(vote, counts, Tally(voting, 0, 0), msg("archive.consensus_counts"))
        counts = (None, None, None)
    vote.done()
    return method, counts, ballots  # type: ignore[return-value]


def _check_derived(
    vote: Record, counts: tuple[int | None, ...], expected: Tally, why: Message
) -> None:
    """Tallies given where they are derived must agree with what they derive from."""
    wanted = (expected.for_, expected.against, expected.abstain)
    for name, given, value in zip(("for", "against", "abstain"), counts, wanted, strict=True):
        if given is not None and given != value:
            raise vote.fail(name, msg("archive.count_differs", why=why, value=value, given=given))


def _load_ballots(
    vote: Record, decision_id: int, rows: Rows, reg: Registry, ctx: MeetingContext
) -> list[Choice]:
    choices: list[Choice] = []
    voters: set[int] = set()
    for position, ballot in enumerate(vote.items("ballots")):
        person = ballot.ref("person", reg.people.ids, "表决人")
        assert person is not None
        if person in voters:
            raise ballot.fail("person", msg("archive.ballot_twice", name=reg.names[person]))
        voters.add(person)
        check = partial(check_ballot_voter, person, ctx.statuses.get(person), reg.names[person])
        guarded(ballot, "person", check)
        choice = ballot.choice("choice", Choice)
        assert choice is not None
        choices.append(choice)
        rows.add(
            "ballots",
            {
                "decision_id": decision_id,
                "person_id": person,
                "choice": str(choice),
                "position": position,
            },
        )
        ballot.done()
    return choices


def _load_effect(eff: Record, position: int, decision_id: int, rows: Rows, reg: Registry) -> None:
    kind = eff.choice("type", EffectType)
    assert kind is not None
    needed = EFFECT_FIELDS[kind]
    row: Row = {
        "decision_id": decision_id,
        "position": position,
        "type": str(kind),
        "unit_id": None,
        "role": None,
        "person_id": None,
        "title": None,
        "committee_id": None,
        "start": eff.date("from", required=False),
        "applied": False,
    }
    if "unit" in needed:
        row["unit_id"] = eff.ref("unit", reg.units.ids, "单位")
        row["role"] = str(eff.choice("role", UnitRole))
    if "person" in needed:
        row["person_id"] = eff.ref("person", reg.people.ids, "人员")
    if "title" in needed:
        row["title"] = eff.text("title", limit=TITLE_MAX)
    if "committee" in needed:
        row["committee_id"] = eff.ref("committee", reg.committees.ids, "委员会")
    rows.add("effects", row)
    eff.done()


def _load_action(
    act: Record, position: int, item_id: int, rows: Rows, reg: Registry, ctx: MeetingContext
) -> None:
    action_id = rows.next_id("action_items")
    key = ctx.actions.add(act, action_id)
    owner = act.sub("owner")
    if owner is None:
        raise act.fail("owner", msg("archive.no_owner"))
    owners = {
        "owner_person_id": owner.ref("person", reg.people.ids, "责任人", required=False),
        "owner_unit_id": owner.ref("unit", reg.units.ids, "责任单位", required=False),
        "owner_committee_id": owner.ref("committee", reg.committees.ids, "委员会", required=False),
    }
    if sum(v is not None for v in owners.values()) != 1:
        raise act.fail("owner", msg("archive.one_owner"))
    owner.done()
    due = act.date("due", required=False)
    guarded(act, "due", lambda: check_due(due, ctx.day))
    decision_key = act.raw("decision")
    decision_id = None
    if decision_key is not None:
        decision_id = act.ref("decision", ctx.decisions.ids, "本次会议的决定事项")
    rows.add(
        "action_items",
        {
            "meeting_id": ctx.row["id"],
            "agenda_item_id": item_id,
            "key": key,
            "position": position,
            "title": act.text("title", limit=TEXT_MAX),
            **owners,
            "due": due,
            "status": str(act.choice("status", ActionStatus, default=ActionStatus.OPEN)),
            "decision_id": decision_id,
            "version": 1,
        },
    )
    for index, update in enumerate(act.items("updates")):
        rows.add(
            "action_updates",
            {
                "action_id": action_id,
                "position": index,
                "on": update.date("on"),
                "note": update.text("note", required=False, limit=TEXT_MAX) or "",
                "status": _opt(update.choice("status", ActionStatus, required=False)),
                "due_from": update.date("due_from", required=False),
                "due_to": update.date("due_to", required=False),
            },
        )
        update.done()
    act.done()


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
