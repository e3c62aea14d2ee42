"""What each decision of a meeting changes in the registry, and whether it took hold.

The meeting editor shows an effect with applied=True as 已生效: the decision passed
and the registry follows it. A failed or inquorate decision's effects are not applied.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from minutes_app.domain.enums import EffectType
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.titles import chinese_date
from minutes_app.services.registry import role_name
from minutes_app.store.database import Database
from minutes_app.store.models import AgendaItem, Committee, Decision, Effect, Meeting, Person, Unit

EffectStatus = dict[str, list[tuple[str, bool]]]


def effect_status(db: Database, meeting_key: str) -> EffectStatus:
    """{decision key: [(what the effect changes, in Chinese; applied)]}, in agenda order.

    Every decision of the meeting is listed, those without effects with an empty list.
    """
    with db.reading() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.key == meeting_key))
        if meeting_id is None:
            raise UserError(msg("registry.no_meeting", key=meeting_key))
        decisions = s.execute(
            select(Decision.id, Decision.key)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .where(Decision.meeting_id == meeting_id)
            .order_by(AgendaItem.position, Decision.position)
        ).all()
        out: EffectStatus = {key: [] for _, key in decisions}
        keys = {did: key for did, key in decisions}
        stmt = (
            select(Effect.decision_id, Effect.type, Effect.role, Effect.title, Effect.start,
                   Effect.applied, Unit.name, Person.name, Committee.name)
            .outerjoin(Unit, Effect.unit_id == Unit.id)
            .outerjoin(Person, Effect.person_id == Person.id)
            .outerjoin(Committee, Effect.committee_id == Committee.id)
            .where(Effect.decision_id.in_(list(keys)))
            .order_by(Effect.decision_id, Effect.position)
        )  # fmt: skip
        for did, kind, role, title, start, applied, unit, person, committee in s.execute(stmt):
            text = describe_effect(kind, unit, role, person, title, committee, start)
            out[keys[did]].append((text, bool(applied)))
        return out


def describe_effect(
    kind: str,
    unit: str | None = None,
    role: str | None = None,
    person: str | None = None,
    title: str | None = None,
    committee: str | None = None,
    start: dt.date | None = None,
) -> str:
    """天津房友工程咨询有限公司成为特邀副会长单位 / 王五任秘书长助理 / 成立…委员会 …"""
    try:
        effect = EffectType(kind)
    except ValueError:
        return kind
    text = {
        EffectType.GRANT_ROLE: f"{unit}成为{role_name(role or '')}",
        EffectType.REVOKE_ROLE: f"{unit}不再是{role_name(role or '')}",
        EffectType.APPOINT: f"{person}任{title}",
        EffectType.DISMISS: f"{person}不再任{title}",
        EffectType.ESTABLISH_COMMITTEE: f"成立{committee}",
        EffectType.DISSOLVE_COMMITTEE: f"撤销{committee}",
        EffectType.ADOPT_DOCUMENT: f"通过{_book(title or '')}",
    }[effect]
    return f"{text}（自{chinese_date(start)}起）" if start is not None else text


def _book(title: str) -> str:
    """A document title in 《》 (once)."""
    return title if title.startswith("《") else f"《{title}》"
