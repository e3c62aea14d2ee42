"""The year at a glance: the figures of the 年度工作报告 and how they are computed.

The inputs are plain facts (one record per meeting, attendance entry, seat, decision,
applied effect and action item) so that tests can build them by hand; `compute` turns
them into the figures. The definitions are in docs/rules.md ("Figures of the report").
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minutes_app.domain.enums import (
    ActionStatus,
    Attendance,
    DecisionKind,
    EffectType,
    MeetingStatus,
    Outcome,
    UnitRole,
)

HELD = frozenset({MeetingStatus.HELD, MeetingStatus.DRAFT, MeetingStatus.APPROVED})
SEAT_STATUSES = (Attendance.PRESENT, Attendance.PROXY, Attendance.EXCUSED, Attendance.ABSENT)


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def months(self) -> tuple[tuple[int, int], ...]:
        found, (year, month) = [], (self.start.year, self.start.month)
        while (year, month) <= (self.end.year, self.end.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(found)


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year}年")


# ---- inputs ------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRef:
    key: str
    name: str


@dataclass(frozen=True)
class MeetingFact:
    """A meeting as its minutes state it: 应到 (seats) and quorate are the recorded ones."""

    key: str
    body_key: str
    term: int
    title: str
    day: dt.date
    status: MeetingStatus
    seats: int
    quorate: bool


@dataclass(frozen=True)
class AttendanceFact:
    meeting_key: str
    person_key: str
    status: Attendance


@dataclass(frozen=True)
class SeatFact:
    body_key: str
    term: int
    person_key: str
    person_name: str


@dataclass(frozen=True)
class DecisionFact:
    meeting_key: str
    kind: DecisionKind
    outcome: Outcome
    text: str = ""


@dataclass(frozen=True)
class EffectFact:
    """An applied effect (of a passed decision); subject: the unit or committee name."""

    meeting_key: str
    type: EffectType
    role: UnitRole | None
    subject: str


@dataclass(frozen=True)
class Owner:
    kind: str  # person, unit, committee
    key: str
    name: str


@dataclass(frozen=True)
class ActionFact:
    """An action item; closed_on is the day of the last update that set its final status."""

    meeting_key: str
    key: str
    title: str
    owner: Owner | None
    due: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None
    body_key: str = ""
    opened_on: dt.date = dt.date.min  # the day of its meeting
    meeting_title: str = ""  # its meeting may lie before the period


@dataclass(frozen=True)
class Facts:
    bodies: tuple[BodyRef, ...]
    meetings: tuple[MeetingFact, ...]
    attendance: tuple[AttendanceFact, ...]
    seats: tuple[SeatFact, ...]
    decisions: tuple[DecisionFact, ...]
    effects: tuple[EffectFact, ...]
    actions: tuple[ActionFact, ...]


# ---- figures -----------------------------------------------------------------------


@dataclass(frozen=True)
class MonthMeetings:
    year: int
    month: int
    by_body: tuple[int, ...]  # in the order of Figures.bodies

    @property
    def total(self) -> int:
        return sum(self.by_body)


@dataclass(frozen=True)
class Tally:
    """出席/委托/请假/缺席 out of `base` (seats of a meeting, or meetings of a seat)."""

    base: int
    present: int
    proxy: int
    excused: int
    absent: int

    @property
    def rate(self) -> float | None:
        """(出席 + 委托) / base."""
        return (self.present + self.proxy) / self.base if self.base else None


@dataclass(frozen=True)
class MeetingAttendance:
    key: str
    body_key: str
    title: str
    day: dt.date
    tally: Tally
    quorate: bool


@dataclass(frozen=True)
class SeatAttendance:
    body_key: str
    person_key: str
    name: str
    tally: Tally  # base: the meetings of the body held while the person had a seat
    marks: tuple[tuple[str, Attendance], ...] = ()  # (meeting key, status) behind the tally


@dataclass(frozen=True)
class BodyMeetings:
    body_key: str
    held: int
    quorate: int
    inquorate: int
    tally: Tally  # all seats of all its meetings


@dataclass(frozen=True)
class OutcomeCounts:
    passed: int = 0
    failed: int = 0
    inquorate: int = 0
    no_vote: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.inquorate + self.no_vote

    def get(self, outcome: Outcome) -> int:
        return int(getattr(self, outcome.value))


@dataclass(frozen=True)
class KindOutcomes:
    kind: DecisionKind
    counts: OutcomeCounts


@dataclass(frozen=True)
class TierChanges:
    role: UnitRole
    granted: int
    revoked: int


@dataclass(frozen=True)
class RegistryChanges:
    tiers: tuple[TierChanges, ...]  # every tier, in UnitRole order
    established: tuple[str, ...]  # committee names, in meeting order
    dissolved: tuple[str, ...]


@dataclass(frozen=True)
class ActionLine:
    """One item behind the 督办 figures, with what it counts as."""

    meeting_key: str
    key: str
    title: str
    owner: str
    due: dt.date | None
    status: ActionStatus
    opened_on: dt.date
    closed_on: dt.date | None
    opened: bool
    closed: bool
    on_time: bool
    overdue: bool
    meeting_title: str = ""

    @property
    def late(self) -> bool:
        """Closed on a known day after its due date."""
        return (
            self.closed
            and self.closed_on is not None
            and self.due is not None
            and (not self.on_time)
        )


@dataclass(frozen=True)
class OwnerActions:
    owner: str
    opened: int
    closed: int
    on_time: int
    late: int
    overdue: int


@dataclass(frozen=True)
class ActionFigures:
    as_of: dt.date
    opened: int
    closed: int
    on_time: int
    late: int
    no_due: int  # closed items without a due date: neither on time nor late
    undated: int  # done without a dated update: closed, date unknown
    cancelled: int
    median_days: float | None
    p90_days: int | None
    overdue: int
    by_owner: tuple[OwnerActions, ...]
    lines: tuple[ActionLine, ...]


@dataclass(frozen=True)
class Figures:
    period: Period
    body: BodyRef | None  # None: all bodies
    bodies: tuple[BodyRef, ...]
    months: tuple[MonthMeetings, ...]
    body_meetings: tuple[BodyMeetings, ...]
    meetings: tuple[MeetingAttendance, ...]
    seats: tuple[SeatAttendance, ...]
    decisions: OutcomeCounts
    by_kind: tuple[KindOutcomes, ...]
    registry: RegistryChanges
    actions: ActionFigures
    decision_lines: tuple[DecisionFact, ...] = ()  # behind the decision figures
    changes: tuple[EffectFact, ...] = ()  # behind the registry figures

    def body_name(self, key: str) -> str:
        return next((b.name for b in self.bodies if b.key == key), key)

    @property
    def held(self) -> int:
        return len(self.meetings)


# ---- computations ------------------------------------------------------------------


def compute(facts: Facts, period: Period, as_of: dt.date, body: BodyRef | None = None) -> Figures:
    """The figures of `period` for one body (or all, when `body` is None)."""
    keep = {body.key} if body else {b.key for b in facts.bodies}
    held = sorted(
        (m for m in facts.meetings if m.body_key in keep and m.status in HELD and m.day in period),
        key=lambda m: (m.day, m.key),
    )
    keys = {m.key for m in held}
    bodies = tuple(b for b in facts.bodies if b.key in keep)
    meetings = meeting_attendance(held, [a for a in facts.attendance if a.meeting_key in keys])
    decisions = [d for d in facts.decisions if d.meeting_key in keys]
    changes = tuple(e for e in facts.effects if e.meeting_key in keys)
    return Figures(
        period=period,
        body=body,
        bodies=bodies,
        months=monthly(held, bodies, period),
        body_meetings=per_body(bodies, meetings),
        meetings=meetings,
        seats=seat_attendance(held, facts.attendance, facts.seats),
        decisions=outcomes(decisions),
        by_kind=by_kind(decisions),
        registry=registry_changes(changes),
        actions=action_figures([a for a in facts.actions if a.body_key in keep], period, as_of),
        decision_lines=tuple(decisions),
        changes=changes,
    )


def monthly(
    held: Sequence[MeetingFact], bodies: Sequence[BodyRef], period: Period
) -> tuple[MonthMeetings, ...]:
    count = Counter((m.day.year, m.day.month, m.body_key) for m in held)
    return tuple(
        MonthMeetings(y, mo, tuple(count[(y, mo, b.key)] for b in bodies))
        for y, mo in period.months()
    )


def meeting_attendance(
    held: Sequence[MeetingFact], attendance: Iterable[AttendanceFact]
) -> tuple[MeetingAttendance, ...]:
    """Per meeting: unlisted seats are 缺席 (absent = seats − 出席 − 委托 − 请假)."""
    count = Counter((a.meeting_key, a.status) for a in attendance)
    found = []
    for m in held:
        present, proxy, excused = (count[(m.key, s)] for s in SEAT_STATUSES[:3])
        absent = max(0, m.seats - present - proxy - excused)
        tally = Tally(m.seats, present, proxy, excused, absent)
        found.append(MeetingAttendance(m.key, m.body_key, m.title, m.day, tally, m.quorate))
    return tuple(found)


def per_body(
    bodies: Sequence[BodyRef], meetings: Sequence[MeetingAttendance]
) -> tuple[BodyMeetings, ...]:
    found = []
    for body in bodies:
        mine = [m for m in meetings if m.body_key == body.key]
        quorate = sum(m.quorate for m in mine)
        found.append(
            BodyMeetings(
                body.key,
                len(mine),
                quorate,
                len(mine) - quorate,
                add_tallies(m.tally for m in mine),
            )
        )
    return tuple(found)


def add_tallies(tallies: Iterable[Tally]) -> Tally:
    parts = [0, 0, 0, 0, 0]
    for t in tallies:
        for i, value in enumerate((t.base, t.present, t.proxy, t.excused, t.absent)):
            parts[i] += value
    return Tally(*parts)


def seat_attendance(
    held: Sequence[MeetingFact], attendance: Iterable[AttendanceFact], seats: Iterable[SeatFact]
) -> tuple[SeatAttendance, ...]:
    """Per seat-holder of each body: their status at each meeting held in their term."""
    holders: dict[tuple[str, int], list[SeatFact]] = defaultdict(list)
    for seat in seats:
        holders[(seat.body_key, seat.term)].append(seat)
    keys = {m.key for m in held}
    status = {(a.meeting_key, a.person_key): a.status for a in attendance if a.meeting_key in keys}
    counts: dict[tuple[str, str], Counter[Attendance]] = {}
    names: dict[tuple[str, str], str] = {}
    marks: dict[tuple[str, str], list[tuple[str, Attendance]]] = defaultdict(list)
    for m in held:
        for seat in holders.get((m.body_key, m.term), ()):
            who = (seat.body_key, seat.person_key)
            names.setdefault(who, seat.person_name)
            got = _seat_status(status.get((m.key, seat.person_key), Attendance.ABSENT))
            counts.setdefault(who, Counter())[got] += 1
            marks[who].append((m.key, got))
    found = [
        SeatAttendance(
            body,
            person,
            names[(body, person)],
            Tally(sum(c.values()), *(c[s] for s in SEAT_STATUSES)),
            tuple(marks[(body, person)]),
        )
        for (body, person), c in counts.items()
    ]
    return tuple(sorted(found, key=lambda s: (s.body_key, -(s.tally.rate or 0), s.name)))


def _seat_status(status: Attendance) -> Attendance:
    # A seat listed as 列席 is a data error; it did not vote, so it counts as absent.
    return Attendance.ABSENT if status is Attendance.OBSERVER else status


def outcomes(decisions: Iterable[DecisionFact]) -> OutcomeCounts:
    count = Counter(d.outcome for d in decisions)
    return OutcomeCounts(*(count[o] for o in Outcome))


def by_kind(decisions: Sequence[DecisionFact]) -> tuple[KindOutcomes, ...]:
    return tuple(
        KindOutcomes(k, outcomes(d for d in decisions if d.kind is k))
        for k in DecisionKind
        if any(d.kind is k for d in decisions)
    )


def registry_changes(effects: Sequence[EffectFact]) -> RegistryChanges:
    count = Counter((e.type, e.role) for e in effects)
    tiers = tuple(
        TierChanges(r, count[(EffectType.GRANT_ROLE, r)], count[(EffectType.REVOKE_ROLE, r)])
        for r in UnitRole
    )
    made = tuple(e.subject for e in effects if e.type is EffectType.ESTABLISH_COMMITTEE)
    gone = tuple(e.subject for e in effects if e.type is EffectType.DISSOLVE_COMMITTEE)
    return RegistryChanges(tiers, made, gone)


def action_figures(items: Iterable[ActionFact], period: Period, as_of: dt.date) -> ActionFigures:
    """督办 of the period, from the items of held meetings of the bodies in scope."""
    found = (_line(i, i.opened_on, period, as_of) for i in items)
    lines = [line for line in found if line is not None]
    closed = [x for x in lines if x.closed]
    waits = sorted((x.closed_on - x.opened_on).days for x in closed if x.closed_on)
    cancelled = sum(
        x.status is ActionStatus.CANCELLED and (x.closed_on or x.opened_on) in period for x in lines
    )
    return ActionFigures(
        as_of=as_of,
        opened=sum(x.opened for x in lines),
        closed=sum(x.closed_on is not None for x in closed),
        on_time=sum(x.on_time for x in closed),
        late=sum(x.late for x in closed),
        no_due=sum(x.closed_on is not None and x.due is None for x in closed),
        undated=sum(x.closed_on is None for x in closed),
        cancelled=cancelled,
        median_days=statistics.median(waits) if waits else None,
        p90_days=percentile(waits, 90),
        overdue=sum(x.overdue for x in lines),
        by_owner=_by_owner(lines),
        lines=tuple(lines),
    )


def _line(item: ActionFact, day: dt.date, period: Period, as_of: dt.date) -> ActionLine | None:
    done = item.status is ActionStatus.DONE
    opened = day in period
    closed = done and (item.closed_on in period if item.closed_on else opened)
    on_time = closed and item.closed_on is not None and item.due is not None
    on_time = on_time and item.closed_on <= item.due  # type: ignore[operator]
    overdue = (
        item.status.is_open and item.due is not None and item.due < as_of and day <= period.end
    )
    cancelled = item.status is ActionStatus.CANCELLED and (item.closed_on or day) in period
    if not (opened or closed or overdue or cancelled):
        return None
    owner = item.owner.name if item.owner else ""
    return ActionLine(
        item.meeting_key,
        item.key,
        item.title,
        owner,
        item.due,
        item.status,
        day,
        item.closed_on,
        opened,
        closed,
        on_time,
        overdue,
        item.meeting_title,
    )


def percentile(values: Sequence[int], p: int) -> int | None:
    """Nearest rank: the smallest value with at least p % of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _by_owner(lines: Sequence[ActionLine]) -> tuple[OwnerActions, ...]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for x in lines:
        row = sums[x.owner]
        for i, flag in enumerate((x.opened, x.closed, x.on_time, x.late, x.overdue)):
            row[i] += flag
    found = [OwnerActions(name, *row) for name, row in sums.items()]
    return tuple(sorted(found, key=lambda o: (-o.overdue, -o.opened, o.owner)))
