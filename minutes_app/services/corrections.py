"""Corrections to approved minutes: the only way they change after approval.

A correction names one field of the meeting's archive form by its path (as in the
archive's error messages: `location`, `agenda[0].notes`,
`agenda[0].decisions[1].vote.for`), the old and the new value, the reason, who made it
and when. In one transaction it changes the stored meeting (checked by the same rules
as any save, the approval lock deliberately bypassed here and only here), appends the
correction to the meeting's record, keeps the resolution numbers already given, and
stores the new SHA-256 of the approved form. The 纪要 shows corrections as 更正 notes.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import msg
from minutes_app.domain.records import Meeting as MeetingRecord
from minutes_app.domain.validation import NAME_MAX, TEXT_MAX, require_text
from minutes_app.services import approval
from minutes_app.services.archive_read import iso, meeting_snapshot
from minutes_app.services.meeting_store import by_key, read_meeting, store_changes
from minutes_app.services.numbering import renumber
from minutes_app.store.database import Database
from minutes_app.store.models import Decision, Meeting

Path = list[str | int]
Doc = dict[str, Any]  # the archive form, whose paths a correction names
_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d{1,6}\])*)")
# What a correction may not touch: identity, the approval itself and the record of changes.
_FIXED = {"key", "status", "approved_at", "corrections", "computed"}
_NUMBERS = tuple[int | None, int | None, str | None]


def parse_field(field: str) -> Path:
    """`agenda[0].decisions[1].text` → ["agenda", 0, "decisions", 1, "text"]."""
    if not isinstance(field, str) or not field or len(field) > NAME_MAX:
        raise ValidationError(msg("correction.no_field"))
    path: Path = []
    for part in field.split("."):
        match = _TOKEN.fullmatch(part)
        if match is None:
            raise ValidationError(msg("correction.bad_field", field=field[:80]))
        path.append(match.group(1))
        path.extend(int(i) for i in re.findall(r"\d+", match.group(2)))
    if path[0] in _FIXED or "computed" in path:
        raise ValidationError(msg("correction.fixed", field=path[0]))
    return path


def value_at(doc: Doc, path: Path) -> Any:
    node: Any = doc
    for step in path:
        node = _step(node, step, path)
    return node


def _step(node: Any, step: str | int, path: Path) -> Any:
    if isinstance(step, int) and isinstance(node, list) and step < len(node):
        return node[step]
    if isinstance(step, str) and isinstance(node, dict):
        return node.get(step)
    raise ValidationError(msg("correction.no_such_field", field=_field_text(path)))


def set_value(doc: Doc, path: Path, value: Any) -> None:
    parent = value_at(doc, path[:-1])
    last = path[-1]
    in_list = isinstance(last, int) and isinstance(parent, list) and last < len(parent)
    if in_list or (isinstance(last, str) and isinstance(parent, dict)):
        parent[last] = value
    else:
        raise ValidationError(msg("correction.no_such_field", field=_field_text(path)))


def as_text(value: Any) -> str | None:
    """How a value is kept in the correction record: text as typed, others as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field_text(path: Path) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def record_correction(
    db: Database,
    key: str,
    field: str,
    new: Any,
    reason: str,
    by: str,
    *,
    when: dt.datetime | None = None,
    expected_old: Any = ...,
) -> MeetingRecord:
    """Correct one field of approved minutes; returns the meeting as now stored."""
    path = parse_field(field)
    require_text(reason, "更正理由", TEXT_MAX)
    require_text(by, "更正人", NAME_MAX)
    made_at = (when or dt.datetime.now()).replace(microsecond=0)
    with db.transaction() as session:
        meeting = by_key(session, key)
        if meeting.status != MeetingStatus.APPROVED:
            raise UserError(msg("correction.not_approved"))
        doc = meeting_snapshot(session, meeting.id, dt.date.today())
        old = value_at(doc, path)
        if expected_old is not ... and old != expected_old:
            raise UserError(msg("correction.changed"))
        if old == new:
            raise UserError(msg("correction.same"))
        corrected = _corrected(doc, path, new, reason.strip(), by.strip(), made_at)
        _store(session, meeting, corrected)
        return read_meeting(session, by_key(session, key))


def _corrected(doc: Doc, path: Path, new: Any, reason: str, by: str, made_at: dt.datetime) -> Doc:
    result = copy.deepcopy(doc)
    old = value_at(result, path)
    set_value(result, path, copy.deepcopy(new))
    entry = {
        "field": _field_text(path),
        "old": as_text(old),
        "new": as_text(new),
        "reason": reason,
        "by": by,
        "at": iso(made_at),
    }
    result.setdefault("corrections", []).append(entry)
    return result


def _store(session: Session, meeting: Meeting, doc: Doc) -> None:
    """Write the corrected form through the meeting store, keeping the numbers given."""
    meeting_id, body_id, year = meeting.id, meeting.body_id, meeting.start.year
    numbers = _numbers(session, meeting_id)
    store_changes(session, meeting, doc)  # checks the whole meeting; the lock is bypassed here
    moved = session.execute(
        select(Meeting.body_id, Meeting.start).where(Meeting.id == meeting_id)
    ).one()
    if (moved.body_id, moved.start.year) == (body_id, year):
        _keep_numbers(session, meeting_id, numbers)
        renumber(session, body_id, year)
    approval.stamp(session, meeting_id, "corrected")
    session.expire_all()


def _numbers(session: Session, meeting_id: int) -> dict[str, _NUMBERS]:
    rows = session.execute(
        select(Decision.key, Decision.number_year, Decision.number_seq, Decision.number).where(
            Decision.meeting_id == meeting_id, Decision.number_seq.is_not(None)
        )
    )
    return {r.key: (r.number_year, r.number_seq, r.number) for r in rows}


def _keep_numbers(session: Session, meeting_id: int, numbers: dict[str, _NUMBERS]) -> None:
    """A resolution number, once given in approved minutes, never changes."""
    table: Table = Decision.__table__  # type: ignore[assignment]
    for key, (year, seq, number) in numbers.items():
        session.execute(
            update(table)
            .where(
                table.c.meeting_id == meeting_id,
                table.c.key == key,
                table.c.outcome == Outcome.PASSED.value,
            )
            .values(number_year=year, number_seq=seq, number=number)
        )
