"""督办: action items from decision to done, across meetings.

The plain objects are in actions_model and the queries in actions_query; both are
re-exported here, the one place callers import from. Every edit is one transaction. Approved
meetings' items stay editable: status, notes, due date and owner are follow-up, not
minutes. An edit also bumps the meeting's version, so a meeting editor holding an older
copy is refused instead of overwriting the follow-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import cast as type_cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from minutes_app.domain.actions import (
    OPEN,
    OWNER_KINDS,
    ActionDetail,
    ActionFilter,
    ActionRef,
    ActionRow,
    Change,
    HasRef,
    Owner,
    Previous,
    ProgressNote,
    matches,
    sort_key,
)
from minutes_app.domain.enums import ActionStatus
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.titles import chinese_date, meeting_short_title
from minutes_app.domain.validation import TEXT_MAX, check_due, require_text
from minutes_app.services import approval
from minutes_app.services.actions_query import (
    OWNER_MODELS,
    find_item,
    get_action,
    list_actions,
    overdue_count,
    owner_choices,
)
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    ActionUpdate,
    Committee,
    Meeting,
    Person,
    Unit,
)

_TOUCHED = "follow_up_meetings"

__all__ = [
    "OPEN",
    "OWNER_KINDS",
    "ActionDetail",
    "ActionFilter",
    "ActionRef",
    "ActionRow",
    "Change",
    "HasRef",
    "Owner",
    "ProgressNote",
    "add_note",
    "bulk_extend",
    "bulk_reassign",
    "cancel_action",
    "close_action",
    "extend_due",
    "get_action",
    "list_actions",
    "matches",
    "overdue_count",
    "owner_choices",
    "reassign",
    "record_review",
    "refs_of",
    "sort_key",
    "undo_change",
]


# ---- edits -------------------------------------------------------------------------


def add_note(
    db: Database, ref: HasRef, note: str, *, on: dt.date | None = None, status: str | None = None
) -> ActionDetail:
    """A dated progress note; `status` (optional) moves the item."""
    with _editing(db) as s:
        _add_note(s, find_item(s, ref), note, on, status)
    return get_action(db, ref)


def close_action(
    db: Database, ref: HasRef, note: str, *, on: dt.date | None = None
) -> ActionDetail:
    """Done, with the completion note (required)."""
    return add_note(db, ref, _required(note, "完成情况说明"), on=on, status=ActionStatus.DONE)


def cancel_action(
    db: Database, ref: HasRef, reason: str, *, on: dt.date | None = None
) -> ActionDetail:
    return add_note(db, ref, _required(reason, "取消的原因"), on=on, status=ActionStatus.CANCELLED)


def extend_due(
    db: Database, ref: HasRef, new_due: dt.date, reason: str, *, on: dt.date | None = None
) -> Change:
    """A 延期: the due date moves, the reason is kept as a note with the old and new date."""
    return bulk_extend(db, [ref], reason, to=new_due, on=on)


def bulk_extend(
    db: Database,
    refs: Iterable[HasRef],
    reason: str,
    *,
    to: dt.date | None = None,
    by_days: int | None = None,
    on: dt.date | None = None,
) -> Change:
    """Move the due dates of several items (to one date, or by N days) in one transaction."""
    if (to is None) == (by_days is None):
        raise UserError(msg("action.due_or_days"))
    with _editing(db) as s:
        previous = []
        for item in _items(s, refs):
            new_due = to if to is not None else _shift(item, by_days or 0)
            previous.append(_extend(s, item, new_due, reason, on))
        return Change(tuple(previous))


def reassign(
    db: Database, ref: HasRef, owner: Owner, *, on: dt.date | None = None, note: str = ""
) -> Change:
    return bulk_reassign(db, [ref], owner, on=on, note=note)


def bulk_reassign(
    db: Database, refs: Iterable[HasRef], owner: Owner, *, on: dt.date | None = None, note: str = ""
) -> Change:
    """Give several items to one owner in one transaction; each gets a dated note."""
    with _editing(db) as s:
        target = _owner_row(s, owner)
        return Change(
            tuple(_reassign(s, item, owner.kind, target, on, note) for item in _items(s, refs))
        )


def undo_change(db: Database, change: Change) -> None:
    """Put back owner, due date and status, and drop the notes the change added."""
    with _editing(db) as s:
        for prev in change.previous:
            item = find_item(s, prev.ref)
            owner = _owner_row(s, Owner(*prev.owner)) if prev.owner else None
            _set_owner(item, prev.owner[0] if prev.owner else "", owner)
            item.due, item.status = prev.due, prev.status
            added = set(prev.added)
            item.updates[:] = [u for u in item.updates if (u.position, u.on, u.note) not in added]
            _touch(s, item)


def record_review(
    db: Database, meeting_key: str, action_refs: Iterable[HasRef], note: str | None = None
) -> int:
    """上次会议议定事项落实情况: note on each item that meeting X reviewed it on its day.

    The note is dated the meeting's day. Recording the same review twice adds nothing.
    Returns how many notes were added.
    """
    with _editing(db) as s:
        meeting = s.scalar(select(Meeting).where(Meeting.key == meeting_key))
        if meeting is None:
            raise UserError(msg("meeting.not_found_short", key=meeting_key))
        day = meeting.start.date()
        short = meeting_short_title(meeting.term, meeting.sequence, meeting.body.name)
        text = f"{chinese_date(day)}{short}听取了落实情况汇报"
        text += f"：{note.strip()}" if note and note.strip() else ""
        added = 0
        for item in _items(s, action_refs):
            if item.meeting.start >= meeting.start:
                raise UserError(msg("action.not_earlier", title=item.title))
            if any(u.on == day and u.note == text for u in item.updates):
                continue
            _append(s, item, day, text)
            added += 1
        return added


# ---- helpers -----------------------------------------------------------------------


def _required(text: str, what: str) -> str:
    return require_text(text, what, TEXT_MAX).strip()


def _items(s: Session, refs: Iterable[HasRef]) -> list[ActionItem]:
    unique = dict.fromkeys(ActionRef(r.meeting_key, r.action_key) for r in refs)
    if not unique:
        raise UserError(msg("action.none_chosen"))
    return [find_item(s, ref) for ref in unique]


def _add_note(
    s: Session, item: ActionItem, note: str, on: dt.date | None, status: str | None
) -> tuple[int, dt.date, str]:
    text = _required(note, "进展情况")
    if status is not None:
        try:
            status = ActionStatus(status).value
        except ValueError:
            raise UserError(msg("action.bad_status", status=status)) from None
        item.status = status
    return _append(s, item, _note_day(item, on), text, status)


def _append(
    s: Session,
    item: ActionItem,
    on: dt.date,
    note: str,
    status: str | None = None,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
) -> tuple[int, dt.date, str]:
    day = item.meeting.start.date()
    if on < day:
        raise UserError(msg("action.update_early", on=on.isoformat(), day=day.isoformat()))
    position = max((u.position for u in item.updates), default=-1) + 1
    item.updates.append(
        ActionUpdate(
            position=position, on=on, note=note, status=status, due_from=due_from, due_to=due_to
        )
    )
    _touch(s, item)
    return (position, on, note)


def _note_day(item: ActionItem, on: dt.date | None) -> dt.date:
    """The day given, or today (not before the meeting: its items may be noted ahead)."""
    return on or max(dt.date.today(), item.meeting.start.date())


@contextmanager
def _editing(db: Database) -> Iterator[Session]:
    """One transaction; approved meetings whose items changed get their fingerprint again.

    Follow-up made in the app is legitimate: `check` must not report it as a change made
    outside the app, so the SHA-256 of an approved meeting is stored anew, in the same
    transaction.
    """
    with db.transaction() as s:
        yield s
        touched = s.info.pop(_TOUCHED, set())
        if touched:
            s.flush()
            approval.stamp_approved(s, touched, "followed_up", only_changed=True)


def _touch(s: Session, item: ActionItem) -> None:
    """The meeting changed: a newer version (an editor's older copy is refused)."""
    s.execute(
        update(Meeting).where(Meeting.id == item.meeting_id).values(version=Meeting.version + 1)
    )
    s.info.setdefault(_TOUCHED, set()).add(item.meeting_id)


def _snapshot(item: ActionItem, meeting_key: str) -> Previous:
    owner = _current_owner(item)
    kind = "person" if item.owner_person else "unit" if item.owner_unit else "committee"
    return Previous(
        ActionRef(meeting_key, item.key),
        (kind, owner.key) if owner else None,
        item.due,
        item.status,
        (),
    )


def _shift(item: ActionItem, days: int) -> dt.date:
    if item.due is None:
        raise UserError(msg("action.no_due", title=item.title))
    return item.due + dt.timedelta(days=days)


def _extend(
    s: Session, item: ActionItem, new_due: dt.date, reason: str, on: dt.date | None
) -> Previous:
    if item.status not in OPEN:
        raise UserError(msg("action.closed", title=item.title))
    if new_due == item.due:
        raise UserError(msg("action.same_due", title=item.title, due=new_due.isoformat()))
    check_due(new_due, item.meeting.start.date())
    prev = _snapshot(item, item.meeting.key)
    text = _required(reason, "延期的原因") if item.due else (reason.strip() or "确定完成时限")
    added = _append(s, item, _note_day(item, on), text, None, item.due, new_due)
    item.due = new_due
    return Previous(prev.ref, prev.owner, prev.due, prev.status, (added,))


def _owner_row(s: Session, owner: Owner) -> Person | Unit | Committee:
    if owner.kind not in OWNER_MODELS:
        raise UserError(msg("action.bad_owner_kind", kind=owner.kind))
    model = OWNER_MODELS[owner.kind]
    found = type_cast(
        Person | Unit | Committee | None, s.scalar(select(model).where(model.key == owner.key))
    )
    if found is None:
        raise UserError(msg("action.no_owner", name=owner.name or owner.key))
    return found


def _set_owner(item: ActionItem, kind: str, row: Person | Unit | Committee | None) -> None:
    item.owner_person = row if isinstance(row, Person) else None
    item.owner_unit = row if isinstance(row, Unit) else None
    item.owner_committee = row if isinstance(row, Committee) else None


def _reassign(
    s: Session,
    item: ActionItem,
    kind: str,
    target: Person | Unit | Committee,
    on: dt.date | None,
    note: str,
) -> Previous:
    prev = _snapshot(item, item.meeting.key)
    old = _owner_label(item)
    if _current_owner(item) is target:
        return prev  # already theirs: nothing to note
    _set_owner(item, kind, target)
    text = f"责任方由“{old}”调整为“{target.name}”" if old else f"责任方定为“{target.name}”"
    text += f"：{note.strip()}" if note.strip() else ""
    added = _append(s, item, _note_day(item, on), text)
    return Previous(prev.ref, prev.owner, prev.due, prev.status, (added,))


def _current_owner(item: ActionItem) -> Person | Unit | Committee | None:
    return item.owner_person or item.owner_unit or item.owner_committee


def _owner_label(item: ActionItem) -> str:
    owner = _current_owner(item)
    return owner.name if owner else ""


def refs_of(rows: Sequence[HasRef]) -> list[ActionRef]:
    return [ActionRef(r.meeting_key, r.action_key) for r in rows]
