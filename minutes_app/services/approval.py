"""Approved minutes and the append-only log that proves them.

Each approval, correction, follow-up of an approved meeting's action items, merge and
import appends an entry to `approval_log`: the canonical content of the minutes at that
moment (services.approval_content, fingerprint version 1), its SHA-256, and a hash that
covers the previous entry's, so the entries form a chain. The meeting keeps the
SHA-256 of its latest entry in `content_hash`.

`minutes-app check` walks the chain and rebuilds the content of every approved meeting
from the tables: an entry changed, removed from the middle or out of order; a meeting
approved without an entry, set back to draft, or changed outside the app, is named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.papers import ApprovedNames, NamedPerson
from minutes_app.services.approval_content import Content, contents
from minutes_app.store.models import ApprovalEntry, Meeting

_MEETINGS: Table = Meeting.__table__  # type: ignore[assignment]
_LOG: Table = ApprovalEntry.__table__  # type: ignore[assignment]
GENESIS = "0" * 64


def canonical_text(content: Content) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_hash(prev: str, seq: int, key: str, event: str, at: dt.datetime, digest: str) -> str:
    return sha256("|".join((prev, str(seq), key, event, at.isoformat(timespec="seconds"), digest)))


def stamp(session: Session, meeting_id: int, event: str = "approved") -> str:
    """Log the content of one meeting as it is now in this transaction; its SHA-256."""
    return stamp_approved(session, [meeting_id], event)[meeting_id]


def stamp_approved(
    session: Session,
    meeting_ids: Iterable[int] | None = None,
    event: str = "approved",
    *,
    only_changed: bool = False,
) -> dict[int, str]:
    """Log the approved meetings among `meeting_ids` (all when None), in one pass.

    With `only_changed`, a meeting whose content is what its latest entry holds gets no
    new entry (follow-up notes do not change approved minutes)."""
    session.flush()
    stmt = select(Meeting.id, Meeting.key).where(Meeting.status == MeetingStatus.APPROVED.value)
    if meeting_ids is not None:
        stmt = stmt.where(Meeting.id.in_(sorted(set(meeting_ids))))
    keys = {r.id: r.key for r in session.execute(stmt.order_by(Meeting.start, Meeting.id))}
    built = contents(session, list(keys))
    last = session.execute(
        select(_LOG.c.seq, _LOG.c.entry_hash).order_by(_LOG.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq, last.entry_hash) if last else (0, GENESIS)
    at = dt.datetime.now().replace(microsecond=0)
    entries, hashes = [], {}
    current = {
        r.id: r.content_hash for r in session.execute(select(Meeting.id, Meeting.content_hash))
    }
    for meeting_id, key in keys.items():
        text = canonical_text(built[meeting_id])
        digest = sha256(text)
        if only_changed and current.get(meeting_id) == digest:
            continue
        seq += 1
        chained = entry_hash(prev, seq, key, event, at, digest)
        entries.append(
            {
                "seq": seq,
                "meeting_key": key,
                "event": event,
                "at": at,
                "content": text,
                "content_hash": digest,
                "prev_hash": prev,
                "entry_hash": chained,
            }
        )
        prev = chained
        hashes[meeting_id] = digest
    if entries:
        session.execute(_LOG.insert(), entries)
        session.connection().execute(
            update(_MEETINGS)
            .where(_MEETINGS.c.id == bindparam("_id"))
            .values(content_hash=bindparam("digest")),
            [{"_id": i, "digest": d} for i, d in hashes.items()],
        )
    return hashes


def approved_content(session: Session, meeting_key: str) -> Content | None:
    """The content the latest entry of this meeting logged (what was approved), if any."""
    text = session.scalar(
        select(_LOG.c.content)
        .where(_LOG.c.meeting_key == meeting_key)
        .order_by(_LOG.c.seq.desc())
        .limit(1)
    )
    return json.loads(text) if text else None


def approved_names(session: Session, meeting_key: str) -> ApprovedNames | None:
    """How the latest entry of this meeting named everyone (fingerprint version 1)."""
    content = approved_content(session, meeting_key)
    if content is None:
        return None
    names = content["names"]
    people = {
        key: NamedPerson(p["name"], p.get("unit"), p.get("title"))
        for key, p in names["people"].items()
    }
    return ApprovedNames(
        names.get("organisation"), dict(names["units"]), people, dict(names["committees"])
    )


def adopt_unlogged(session: Session) -> int:
    """Approved meetings with no entry get their first: only for a database just upgraded
    from a version older than the log (see services.database.open_database)."""
    logged = select(_LOG.c.meeting_key).distinct()
    stmt = select(Meeting.id).where(
        Meeting.status == MeetingStatus.APPROVED.value, Meeting.key.not_in(logged)
    )
    ids = list(session.scalars(stmt))
    return len(stamp_approved(session, ids, "adopted")) if ids else 0


def unlogged_count(session: Session) -> int:
    logged = select(_LOG.c.meeting_key).distinct()
    return (
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .where(Meeting.status == MeetingStatus.APPROVED.value, Meeting.key.not_in(logged))
        )
        or 0
    )


@dataclass(frozen=True)
class Mismatch:
    key: str
    title: str
    problem: str

    def message(self) -> str:
        return f"会议“{self.title}”（{self.key}）{self.problem}"


def verify(session: Session) -> list[Mismatch]:
    """Every break in the chain, and every approved meeting that is not what was logged."""
    found = _chain_breaks(session)
    latest: dict[str, Any] = {}
    approvals: dict[str, int] = {}
    for row in session.execute(select(_LOG).order_by(_LOG.c.seq)):
        latest[row.meeting_key] = row
        if row.event == "approved":
            approvals[row.meeting_key] = approvals.get(row.meeting_key, 0) + 1
    meetings = {
        r.key: r
        for r in session.execute(
            select(Meeting.id, Meeting.key, Meeting.title, Meeting.status, Meeting.content_hash)
        )
    }
    approved = [m for m in meetings.values() if m.status == MeetingStatus.APPROVED]
    live = contents(session, [m.id for m in approved])
    for key, entry in latest.items():
        m = meetings.get(key)
        title = json.loads(entry.content)["meeting"]["title"]
        if m is None:
            found.append(Mismatch(key, title, "已审定，但这次会议已从数据库中消失"))
        elif m.status != MeetingStatus.APPROVED:
            found.append(Mismatch(key, title, "已审定，但审定状态在本程序之外被改回了"))
    for key, count in approvals.items():
        if count > 1:  # the app cannot undo an approval: it was undone outside it
            title = json.loads(latest[key].content)["meeting"]["title"]
            found.append(Mismatch(key, title, f"被审定了{count}次：审定曾在本程序之外被撤销"))
    for m in approved:
        entry = latest.get(m.key)
        content = live[m.id]
        title = content["meeting"]["title"]
        if entry is None:
            found.append(
                Mismatch(m.key, title, "已审定，但审定记录中没有它（审定记录被删除或被伪造）")
            )
        elif sha256(entry.content) != entry.content_hash or m.content_hash != entry.content_hash:
            found.append(Mismatch(m.key, title, "的审定记录或校验值（SHA-256）被改动过"))
        elif json.loads(entry.content)["meeting"] != content["meeting"]:
            found.append(Mismatch(m.key, title, "的记录在本程序之外被改动过（与审定时的内容不符）"))
    return found


def _chain_breaks(session: Session) -> list[Mismatch]:
    found = []
    prev, expected = GENESIS, 1
    for row in session.execute(select(_LOG).order_by(_LOG.c.seq)):
        title = row.meeting_key
        if row.seq != expected or row.prev_hash != prev:
            found.append(
                Mismatch(
                    row.meeting_key, title, "的审定记录链断开（有记录被删除、插入或调换了次序）"
                )
            )
        digest = entry_hash(
            row.prev_hash, row.seq, row.meeting_key, row.event, row.at, row.content_hash
        )
        if digest != row.entry_hash:
            found.append(Mismatch(row.meeting_key, title, "的审定记录被改动过（记录链校验值不符）"))
        prev, expected = row.entry_hash, row.seq + 1
    return found
