"""Checks of what a secretary types, with messages that say what to do.

Each check raises ValidationError; callers add the record path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from minutes_app.domain.enums import Attendance
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.outcomes import Tally
from minutes_app.domain.text import check_text

# Limits keep the schema portable: PostgreSQL enforces VARCHAR(n), SQLite does not.
NAME_MAX = 200
TITLE_MAX = 500
TEXT_MAX = 200_000
KEY_MAX = 100


def require_text(value: object, what: str, limit: int = TITLE_MAX) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{what}不能为空，请填写")
    return check_length(value, what, limit)


def check_length(value: str, what: str, limit: int) -> str:
    """Not too long, and no character a file could not hold (domain.text)."""
    if len(value) > limit:
        raise ValidationError(f"{what}太长（{len(value)}字），最多{limit}字，请删减")
    return check_text(value, what)


def check_decision_text(text: object) -> str:
    return require_text(text, "决定事项的内容", TEXT_MAX)


def check_tally(tally: Tally, voting_attendance: int) -> None:
    for label, n in (("赞成", tally.for_), ("反对", tally.against), ("弃权", tally.abstain)):
        if n < 0:
            raise ValidationError(f"{label}票数不能是负数（{n}），请改正")
    if tally.total > voting_attendance:
        raise ValidationError(
            f"赞成、反对、弃权合计{tally.total}票，多于实到（含委托）的{voting_attendance}人；"
            "请核对票数或出席情况"
        )


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
        raise ValidationError(f"{name}不是本届该会议的组成人员，只能登记为列席；或先把他加入席位")
    if status is Attendance.OBSERVER and person in seats:
        raise ValidationError(f"{name}是组成人员，不能登记为列席；请选择出席、委托、请假或缺席")
    if status is Attendance.PROXY:
        if not holder:
            raise ValidationError(f"{name}委托出席，但没有填写受托人；请选择受托人")
        if holder == person:
            raise ValidationError(f"{name}不能委托本人，请选择另一位出席人员")
        if statuses.get(holder) is not Attendance.PRESENT:
            raise ValidationError(
                f"{name}的受托人{names.get(holder, holder)}没有出席会议；受托人必须是出席人员"
            )
    elif holder:
        raise ValidationError(f"{name}不是委托出席，不应填写受托人")


def check_ballot_voter(person: Any, status: Attendance | None, name: str) -> None:
    """记名表决: only 出席 and 委托 seats vote."""
    if status is None or not status.votes:
        labels = {Attendance.OBSERVER: "列席人员", Attendance.EXCUSED: "请假人员"}
        label = labels.get(status, "未出席人员") if status else "未出席人员"
        raise ValidationError(f"{name}是{label}，不能参加记名表决；请删除这张表决票")


def check_due(due: dt.date | None, meeting_day: dt.date) -> None:
    if due is not None and due < meeting_day:
        raise ValidationError(
            f"完成时限{due.isoformat()}早于会议日期{meeting_day.isoformat()}；请改为会后的日期"
        )


def check_period(
    start: dt.date | dt.datetime, end: dt.date | dt.datetime | None, what: str
) -> None:
    if end is not None and end < start:
        raise ValidationError(f"{what}的结束时间早于开始时间，请改正")
