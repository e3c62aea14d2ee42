"""Checks of what a secretary types, with messages that say what to do.

Each check raises ValidationError; callers add the record path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from minutes_app.domain.enums import Attendance
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg
from minutes_app.domain.outcomes import Tally
from minutes_app.domain.text import check_text

# Limits keep the schema portable: PostgreSQL enforces VARCHAR(n), SQLite does not.
NAME_MAX = 200
TITLE_MAX = 500
TEXT_MAX = 200_000
KEY_MAX = 100


def require_text(value: object, what: str, limit: int = TITLE_MAX) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(msg("text.required", what=what))
    return check_length(value, what, limit)


def check_length(value: str, what: str, limit: int) -> str:
    """Not too long, and no character a file could not hold (domain.text)."""
    if len(value) > limit:
        raise ValidationError(msg("text.too_long", what=what, length=len(value), limit=limit))
    return check_text(value, what)


def check_decision_text(text: object) -> str:
    return require_text(text, "决定事项的内容", TEXT_MAX)


def check_tally(tally: Tally, voting_attendance: int) -> None:
    for label, n in (("赞成", tally.for_), ("反对", tally.against), ("弃权", tally.abstain)):
        if n < 0:
            raise ValidationError(msg("vote.negative", label=label, n=n))
    if tally.total > voting_attendance:
        raise ValidationError(msg("vote.too_many", total=tally.total, attending=voting_attendance))


def check_attendance(
    statuses: Mapping[Any, Attendance],
    proxy_holders: Mapping[Any, Any],
    seats: Iterable[Any],
    names: Mapping[Any, str],
) -> None:
    """Seats attend (出席/委托/请假/缺席); others only 列席; a proxy's holder is present."""
    seat_set = set(seats)
    for person, status in statuses.items():
        check_attendee(person, status, proxy_holders.get(person), statuses, seat_set, names)


def check_attendee(
    person: Any,
    status: Attendance,
    holder: Any,
    statuses: Mapping[Any, Attendance],
    seats: set[Any],
    names: Mapping[Any, str],
) -> None:
    name = names.get(person, person)
    if seats and status is not Attendance.OBSERVER and person not in seats:
        raise ValidationError(msg("attendance.not_seated", name=name))
    if status is Attendance.OBSERVER and person in seats:
        raise ValidationError(msg("attendance.seated_observer", name=name))
    if status is Attendance.PROXY:
        if not holder:
            raise ValidationError(msg("attendance.no_holder", name=name))
        if holder == person:
            raise ValidationError(msg("attendance.self_holder", name=name))
        if statuses.get(holder) is not Attendance.PRESENT:
            raise ValidationError(
                msg("attendance.holder_absent", name=name, holder=names.get(holder, holder))
            )
    elif holder:
        raise ValidationError(msg("attendance.holder_unwanted", name=name))


def check_ballot_voter(person: Any, status: Attendance | None, name: str) -> None:
    """记名表决: only 出席 and 委托 seats vote."""
    if status is None or not status.votes:
        labels = {Attendance.OBSERVER: "列席人员", Attendance.EXCUSED: "请假人员"}
        label = labels.get(status, "未出席人员") if status else "未出席人员"
        raise ValidationError(msg("ballot.not_voter", name=name, label=label))


def check_due(due: dt.date | None, meeting_day: dt.date) -> None:
    if due is not None and due < meeting_day:
        raise ValidationError(
            msg("due.before_meeting", due=due.isoformat(), day=meeting_day.isoformat())
        )


def check_period(
    start: dt.date | dt.datetime, end: dt.date | dt.datetime | None, what: str
) -> None:
    if end is not None and end < start:
        raise ValidationError(msg("period.reversed", what=what))
