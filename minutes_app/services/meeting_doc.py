"""Edits of a typed meeting (domain.records), as the window makes them.

Pure functions on the `Meeting` that `meeting_store.get_meeting` returns; `save_meeting`
checks and stores the result. Keeping them here keeps the widgets free of data shapes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from minutes_app.domain.enums import (
    ActionStatus,
    Attendance,
    Base,
    Choice,
    DecisionKind,
    MeetingStatus,
    VoteMethod,
)
from minutes_app.domain.records import (
    Action,
    AgendaItem,
    AttendanceMark,
    Ballot,
    Decision,
    Effect,
    Meeting,
    MinutesBlock,
    Owner,
    PassRule,
    Vote,
)

__all__ = ["Attendance", "Effect", "VoteMethod"]  # re-exported for scripts and benchmarks
REVIEW_TITLE = "上次会议议定事项落实情况"


def new_meeting(
    key: str,
    body: str,
    term: int,
    sequence: int,
    start: dt.datetime,
    location: str | None = None,
    chair: str | None = None,
    recorder: str | None = None,
) -> Meeting:
    return Meeting(
        key=key,
        body=body,
        term=term,
        sequence=sequence,
        start=start,
        location=location,
        chair=chair,
        recorder=recorder,
        status=MeetingStatus.PLANNED,
    )


def next_key(existing: list[str], prefix: str) -> str:
    n = 1
    while f"{prefix}-{n}" in existing:
        n += 1
    return f"{prefix}-{n}"


def agenda(doc: Meeting) -> list[AgendaItem]:
    return doc.agenda


def attendance_list(doc: Meeting) -> list[AttendanceMark]:
    return doc.attendance


def decisions(doc: Meeting) -> list[Decision]:
    return doc.decisions()


def actions(doc: Meeting) -> list[Action]:
    return doc.actions()


def item(doc: Meeting, key: str) -> AgendaItem:
    return next(i for i in doc.agenda if i.key == key)


def decision(doc: Meeting, key: str) -> Decision:
    return next(d for d in doc.decisions() if d.key == key)


def action(doc: Meeting, key: str) -> Action:
    return next(t for t in doc.actions() if t.key == key)


def item_of_decision(doc: Meeting, key: str) -> AgendaItem:
    return next(i for i in doc.agenda if any(d.key == key for d in i.decisions))


def set_attendance(
    doc: Meeting,
    person: str,
    status: Attendance | None,
    proxy_holder: str | None = None,
    note: str | None = None,
) -> None:
    """None removes the entry (the person counts as absent)."""
    position = next((i for i, e in enumerate(doc.attendance) if e.person == person), None)
    entries = [e for e in doc.attendance if e.person != person]
    if status is not None:
        holder = proxy_holder if status is Attendance.PROXY else None
        entry = AttendanceMark(person, status, holder, note or None)
        entries.insert(len(entries) if position is None else position, entry)
    # A holder who is no longer present cannot hold proxies: the check will say so.
    doc.attendance = entries


def add_agenda_item(doc: Meeting, title: str, presenter: str | None = None) -> str:
    key = next_key([i.key for i in doc.agenda], "a")
    doc.agenda.append(AgendaItem(key=key, title=title, presenter=presenter))
    return key


def remove_agenda_item(doc: Meeting, key: str) -> None:
    doc.agenda = [i for i in doc.agenda if i.key != key]


def move_agenda_item(doc: Meeting, key: str, delta: int) -> None:
    items = doc.agenda
    index = next(i for i, it in enumerate(items) if it.key == key)
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))


def add_decision(
    doc: Meeting, item_key: str, text: str, kind: DecisionKind = DecisionKind.GENERAL
) -> str:
    key = next_key([d.key for d in doc.decisions()], "d")
    item(doc, item_key).decisions.append(Decision(key=key, text=text, kind=DecisionKind(kind)))
    return key


def remove_decision(doc: Meeting, key: str) -> None:
    for it in doc.agenda:
        it.decisions = [d for d in it.decisions if d.key != key]
        for t in it.actions:
            if t.decision == key:
                t.decision = None


def set_vote(
    doc: Meeting,
    key: str,
    method: VoteMethod | None,
    tallies: tuple[int, int, int] = (0, 0, 0),
    ballots: dict[str, Choice] | None = None,
) -> None:
    d = decision(doc, key)
    if method is None:
        d.vote = None
    elif method is VoteMethod.ROLL_CALL:
        # In the order of the attendance list, as the 会议记录 lists them, whatever the
        # order they were clicked in.
        order = {person: n for n, person in enumerate(voting_people(doc))}
        cast = sorted((ballots or {}).items(), key=lambda pc: order.get(pc[0], len(order)))
        d.vote = Vote(method, ballots=[Ballot(p, Choice(c)) for p, c in cast])
    elif method is VoteMethod.CONSENSUS:
        d.vote = Vote(method)
    else:
        d.vote = Vote(method, *tallies)


def voting_people(doc: Meeting) -> list[str]:
    return [e.person for e in doc.attendance if e.status.votes]


def add_action(
    doc: Meeting,
    item_key: str,
    title: str,
    owner: Owner,
    due: dt.date | None,
    decision_key: str | None = None,
) -> str:
    key = next_key([t.key for t in doc.actions()], "t")
    item(doc, item_key).actions.append(
        Action(
            key=key,
            title=title,
            owner=owner,
            due=due,
            status=ActionStatus.OPEN,
            decision=decision_key,
        )
    )
    return key


def remove_action(doc: Meeting, key: str) -> None:
    for it in doc.agenda:
        it.actions = [t for t in it.actions if t.key != key]


def attendance_entry(doc: Meeting, person: str) -> AttendanceMark | None:
    return next((e for e in doc.attendance if e.person == person), None)


def mark_unlisted(doc: Meeting, people: list[str], status: Attendance) -> None:
    """Give everyone in `people` without an attendance entry the status `status`."""
    listed = {e.person for e in doc.attendance}
    doc.attendance += [AttendanceMark(p, status) for p in people if p not in listed]


def drop_stale_ballots(doc: Meeting) -> None:
    """记名表决 ballots of people who no longer vote (no longer 出席/委托) are removed."""
    voters = set(voting_people(doc))
    for d in doc.decisions():
        if d.vote is not None and d.vote.method is VoteMethod.ROLL_CALL:
            d.vote.ballots = [b for b in d.vote.ballots if b.person in voters]


def set_ballot(doc: Meeting, key: str, person: str, choice: Choice | None) -> None:
    """One seat's 记名表决 choice; None removes the ballot."""
    vote = decision(doc, key).vote
    ballots = {b.person: b.choice for b in (vote.ballots if vote else [])}
    if choice is None:
        ballots.pop(person, None)
    else:
        ballots[person] = Choice(choice)
    set_vote(doc, key, VoteMethod.ROLL_CALL, ballots=ballots)


