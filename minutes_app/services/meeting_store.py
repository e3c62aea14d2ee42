"""Reading and saving one meeting: every edit in the window is one call here.

The window edits a typed `Meeting` (domain.records) and saves it back. A save checks it
with the archive's own rules (so whatever the window accepts, the archive accepts),
then changes only the rows that differ (services.meeting_diff), in one transaction with
the meeting's version checked. Registry entries are re-derived only for the units,
people and committees that the changed effects name, from the meeting's day on, and
resolutions are renumbered only when what numbers them changed. Undo is saving the
earlier form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.records import Meeting as MeetingRecord
from minutes_app.io.archive.fields import Keys
from minutes_app.io.archive.meeting_codec import meeting_to_json
from minutes_app.services import approval
from minutes_app.services.archive_load.meetings import load_one_meeting
from minutes_app.services.archive_load.registry import Registry
from minutes_app.services.archive_read import one_meeting
from minutes_app.services.meeting_diff import Changes, plan_rows, write_plan
from minutes_app.services.meeting_reads import MEETING_TABLES, SaveReads, read_for_save
from minutes_app.services.meeting_records import KeyMaps, read_meetings
from minutes_app.services.meeting_saved import put_numbers, saved_meeting, written_tables
from minutes_app.services.numbering import renumber
from minutes_app.services.rederive import Named, rederive_from, withdraw_from
from minutes_app.services.registry_committees import (
    CreatedCommittee,
    drop_unused_committees,
    recreate_committees,
)
from minutes_app.store.bulk import bulk_insert
from minutes_app.store.database import Database
from minutes_app.store.models import Base, Decision, Effect, Meeting
from minutes_app.store.rows import Row, Rows

# Meeting columns a save never takes from the loader: identity, approval, the hash.
_MEETING_KEPT = {"id", "version", "content_hash"}


class ConcurrentEdit(UserError):
    pass


def get_meeting(db: Database, key: str, as_of: dt.date | None = None) -> MeetingRecord:
    with db.reading() as session:
        return read_meeting(session, by_key(session, key), as_of)


def read_meeting(session: Session, meeting: Meeting, as_of: dt.date | None = None) -> MeetingRecord:
    """The stored meeting as a typed record, straight from its rows (no archive form)."""
    snap, keys, org_name = one_meeting(session, meeting.id)
    names = KeyMaps.of(keys)
    return read_meetings(snap, names, org_name, as_of or dt.date.today())[0]


def by_key(session: Session, key: str) -> Meeting:
    meeting = session.scalar(select(Meeting).where(Meeting.key == key))
    if meeting is None:
        raise UserError(msg("meeting.not_found", key=key))
    return meeting


def save_meeting(
    db: Database, record: MeetingRecord, committees: CommitteeStep | None = None
) -> MeetingRecord:
    """Store `record` over the stored meeting; refused when approved or changed meanwhile.

    `committees`: those the edit (undone or redone) made with it, put back before the
    save or deleted after it when nothing points at them, in the same transaction.
    """
    _check_saveable(record)
    with db.transaction() as session:
        meeting = by_key(session, record.key)
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError(msg("meeting.approved_locked"))
        if record.version != meeting.version:
            raise ConcurrentEdit(msg("meeting.changed_elsewhere"))
        if committees is not None:
            recreate_committees(session, committees.recreate)
        stored = store_changes(session, meeting, meeting_to_json(record))
        if committees is not None:
            drop_unused_committees(session, [c.key for c in committees.drop])
        return stored.record(session)


@dataclass(frozen=True)
class CommitteeStep:
    """Committees made by an edit: put back (its redo) or dropped if unused (its undo)."""

    recreate: tuple[CreatedCommittee, ...] = ()
    drop: tuple[CreatedCommittee, ...] = ()


def create_meeting(
    db: Database, record: MeetingRecord, now: dt.datetime | None = None
) -> MeetingRecord:
    """Add a meeting; one entered for a start that has passed is held (docs/rules.md)."""
    _check_saveable(record)
    if record.status is MeetingStatus.PLANNED and record.start <= (now or dt.datetime.now()):
        record.status = MeetingStatus.HELD
    with db.transaction() as session:
        if session.scalar(select(Meeting.id).where(Meeting.key == record.key)) is not None:
            raise UserError(msg("meeting.key_taken", key=record.key))
        insert_meeting(session, meeting_to_json(record))
        return read_meeting(session, by_key(session, record.key))


def insert_meeting(session: Session, data: dict[str, Any]) -> None:
    """Add a meeting in archive form (checked by the loader) with what follows from it."""
    data = {k: v for k, v in data.items() if k != "computed"}
    rows = _load(session, data, None).rows
    tables = Base.metadata.tables
    for name in Rows.TABLES:
        bulk_insert(session, tables[name], getattr(rows, name))
    new = rows.meetings[0]
    _rederive(session, new["start"], Named.of(rows.effects))
    renumber(session, new["body_id"], new["start"].year)
    session.expire_all()


def _check_saveable(record: MeetingRecord) -> None:
    if not record.key:
        raise UserError(msg("meeting.key_missing"))
    if record.status is MeetingStatus.APPROVED:
        raise UserError(msg("meeting.save_approved"))


@dataclass
class Stored:
    """What a save stored: what changed, and the meeting's rows as they are now."""

    changes: Changes
    tables: dict[str, list[Row]]
    registry: Registry
    org_name: str

    def record(self, session: Session) -> MeetingRecord:
        """The saved meeting, built from the rows written (nothing is read back)."""
        return saved_meeting(session, self.tables, self.registry, self.org_name)


