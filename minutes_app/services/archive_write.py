"""Rows → database, in one transaction the caller holds."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.services.approval import stamp_approved
from minutes_app.services.effects import Replay
from minutes_app.store.bulk import bulk_insert
from minutes_app.store.models import Base, Body, Meeting, Organisation, Person, Unit
from minutes_app.store.rows import Rows


def is_empty(session: Session) -> bool:
    return not any(
        session.scalar(select(func.count()).select_from(model))
        for model in (Organisation, Unit, Person, Body, Meeting)
    )


def clear_all(session: Session) -> None:
    tables = Base.metadata.tables
    for name in reversed(Rows.TABLES):
        session.execute(delete(tables[name]))


def write_rows(session: Session, rows: Rows) -> None:
    tables = Base.metadata.tables
    for name in Rows.TABLES:
        bulk_insert(session, tables[name], getattr(rows, name))
    _apply_effects(session, rows)
    _apply_hand_ends(session, rows)
    _stamp_approved(session, rows)


def _stamp_approved(session: Session, rows: Rows) -> None:
    """Approved minutes get their SHA-256 fingerprint from what was just written."""
    approved = [m["id"] for m in rows.meetings if m["status"] == MeetingStatus.APPROVED]
    if approved:
        stamp_approved(session, approved, "imported")


def _apply_effects(session: Session, rows: Rows) -> None:
    """Apply the effects of passed decisions in the order the meetings were held.

    Replayed in memory (services.effects.Replay) and written in bulk: the same result
    as applying them one by one, without thousands of statements on a ten-year archive.
    """
    meetings = {m["id"]: m for m in rows.meetings}
    held = {m["id"] for m in rows.meetings if m["status"] != MeetingStatus.PLANNED}
    decisions = {
        d["id"]: d
        for d in rows.decisions
        if d["outcome"] == Outcome.PASSED and d["meeting_id"] in held  # docs/rules.md
    }
    effects = [e for e in rows.effects if e["decision_id"] in decisions]

    def when(effect: dict[str, object]) -> tuple[object, ...]:
        decision = decisions[effect["decision_id"]]
        return (
            meetings[decision["meeting_id"]]["start"],
            decision["meeting_id"],
            decision["agenda_item_id"],
            decision["position"],
            effect["position"],
        )

    replay = Replay(rows)
    for effect in sorted(effects, key=when):
        decision = decisions[effect["decision_id"]]
        replay.apply(effect, meetings[decision["meeting_id"]]["start"].date())
    replay.write(session)
    applied = [{"_id": e["id"]} for e in effects]
    if applied:
        table = Base.metadata.tables["effects"]
        stmt = update(table).where(table.c.id == bindparam("_id")).values(applied=True)
        session.connection().execute(stmt, applied)


def _apply_hand_ends(session: Session, rows: Rows) -> None:
    """Find each derived entry by its decision and what it grants, then end it."""
    if not rows.hand_ends:
        return
    meetings = {m["id"]: m["key"] for m in rows.meetings}
    refs = {d["id"]: f"{meetings[d['meeting_id']]}/{d['key']}" for d in rows.decisions}
    effects: dict[tuple[str, int, object], int] = {}
    for e in rows.effects:
        owner, what = (
            (e["unit_id"], e["role"]) if e["type"] == "grant_role" else (e["person_id"], e["title"])
        )
        effects[(refs[e["decision_id"]], owner, what)] = e["id"]
    tables = Base.metadata.tables
    for hand in rows.hand_ends:
        effect_id = effects.get((hand["by"], hand["owner_id"], hand["what"]))
        if effect_id is None:
            continue
        table = tables[hand["table"]]
        session.execute(
            update(table)
            .where(table.c.granted_by_id == effect_id, table.c.end.is_(None))
            .values(end=hand["end"], reason=hand["reason"])
        )