def add_effect(doc: Meeting, key: str, effect: Effect) -> None:
    decision(doc, key).effects.append(effect)


def remove_effect(doc: Meeting, key: str, index: int) -> None:
    del decision(doc, key).effects[index]


# The 纪要 block, the title, a decision's own rule, and the fields a correction may change.


class _Unset:
    """A keyword not given (None is a value: it clears the field)."""


UNSET = _Unset()
MINUTES_FIELDS = ("issue_no", "issued_by", "issued_on", "copy_to")
_NAME_SEPARATORS = re.compile(r"[，、,;；\n]+")


def split_names(text: str | None) -> list[str]:
    """抄送 typed on one line: "各理事长单位，协会监事会、秘书处" → the three names."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text or "") if name.strip()]


def set_minutes(
    doc: Meeting,
    default_issuer: str | None = None,
    *,
    issue_no: str | _Unset | None = UNSET,
    issued_by: str | _Unset | None = UNSET,
    issued_on: dt.date | _Unset | None = UNSET,
    copy_to: list[str] | _Unset = UNSET,
) -> None:
    """Change the 纪要 block: 期号, 印发单位, 印发日期, 抄送; None once nothing is left.

    An empty 印发单位 is the default one (the organisation's 秘书处); a block holding only
    that default holds nothing of its own and is dropped.
    """
    block = replace(doc.minutes) if doc.minutes else MinutesBlock()
    if not isinstance(issue_no, _Unset):
        block.issue_no = issue_no
    if not isinstance(issued_by, _Unset):
        block.issued_by = issued_by
    if not isinstance(issued_on, _Unset):
        block.issued_on = issued_on
    if not isinstance(copy_to, _Unset):
        block.copy_to = copy_to
    block.copy_to = list(block.copy_to or [])
    if not block.issued_by:
        block.issued_by = default_issuer or None
    own = block.issue_no or block.issued_on or block.copy_to
    keep = own or block.issued_by not in (None, default_issuer)
    doc.minutes = block if keep else None


def set_title(doc: Meeting, title: str | None, generated: str | None = None) -> None:
    """A title of the meeting's own; empty (or the generated one) returns to the generated."""
    title = (title or "").strip() or None
    doc.title = None if title == generated else title


def set_rule(
    doc: Meeting, key: str, fraction: str | None, inclusive: bool = True, of: Base = Base.PRESENT
) -> None:
    """The decision's own pass rule (e.g. 2/3以上 of those present); None: the body's rule."""
    rule = None if fraction is None else PassRule(fraction.strip(), inclusive, Base(of))
    decision(doc, key).rule = rule


def correctable_fields(doc: Meeting) -> list[tuple[str, str | None]]:
    """The text fields a correction of approved minutes offers: (field path, current value).

    Paths as `services.corrections.parse_field` reads them: `location`, `title`,
    `agenda[0].title`, `agenda[0].notes`, `agenda[0].decisions[1].text`.
    """
    fields: list[tuple[str, str | None]] = [("title", doc.title), ("location", doc.location)]
    for i, it in enumerate(doc.agenda):
        fields += [(f"agenda[{i}].title", it.title), (f"agenda[{i}].notes", it.notes)]
        fields += [(f"agenda[{i}].decisions[{j}].text", d.text) for j, d in enumerate(it.decisions)]
    return fields


# One small edit each, so every widget edit is one call.


def _update(target: object, fields: dict[str, object]) -> None:
    for name, value in fields.items():
        if not hasattr(target, name):
            raise AttributeError(name)
        setattr(target, name, value)


def update_meeting(doc: Meeting, **fields: object) -> None:
    _update(doc, fields)


def update_item(doc: Meeting, key: str, **fields: object) -> None:
    _update(item(doc, key), fields)


def update_decision(doc: Meeting, key: str, **fields: object) -> None:
    _update(decision(doc, key), fields)


def update_action(doc: Meeting, key: str, **fields: object) -> None:
    _update(action(doc, key), fields)