def store_changes(session: Session, meeting: Meeting, data: dict[str, Any]) -> Stored:
    """Make the stored meeting equal to `data` (archive form), changing only what differs.

    The approval lock is the caller's to check (a correction bypasses it).
    """
    old_start, old_body, version = meeting.start, meeting.body_id, meeting.version
    was_held = meeting.status != MeetingStatus.PLANNED
    current = _columns(meeting)
    data = {k: v for k, v in data.items() if k != "computed"}
    loaded = _load(session, data, meeting)
    rows, reg, old_rows = loaded.rows, loaded.reads.registry, loaded.reads.stored
    new = rows.meetings[0]
    signature = _numbering(old_rows)
    plan = plan_rows(old_rows, {n: getattr(rows, n) for n in MEETING_TABLES})
    # Moved, or held ↔ planned: every effect of the meeting starts or stops applying.
    moved = new["start"] != old_start or was_held != (new["status"] != MeetingStatus.PLANNED)
    named = _named(plan.changes, old_rows, rows, moved)
    since = min(old_start, new["start"])
    # Withdraw while the old effects are still stored: removing a revocation reopens.
    kept = withdraw_from(session, since, named) if named else []
    _update_meeting(session, current, new, version)
    write_plan(session, plan)
    if named:
        rederive_from(session, since, kept, named)
    tables = written_tables(rows, old_rows, current, reg)
    renumbered = _numbering({n: getattr(rows, n) for n in ("agenda_items", "decisions")})
    if moved or new["body_id"] != old_body or renumbered != signature:
        for body_id, year in {(old_body, old_start.year), (new["body_id"], new["start"].year)}:
            put_numbers(tables, renumber(session, body_id, year))
    session.expire_all()
    return Stored(plan.changes, tables, reg, loaded.reads.org_name)


def _columns(meeting: Meeting) -> Row:
    """The stored meeting row, from the object already loaded (no second read)."""
    return {a.columns[0].name: getattr(meeting, a.key) for a in inspect(Meeting).column_attrs}


