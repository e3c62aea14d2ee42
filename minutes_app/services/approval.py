"""The fingerprint of approved minutes: SHA-256 of the meeting's canonical archive form.

The canonical form is the meeting as the archive writes it (`meeting_snapshot`), with
every `computed` field removed at every level (they are derived, and an action's
`overdue` changes by itself), serialised with sorted keys, no spaces and UTF-8 text.
It is stored when the minutes are approved and again with each recorded correction,
in the same transaction; `minutes-app check` recomputes it, so a change made outside
the app (an SQL editor, a restored half of a file) is named.

A change to the archive form of meetings changes every fingerprint: such a release
must verify the old fingerprints and store new ones in its migration.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.io.archive.export import Keys, Snapshot, meeting_snapshot
from minutes_app.io.archive.export_meetings import export_meetings
from minutes_app.store.models import Meeting, Organisation

Doc = dict[str, Any]
_MEETINGS: Table = Meeting.__table__  # type: ignore[assignment]
_SCOPED_MAX = 200


def without_computed(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_computed(v) for k, v in value.items() if k != "computed"}
    if isinstance(value, list):
        return [without_computed(v) for v in value]
    return value


def canonical_form(doc: Doc) -> str:
    return json.dumps(
        without_computed(doc), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def fingerprint(doc: Doc) -> str:
    """SHA-256 (hex) of the canonical form."""
    data = canonical_form(doc).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def stamp(session: Session, meeting_id: int) -> str:
    """Store the fingerprint of one meeting as it is now in this transaction."""
    session.flush()
    value = fingerprint(meeting_snapshot(session, meeting_id, dt.date.today()))
    session.execute(
        update(_MEETINGS).where(_MEETINGS.c.id == meeting_id).values(content_hash=value)
    )
    return value


def stamp_approved(session: Session, meeting_ids: Iterable[int] | None = None) -> int:
    """Store the fingerprints of all approved meetings (among `meeting_ids`) in one pass."""
    values = [
        {"_id": meeting_id, "content_hash": fingerprint(doc)}
        for meeting_id, doc in _approved_docs(session, meeting_ids)
    ]
    if values:
        stmt = (
            update(_MEETINGS)
            .where(_MEETINGS.c.id == bindparam("_id"))
            .values(content_hash=bindparam("content_hash"))
        )
        session.connection().execute(stmt, values)
    return len(values)


@dataclass(frozen=True)
class Mismatch:
    key: str
    title: str
    problem: str

    def message(self) -> str:
        return f"会议“{self.title}”（{self.key}）{self.problem}"


def verify(session: Session) -> list[Mismatch]:
    """Every approved meeting whose stored fingerprint is missing or no longer matches."""
    found = []
    for row in session.execute(
        select(Meeting.id, Meeting.key, Meeting.status, Meeting.content_hash).where(
            Meeting.content_hash.is_not(None), Meeting.status != MeetingStatus.APPROVED.value
        )
    ):
        found.append(Mismatch(row.key, row.key, "已审定，但审定状态在本程序之外被改回了"))
    docs = dict(_approved_docs(session, None))
    stored = {
        r.id: r.content_hash for r in session.execute(select(Meeting.id, Meeting.content_hash))
    }
    for meeting_id, doc in docs.items():
        title = doc["computed"]["title"]
        if stored.get(meeting_id) is None:
            found.append(Mismatch(doc["key"], title, "已审定，但没有校验值（SHA-256）"))
        elif stored[meeting_id] != fingerprint(doc):
            found.append(
                Mismatch(doc["key"], title, "的记录在本程序之外被改动过（SHA-256 校验值不符）")
            )
    return found


def _approved_docs(session: Session, meeting_ids: Iterable[int] | None) -> list[tuple[int, Doc]]:
    stmt = select(Meeting.id, Meeting.key).where(Meeting.status == MeetingStatus.APPROVED.value)
    ids = {row.key: row.id for row in session.execute(stmt)}
    if meeting_ids is not None:
        wanted = set(meeting_ids)
        ids = {key: meeting_id for key, meeting_id in ids.items() if meeting_id in wanted}
    if not ids:
        return []
    # Many meetings: read the tables whole once rather than through long IN lists.
    snap = Snapshot(session, set(ids.values()) if len(ids) <= _SCOPED_MAX else None)
    org = session.scalar(select(Organisation.name)) or ""
    docs = export_meetings(snap, Keys(snap, registry=False), org, dt.date.today())
    return [(ids[doc["key"]], doc) for doc in docs if doc["key"] in ids]
