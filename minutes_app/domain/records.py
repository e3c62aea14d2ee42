"""A meeting as typed records: what the window edits and the services store.

The archive JSON is one reader and writer of these (io.archive.meeting_codec). Pointers
to the registry are keys, as in the archive. Fields the app derives (outcome, number,
quorum figures) sit in `Figures`/`Result`/`overdue`: they are filled when a meeting is
read and ignored when it is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minutes_app.domain.enums import (
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


@dataclass
class AttendanceMark:
    person: str
    status: Attendance
    proxy_holder: str | None = None
    note: str | None = None


@dataclass
class Ballot:
    person: str
    choice: Choice


@dataclass
class Vote:
    """Tallies for 举手/无记名; ballots for 记名; nothing for 一致同意."""

    method: VoteMethod
    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    ballots: list[Ballot] = field(default_factory=list)


@dataclass(frozen=True)
class PassRule:
    fraction: str
    inclusive: bool = True
    of: Base = Base.PRESENT


@dataclass
class Effect:
    type: EffectType
    unit: str | None = None
    role: UnitRole | None = None
    person: str | None = None
    title: str | None = None
    committee: str | None = None
    start: dt.date | None = None  # the archive's "from"

    @classmethod
    def adopt_document(cls, title: str) -> Effect:
        return cls(EffectType.ADOPT_DOCUMENT, title=title)

    @property
    def names(self) -> tuple[str | None, str | None, str | None]:
        """The unit, person and committee this effect changes in the registry."""
        return self.unit, self.person, self.committee


@dataclass(frozen=True)
class Result:
    """A decision's outcome as computed: counts, base, votes required, number."""

    outcome: Outcome
    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    base: int | None = None
    required: int | None = None
    number: str | None = None
    basis: str = ""


@dataclass
class Decision:
    key: str
    text: str
    kind: DecisionKind = DecisionKind.GENERAL
    vote: Vote | None = None
    rule: PassRule | None = None
    effects: list[Effect] = field(default_factory=list)
    result: Result | None = None


@dataclass
class Owner:
    """Exactly one of person, unit, committee (keys)."""

    person: str | None = None
    unit: str | None = None
    committee: str | None = None


@dataclass
class ActionUpdate:
    on: dt.date
    note: str
    status: ActionStatus | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    has_due_change: bool = False  # the archive writes due_from/due_to only for a 延期


@dataclass
class Action:
    key: str
    title: str
    owner: Owner
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    decision: str | None = None
    updates: list[ActionUpdate] = field(default_factory=list)
    overdue: bool = False


@dataclass
class AgendaItem:
    key: str
    title: str
    presenter: str | None = None
    notes: str | None = None
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


@dataclass
class MinutesBlock:
    """The 纪要's 期号, 印发单位, 印发日期 and 抄送."""

    issue_no: str | None = None
    issued_by: str | None = None
    issued_on: dt.date | None = None
    copy_to: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Correction:
    field: str
    old: str | None
    new: str | None
    reason: str
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class Figures:
    """What the app derives for a meeting as a whole."""

    title: str
    seats: int = 0
    voting_attendance: int = 0
    proxies: int = 0
    quorum_required: int | None = None
    quorate: bool = True
    banner: str = ""
    hash: str | None = None
    version: int = 0


@dataclass
class Meeting:
    key: str
    body: str
    term: int
    sequence: int
    start: dt.datetime
    title: str | None = None
    end: dt.datetime | None = None
    location: str | None = None
    chair: str | None = None
    recorder: str | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    approved_at: dt.datetime | None = None
    attendance: list[AttendanceMark] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    minutes: MinutesBlock | None = None
    corrections: list[Correction] = field(default_factory=list)
    figures: Figures | None = None

    @property
    def version(self) -> int:
        return self.figures.version if self.figures else 0

    @property
    def display_title(self) -> str:
        return self.figures.title if self.figures else (self.title or self.key)

    def decisions(self) -> list[Decision]:
        return [d for item in self.agenda for d in item.decisions]

    def actions(self) -> list[Action]:
        return [t for item in self.agenda for t in item.actions]
