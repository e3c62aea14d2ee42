"""上次会议议定事项落实情况: the body's open action items, for the next meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from minutes_app.domain.enums import ACTION_STATUS_ZH, ActionStatus
from minutes_app.domain.titles import chinese_date
from minutes_app.store.database import Database
from minutes_app.store.models import ActionItem, Body, Meeting

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class OpenAction:
    meeting_key: str
    action_key: str
    title: str
    owner: str
    due: dt.date | None
    status: str
    latest_note: str | None
    latest_on: dt.date | None


def owner_name(action: ActionItem) -> str:
    if action.owner_person is not None:
        return action.owner_person.name
    if action.owner_unit is not None:
        return action.owner_unit.name
    return action.owner_committee.name if action.owner_committee else ""


def open_actions_before(db: Database, body_key: str, before: dt.datetime) -> list[OpenAction]:
    with db.reading() as s:
        stmt = (
            select(ActionItem)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .join(Body, Meeting.body_id == Body.id)
            .where(Body.key == body_key, Meeting.start < before, ActionItem.status.in_(OPEN))
            .order_by(ActionItem.due.is_(None), ActionItem.due, Meeting.start, ActionItem.id)
            .options(selectinload(ActionItem.updates), selectinload(ActionItem.meeting))
        )
        result = []
        for a in s.scalars(stmt):
            last = a.updates[-1] if a.updates else None
            result.append(
                OpenAction(
                    a.meeting.key,
                    a.key,
                    a.title,
                    owner_name(a),
                    a.due,
                    a.status,
                    last.note if last else None,
                    last.on if last else None,
                )
            )
        return result


def review_notes(db: Database, body_key: str, before: dt.datetime) -> str | None:
    """The item's notes: one numbered line per open action with its latest progress."""
    items = open_actions_before(db, body_key, before)
    if not items:
        return None
    lines = []
    for n, a in enumerate(items, 1):
        due = f"，完成时限{chinese_date(a.due)}" if a.due else ""
        line = f"{n}. {a.title}（责任：{a.owner}{due}，{ACTION_STATUS_ZH[ActionStatus(a.status)]}）"
        if a.latest_note:
            line += (
                f"最新进展：{a.latest_note}（{chinese_date(a.latest_on)}）"
                if a.latest_on
                else f"最新进展：{a.latest_note}"
            )
        lines.append(line)
    return "\n".join(lines)
