"""督办, the reading side: every action item as plain rows, overdue first; one item with
its origin and notes; who items can be given to.

The rows come in one pass over the tables (meetings and owners read once), already in
sort_key order, so ten years of items list quickly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from minutes_app.domain.actions import (
    OPEN,
    ActionDetail,
    ActionFilter,
    ActionRow,
    HasRef,
    Owner,
    ProgressNote,
    matches,
)
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.titles import meeting_short_title, meeting_title
from minutes_app.store.database import Database
from minutes_app.store.models import (
    ActionItem,
    ActionUpdate,
    Body,
    Committee,
    Decision,
    Meeting,
    Organisation,
    Person,
    Unit,
)

OWNER_MODELS: dict[str, type[Person] | type[Unit] | type[Committee]] = {
    "person": Person,
    "unit": Unit,
    "committee": Committee,
}


def list_actions(
    db: Database, f: ActionFilter | None = None, as_of: dt.date | None = None
) -> list[ActionRow]:
    day = as_of or dt.date.today()
    with db.reading() as s:
        rows = _all_rows(s, day)  # in sort_key order
    return rows if f is None else [r for r in rows if matches(r, f, day)]


def overdue_count(db: Database, as_of: dt.date | None = None) -> int:
    day = as_of or dt.date.today()
    with db.reading() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(ActionItem)
                .where(ActionItem.status.in_(OPEN), ActionItem.due < day)
            )
            or 0
        )


def get_action(db: Database, ref: HasRef) -> ActionDetail:
    with db.reading() as s:
        item = find_item(s, ref)
        row = _all_rows(s, dt.date.today(), item.id)[0]
        number = item.decision.number if item.decision else None
        notes = tuple(
            ProgressNote(u.on, u.note, u.status, u.due_from, u.due_to) for u in item.updates
        )
        return ActionDetail(row, item.agenda_item.title, number, notes)


def owner_choices(db: Database) -> list[Owner]:
    """Everyone an item can be given to: units, people, committees (each sorted by name)."""
    with db.reading() as s:
        found: list[Owner] = []
        for kind in ("unit", "person", "committee"):
            model = OWNER_MODELS[kind]
            pairs = s.execute(select(model.key, model.name)).all()
            found += sorted((Owner(kind, k, n) for k, n in pairs), key=lambda o: o.name)
        return found


def _all_rows(s: Session, as_of: dt.date, only_id: int | None = None) -> list[ActionRow]:
    """Every item (or one) in sort_key order; meetings and owners are read once."""
    conn = s.connection()  # Core rows: no ORM loading for thousands of items
    meetings = _meeting_facts(s)
    owners = _owners(s)
    last = select(
        ActionUpdate.action_id,
        func.max(ActionUpdate.position).label("position"),
        func.count(ActionUpdate.due_to).label("moved"),
    ).group_by(ActionUpdate.action_id)
    if only_id is not None:
        last = last.where(ActionUpdate.action_id == only_id)
    latest = last.subquery()
    stmt = (
        select(
            ActionItem.id,
            ActionItem.key,
            ActionItem.title,
            ActionItem.due,
            ActionItem.status,
            ActionItem.meeting_id,
            ActionItem.owner_person_id,
            ActionItem.owner_unit_id,
            ActionItem.owner_committee_id,
            Decision.key,
            Decision.text,
            latest.c.moved,
            ActionUpdate.on,
            ActionUpdate.note,
        )
        .outerjoin(Decision, ActionItem.decision_id == Decision.id)
        .outerjoin(latest, latest.c.action_id == ActionItem.id)
        .outerjoin(
            ActionUpdate,
            and_(
                ActionUpdate.action_id == ActionItem.id, ActionUpdate.position == latest.c.position
            ),
        )
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .order_by(*_sort_order(as_of))
    )
    if only_id is not None:
        stmt = stmt.where(ActionItem.id == only_id)
    result = []
    for (
        _id,
        key,
        title,
        due,
        status,
        meeting_id,
        person,
        unit,
        committee,
        dkey,
        dtext,
        moved,
        on,
        note,
    ) in conn.execute(stmt).all():
        owner = (
            owners[("person", person)]
            if person
            else owners[("unit", unit)]
            if unit
            else owners[("committee", committee)]
            if committee
            else None
        )
        mkey, bkey, bname, term, mtitle, short, day = meetings[meeting_id]
        result.append(
            ActionRow(
                mkey,
                key,
                title,
                owner,
                due,
                status,
                bkey,
                bname,
                term,
                mtitle,
                short,
                day,
                dkey,
                dtext,
                note,
                on,
                moved or 0,
            )
        )
    return result


def _sort_order(as_of: dt.date) -> tuple[Any, ...]:
    """sort_key in SQL: overdue first, then due date (none last), meeting day, meeting key."""
    overdue = and_(ActionItem.status.in_(OPEN), ActionItem.due < as_of)
    return (
        case((overdue, 0), else_=1),
        ActionItem.due.is_(None),
        ActionItem.due,
        func.date(Meeting.start),
        Meeting.key,
        ActionItem.id,
    )


_MeetingFacts = tuple[str, str, str, int, str, str, dt.date]


def _meeting_facts(s: Session) -> dict[int, _MeetingFacts]:
    org = s.scalar(select(Organisation.name)) or ""
    stmt = select(
        Meeting.id,
        Meeting.key,
        Meeting.title,
        Meeting.term,
        Meeting.sequence,
        Meeting.start,
        Body.key,
        Body.name,
    ).join(Body)
    return {
        mid: (key, bkey, bname, term, *_titles(org, term, seq, bname, title), start.date())
        for mid, key, title, term, seq, start, bkey, bname in s.connection().execute(stmt)
    }


def _owners(s: Session) -> dict[tuple[str, int], Owner]:
    found: dict[tuple[str, int], Owner] = {}
    for kind, model in OWNER_MODELS.items():
        for oid, key, name in s.connection().execute(select(model.id, model.key, model.name)):
            found[(kind, oid)] = Owner(kind, key, name)
    return found


def _titles(org: str, term: int, seq: int, body: str, title: str | None) -> tuple[str, str]:
    """The meeting's full title and its short form (without the organisation's name)."""
    if not title:
        return meeting_title(org, term, seq, body), meeting_short_title(term, seq, body)
    return title, title.removeprefix(org) if org and title != org else title


def find_item(s: Session, ref: HasRef) -> ActionItem:
    item = s.scalar(
        select(ActionItem)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(Meeting.key == ref.meeting_key, ActionItem.key == ref.action_key)
        .options(selectinload(ActionItem.updates))
    )
    if item is None:
        raise UserError(msg("action.not_found", meeting=ref.meeting_key, action=ref.action_key))
    return item
