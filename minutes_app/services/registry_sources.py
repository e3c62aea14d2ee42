"""Where a registry entry came from: a decision of a meeting, or a change by hand.

A change by hand (手工调整) keeps its reason in the entry's `reason` column. An entry
made by hand and later ended by hand keeps both: the reason for the start, then
END_MARK, then the reason for the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes_app.domain.titles import decision_name, meeting_title
from minutes_app.store.models import AgendaItem, Body, Decision, Effect, Meeting, Organisation

END_MARK = "\n结束原因："
BY_HAND = "手工调整"
EARLIER = "原有登记"  # in the registry before the first decision recorded here


@dataclass(frozen=True)
class Source:
    """A decision ("MEETING/DECISION" with its meeting), or 手工调整 with a reason."""

    decision: str | None = None
    meeting_key: str | None = None
    meeting_title: str | None = None
    decision_number: str | None = None
    day: dt.date | None = None
    reason: str | None = None
    decision_name: str | None = None  # 第二项议题的决定: what the window shows, never the key

    def label(self, organisation: str = "") -> str:
        """第五届第五次理事长会议 第二项议题的决定（五届理事长会决〔2024〕7号）."""
        title = (self.meeting_title or "").removeprefix(organisation) if organisation else (
            self.meeting_title or "")  # fmt: skip
        number = f"（{self.decision_number}）" if self.decision_number else ""
        return f"{title} {self.decision_name or ''}{number}".strip()

    @property
    def by_hand(self) -> bool:
        return self.decision is None

    def describe(self) -> str:
        """决定 m-5-5/d-2（天津市…第五届第五次理事长会议）, or 手工调整：reason."""
        if self.decision is not None:
            return self.label()
        return f"{BY_HAND}：{self.reason}" if self.reason else EARLIER


def split_reason(reason: str | None) -> tuple[str | None, str | None]:
    """(reason for the start, reason for the end) of one entry."""
    if not reason:
        return None, None
    start, mark, end = reason.partition(END_MARK)
    return (start or None), (end or None) if mark else None


def join_reason(start: str | None, end: str | None) -> str | None:
    if end is None:
        return start
    return (start or "") + END_MARK + end


def effect_sources(session: Session, applied_only: bool = True) -> dict[int, Source]:
    """Every (applied) effect's decision, with the meeting's title and the effect's day."""
    org = session.scalar(select(Organisation.name)) or ""
    stmt = (
        select(Effect.id, Effect.start, Decision.key, Decision.number, Meeting.key,
               Meeting.title, Meeting.term, Meeting.sequence, Meeting.start, Body.name,
               AgendaItem.id, AgendaItem.position, Decision.position)
        .join(Decision, Effect.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .join(Body, Meeting.body_id == Body.id)
    )  # fmt: skip
    if applied_only:
        stmt = stmt.where(Effect.applied.is_(True))
    titles: dict[str, str] = {}
    out: dict[int, Source] = {}
    rows = session.execute(stmt).all()
    counts = _decisions_per_item(session, {row[10] for row in rows})
    for eid, day, dkey, number, mkey, title, term, seq, start, body, item, ipos, dpos in rows:
        if mkey not in titles:
            titles[mkey] = title or meeting_title(org, term, seq, body)
        name = decision_name(ipos, dpos, counts.get(item, 1))
        out[eid] = Source(f"{mkey}/{dkey}", mkey, titles[mkey], number, day or start.date(),
                          decision_name=name)  # fmt: skip
    return out


def _decisions_per_item(session: Session, items: set[int]) -> dict[int, int]:
    stmt = (
        select(Decision.agenda_item_id, func.count())
        .where(Decision.agenda_item_id.in_(sorted(items)))
        .group_by(Decision.agenda_item_id)
    )
    return {item: int(n) for item, n in session.execute(stmt)}


def entry_sources(
    effects: dict[int, Source],
    granted_by: int | None,
    ended_by: int | None,
    end: dt.date | None,
    reason: str | None,
) -> tuple[Source, Source | None]:
    """What started and what ended one role or position entry."""
    start_reason, end_reason = split_reason(reason)
    made = effects[granted_by] if granted_by in effects else Source(reason=start_reason)
    if end is None:
        return made, None
    if ended_by is not None and ended_by in effects:
        return made, effects[ended_by]
    return made, Source(reason=end_reason)
