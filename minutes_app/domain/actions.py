"""The plain objects of 督办 (action items) and the pure rules over them.

No database here: the filter and the sort are the same in the services, the exports
and the window's filter proxy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from minutes_app.domain.enums import ActionStatus

OPEN = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})
OWNER_KINDS = ("person", "unit", "committee")


class HasRef(Protocol):
    """Anything naming an action item: ActionRef, ActionRow, actions_review.OpenAction."""

    @property
    def meeting_key(self) -> str: ...

    @property
    def action_key(self) -> str: ...


@dataclass(frozen=True, order=True)
class ActionRef:
    meeting_key: str
    action_key: str


@dataclass(frozen=True)
class Owner:
    kind: str  # person, unit or committee
    key: str
    name: str = ""


@dataclass(frozen=True)
class ActionRow:
    meeting_key: str
    action_key: str
    title: str
    owner: Owner | None
    due: dt.date | None
    status: str
    body_key: str
    body_name: str
    term: int
    meeting_title: str
    meeting_short: str  # 五届五次理事长会议
    meeting_day: dt.date
    decision_key: str | None
    decision_text: str | None
    latest_note: str | None
    latest_on: dt.date | None
    extensions: int  # how many times the due date was moved

    @property
    def ref(self) -> ActionRef:
        return ActionRef(self.meeting_key, self.action_key)

    @property
    def owner_name(self) -> str:
        return self.owner.name if self.owner else ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def is_overdue(self, as_of: dt.date) -> bool:
        """Due before `as_of` and still open or in progress (due today is not overdue)."""
        return self.due is not None and self.due < as_of and self.status in OPEN


@dataclass(frozen=True)
class ProgressNote:
    on: dt.date
    note: str
    status: str | None
    due_from: dt.date | None = None
    due_to: dt.date | None = None

    @property
    def is_extension(self) -> bool:
        return self.due_to is not None


@dataclass(frozen=True)
class ActionDetail:
    row: ActionRow
    agenda_title: str
    decision_number: str | None
    notes: tuple[ProgressNote, ...]

    @property
    def extensions(self) -> tuple[ProgressNote, ...]:
        """The 延期 history, oldest first; each note is the reason."""
        return tuple(n for n in self.notes if n.is_extension)

    @property
    def original_due(self) -> dt.date | None:
        ext = self.extensions
        return ext[0].due_from if ext else self.row.due


@dataclass(frozen=True)
class ActionFilter:
    """Empty fields match everything; `statuses` empty means any status."""

    statuses: frozenset[str] = frozenset()
    overdue: bool = False
    due_within: int | None = None  # open and due from as_of to as_of + N days
    owner: tuple[str, str] | None = None  # (kind, key)
    body: str | None = None
    term: int | None = None
    meeting: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Previous:
    ref: ActionRef
    owner: tuple[str, str] | None
    due: dt.date | None
    status: str
    added: tuple[tuple[int, dt.date, str], ...]  # (position, on, note) of notes added


@dataclass(frozen=True)
class Change:
    """What one (bulk) edit changed: enough to put every item back as it was."""

    previous: tuple[Previous, ...] = field(default_factory=tuple)

    @property
    def count(self) -> int:
        return len(self.previous)


def matches(row: ActionRow, f: ActionFilter, as_of: dt.date) -> bool:
    if f.statuses and row.status not in f.statuses:
        return False
    if f.overdue and not row.is_overdue(as_of):
        return False
    if f.due_within is not None and not (
        row.is_open
        and row.due is not None
        and as_of <= row.due <= as_of + dt.timedelta(days=f.due_within)
    ):
        return False
    if f.owner and (row.owner is None or (row.owner.kind, row.owner.key) != f.owner):
        return False
    if (f.body and row.body_key != f.body) or (f.term and row.term != f.term):
        return False
    if f.meeting and row.meeting_key != f.meeting:
        return False
    text = f.text.strip()
    return not text or any(text in s for s in (row.title, row.owner_name, row.meeting_title))


def sort_key(row: ActionRow, as_of: dt.date) -> tuple[bool, dt.date, dt.date, str]:
    """Overdue first, then by due date (none last), then by meeting."""
    return (not row.is_overdue(as_of), row.due or dt.date.max, row.meeting_day, row.meeting_key)