def _update_meeting(session: Session, current: Row, new: Row, version: int) -> None:
    table = Base.metadata.tables["meetings"]
    values = {c: v for c, v in new.items() if c not in _MEETING_KEPT and current.get(c) != v}
    result = session.execute(
        update(table)
        .where(table.c.id == current["id"], table.c.version == version)
        .values(**values, version=version + 1)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentEdit(msg("meeting.changed_elsewhere"))


def _named(changes: Changes, old: dict[str, list[Row]], rows: Rows, moved: bool) -> Named:
    """The registry records whose derived entries this save may change."""
    if moved:  # every effect of the meeting now dates from another day
        return Named.of(old["effects"] + rows.effects)
    changed = changes.decisions_changed
    effects = changes.effects_old + changes.effects_new
    effects += [e for e in old["effects"] + rows.effects if e["decision_id"] in changed]
    return Named.of(effects)


def _rederive(
    session: Session, since: dt.datetime, named: Named, *, withdraw_first: bool = False
) -> None:
    kept = withdraw_from(session, since, named) if withdraw_first else []
    rederive_from(session, since, kept, named)


def _numbering(rows: dict[str, list[Row]]) -> list[tuple[Any, ...]]:
    """What resolution numbers depend on: the decisions' order and outcomes."""
    items = {r["id"]: r["position"] for r in rows["agenda_items"]}
    return sorted(
        (items[d["agenda_item_id"]], d["position"], d["key"], d["outcome"])
        for d in rows["decisions"]
    )


def _load(session: Session, data: dict[str, Any], meeting: Meeting | None) -> SaveLoad:
    """The meeting's rows as the loader makes them, checked against what is stored."""
    reads = read_for_save(session, data, meeting.id if meeting is not None else None)
    taken = Keys("会议")
    numbers: dict[tuple[Any, ...], str] = {}
    for row in reads.others:
        taken.ids[row["key"]] = row["id"]
        numbers[(row["body_id"], row["term"], row["sequence"])] = row["key"]
    rows = Rows(offsets=reads.offsets)
    if meeting is not None:
        rows.offsets["meetings"] = meeting.id - 1  # the meeting keeps its id
    load_one_meeting(data, rows, reads.registry, taken, numbers)
    rows.meetings[0]["version"] = (meeting.version + 1) if meeting else 1
    return SaveLoad(rows, reads)


@dataclass
class SaveLoad:
    rows: Rows
    reads: SaveReads


def approve_meeting(db: Database, key: str, when: dt.datetime | None = None) -> MeetingRecord:
    """Lock the minutes: from now on only recorded corrections change them.

    The SHA-256 of the approved form is stored in the same transaction.
    """
    with db.transaction() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.key == key).with_for_update())
        if meeting is None:
            raise UserError(msg("meeting.not_found", key=key))
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError(msg("meeting.already_approved"))
        meeting.status = MeetingStatus.APPROVED.value
        meeting.approved_at = (when or dt.datetime.now()).replace(microsecond=0)
        session.flush()
        approval.stamp(session, meeting.id)
        session.refresh(meeting)
        return read_meeting(session, meeting)


def delete_meeting(db: Database, key: str) -> None:
    with db.transaction() as session:
        meeting = by_key(session, key)
        if meeting.status == MeetingStatus.APPROVED:
            raise UserError(msg("meeting.delete_approved"))
        effects = [
            {
                "id": e.id,
                "unit_id": e.unit_id,
                "person_id": e.person_id,
                "committee_id": e.committee_id,
            }
            for e in session.scalars(
                select(Effect).join(Decision).where(Decision.meeting_id == meeting.id)
            )
        ]
        named = Named.of(effects)
        since, body_year = meeting.start, (meeting.body_id, meeting.start.year)
        kept = withdraw_from(session, since, named) if named else []
        session.execute(delete(Meeting).where(Meeting.id == meeting.id))  # rows cascade
        if named:
            rederive_from(session, since, kept, named)
        renumber(session, *body_year)
