"""First start: the organisation, its current term and its bodies with their 章程 rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg
from minutes_app.domain.rules import parse_fraction
from minutes_app.domain.validation import NAME_MAX, require_text
from minutes_app.store.database import Database
from minutes_app.store.models import Body, Organisation, Term


@dataclass(frozen=True)
class BodyRules:
    key: str
    name: str
    short_name: str
    quorum_fraction: str | None
    quorum_inclusive: bool
    pass_fraction: str
    pass_inclusive: bool
    pass_of: str = "present"


# Defaults from the 民政部《社会团体章程示范文本》; every association edits them.
DEFAULT_BODIES = (
    BodyRules("b-assembly", "会员代表大会", "会员大会", "2/3", True, "1/2", False),
    BodyRules("b-council", "理事会", "理事会", "2/3", True, "2/3", True),
    BodyRules("b-standing", "常务理事会", "常务理事会", "2/3", True, "2/3", True),
    BodyRules("b-presidents", "理事长会议", "理事长会", "2/3", True, "2/3", True),
    BodyRules("b-supervisors", "监事会", "监事会", "2/3", True, "1/2", False),
)


def is_set_up(db: Database) -> bool:
    with db.reading() as s:
        return s.scalar(select(Organisation.id)) is not None


def set_up(
    db: Database, name: str, term: int, term_start: dt.date, body_rules: list[BodyRules]
) -> None:
    """One transaction: nothing is kept if any field is wrong."""
    require_text(name, "组织名称", NAME_MAX)
    if term < 1:
        raise ValidationError(msg("setup.bad_term"))
    for rules in body_rules:
        require_text(rules.name, "会议机构名称", NAME_MAX)
        if rules.quorum_fraction:
            parse_fraction(rules.quorum_fraction)
        parse_fraction(rules.pass_fraction)
    with db.transaction() as s:
        if s.scalar(select(Organisation.id)) is not None:
            raise ValidationError(msg("setup.done"))
        s.add(Organisation(name=name.strip()))
        s.add(Term(number=term, start=term_start))
        for position, r in enumerate(body_rules):
            s.add(
                Body(
                    key=r.key,
                    name=r.name,
                    short_name=r.short_name or None,
                    position=position,
                    quorum_fraction=r.quorum_fraction or None,
                    quorum_inclusive=r.quorum_inclusive,
                    pass_fraction=r.pass_fraction,
                    pass_inclusive=r.pass_inclusive,
                    pass_of=r.pass_of,
                )
            )
