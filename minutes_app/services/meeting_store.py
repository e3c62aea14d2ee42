"""Saving a meeting as a whole: every edit in the window is one call here.

The window edits a meeting in its archive form (a dict) and saves it back. Saving checks
it with the archive's own rules (so whatever the window accepts, the archive accepts),
replaces the meeting's rows in one transaction, re-derives the registry changes of the
meetings from that day on, and renumbers resolutions. Undo is saving the earlier form.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.io.archive.export import meeting_snapshot
from minutes_app.io.archive.fields import Keys
from minutes_app.io.archive.load_meetings import load_one_meeting
from minutes_app.io.archive.load_registry import registry_from_db
from minutes_app.io.archive.rows import Rows
from minutes_app.services.numbering import renumber
from minutes_app.services.rederive import rederive_from, withdraw_from
from minutes_app.store.bulk import bulk_insert
from minutes_app.store.database import Database
from minutes_app.store.models import AgendaItem, AttendanceEntry, Base, Correction, Meeting

MeetingDoc = dict[str, Any]
_MEETING_TABLES = ("corrections", "attendance", "agenda_items", "decisions", "ballots", "effects",
                   "action_items", "action_updates")  # fmt: skip


class ConcurrentEdit(UserError):
    pass


def get_meeting(db: Database, key: str, as_of: dt.date | None = None) -> MeetingDoc:
    with db.reading() as session:
        meeting = _by_key(session, key)
        return _snapshot(session, meeting, as_of)


def _snapshot(session: Session, meeting: Meeting, as_of: dt.date | None = None) -> MeetingDoc:
    doc = meeting_snapshot(session, meeting.id, as_of or dt.date.today())
    doc["computed"]["version"] = meeting.version
    return doc


def _by_key(session: Session, key: str) -> Meeting:
    meeting = session.scalar(select(Meeting).where(Meeting.key == key))
    if meeting is None:
        raise UserError(f"找不到会议“{key}”；请检查会议编号（可用 export-archive 查看）")
    return meeting


def save_meeting(db: Database, doc: MeetingDoc) -> MeetingDoc:
    """Replace the stored meeting with `doc`; refused when approved or changed meanwhile."""
    key = _checked_shape(doc)
    with db.transaction() as session:
        meeting = _by_key(session, key)
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError("这次会议的纪要已审定，不能再修改；如需更正，请登记更正记录")
        expected = doc.get("computed", {}).get("version")
        if expected is not None and expected != meeting.version:
            raise ConcurrentEdit("这次会议刚被另一处修改过；已重新载入，请再做一次这个修改")
        _replace(session, meeting, doc)
        return _snapshot(session, _by_key(session, doc["key"]))


def create_meeting(db: Database, doc: MeetingDoc) -> MeetingDoc:
    key = _checked_shape(doc)
    with db.transaction() as session:
        if session.scalar(select(Meeting.id).where(Meeting.key == key)) is not None:
            raise UserError(f"会议编号“{key}”已被使用；请换一个")
        _replace(session, None, doc)
        return _snapshot(session, _by_key(session, doc["key"]))


def _checked_shape(doc: object) -> str:
    """The outline every save needs, before the archive rules check the rest."""
    if not isinstance(doc, dict):
        raise ValidationError("会议记录的格式不对（应是一个对象）")
    key = doc.get("key")
    if not isinstance(key, str) or not key:
        raise ValidationError("会议缺少编号（key）", path="key")
    if not isinstance(doc.get("computed", {}), dict):
        raise ValidationError("应是一个对象", path="computed")
    if doc.get("status") == MeetingStatus.APPROVED:
        raise UserError("审定纪要请使用“审定”操作，不能直接保存为已审定")
    return key


def _replace(session: Session, meeting: Meeting | None, doc: MeetingDoc) -> None:
    data = copy.deepcopy(doc)
    data.pop("computed", None)
    since = _earliest(data.get("start"), meeting)
    kept = withdraw_from(session, since) if since is not None else []
    old = (meeting.body_id, meeting.start.year) if meeting else None
    rows = _load(session, data, meeting)
    if meeting is not None:
        _delete_children(session, meeting.id)
        session.execute(delete(Meeting).where(Meeting.id == meeting.id))
    tables = Base.metadata.tables
    for name in Rows.TABLES:
        bulk_insert(session, tables[name], getattr(rows, name))
    new = rows.meetings[0]
    if since is not None:
        rederive_from(session, since, kept)
    for body_id, year in {old or (new["body_id"], new["start"].year),
                          (new["body_id"], new["start"].year)}:  # fmt: skip
        renumber(session, body_id, year)
    session.expire_all()


def _earliest(start: object, meeting: Meeting | None) -> dt.datetime | None:
    """From when registry effects must be re-derived: the earlier of old and new day."""
    days = [meeting.start] if meeting else []
    if isinstance(start, str):
        with contextlib.suppress(ValueError):  # the loader reports it with its path
            day = dt.datetime.fromisoformat(start)
            if day.tzinfo is None:  # one with an offset is refused by the loader too
                days.append(day)
    return min(days) if days else None


def _load(session: Session, data: MeetingDoc, meeting: Meeting | None) -> Rows:
    reg = registry_from_db(session, data)
    taken = Keys("会议")
    numbers: dict[tuple[Any, ...], str] = {}
    for row in session.execute(select(Meeting.id, Meeting.key, Meeting.body_id, Meeting.term,
                                      Meeting.sequence)):  # fmt: skip
        if meeting is None or row.id != meeting.id:
            taken.ids[row.key] = row.id
            numbers[(row.body_id, row.term, row.sequence)] = row.key
    rows = Rows(offsets=_offsets(session))
    if meeting is not None:
        rows.offsets["meetings"] = meeting.id - 1  # the meeting keeps its id
    load_one_meeting(data, rows, reg, taken, numbers)
    rows.meetings[0]["version"] = (meeting.version + 1) if meeting else 1
    return rows


def _offsets(session: Session) -> dict[str, int]:
    tables = Base.metadata.tables
    return {
        name: session.scalar(select(func.coalesce(func.max(tables[name].c.id), 0))) or 0
        for name in ("meetings", *_MEETING_TABLES)
    }


def _delete_children(session: Session, meeting_id: int) -> None:
    # Agenda items cascade to decisions, ballots, effects, actions and their updates.
    session.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    session.execute(delete(AttendanceEntry).where(AttendanceEntry.meeting_id == meeting_id))
    session.execute(delete(Correction).where(Correction.meeting_id == meeting_id))


def approve_meeting(db: Database, key: str, when: dt.datetime | None = None) -> MeetingDoc:
    """Lock the minutes: from now on only recorded corrections change them.

    The SHA-256 of the approved form is stored in the same transaction.
    """
    from minutes_app.services import approval

    with db.transaction() as session:
        meeting = _by_key(session, key)
        session.refresh(meeting, with_for_update=True)  # two approvers: the second waits
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError("这次会议的纪要已经审定过了")
        meeting.status = MeetingStatus.APPROVED.value
        meeting.approved_at = (when or dt.datetime.now()).replace(microsecond=0)
        session.flush()
        approval.stamp(session, meeting.id)
        session.refresh(meeting)
        return _snapshot(session, meeting)


def delete_meeting(db: Database, key: str) -> None:
    with db.transaction() as session:
        meeting = _by_key(session, key)
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError("纪要已审定的会议不能删除")
        kept = withdraw_from(session, meeting.start)
        body_year = (meeting.body_id, meeting.start.year)
        since = meeting.start
        _delete_children(session, meeting.id)
        session.execute(delete(Meeting).where(Meeting.id == meeting.id))
        rederive_from(session, since, kept)
        renumber(session, *body_year)
