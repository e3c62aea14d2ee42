"""Glue from stored values to the domain's outcome rules, shared by edits and import."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from minutes_app.domain.enums import Base, Choice, VoteMethod
from minutes_app.domain.outcomes import (
    DecisionResult,
    Quorum,
    Tally,
    consensus_tally,
    decide,
    tally_ballots,
)
from minutes_app.domain.rules import PassRule, Threshold, parse_fraction


def threshold(fraction: str | None, inclusive: bool | None) -> Threshold | None:
    if fraction is None:
        return None
    return Threshold(parse_fraction(fraction), bool(inclusive))


@dataclass(frozen=True)
class RuleText:
    """A rule as stored: fraction text, 以上 or 过半数, base."""

    fraction: str
    inclusive: bool
    of: str

    def to_rule(self) -> PassRule:
        return PassRule(Threshold(parse_fraction(self.fraction), self.inclusive), Base(self.of))


def effective_rule(body_rule: RuleText, own: RuleText | None) -> PassRule:
    return (own or body_rule).to_rule()


def effective_tally(
    method: VoteMethod | None,
    counts: tuple[int | None, int | None, int | None],
    ballots: Iterable[Choice],
    voting_attendance: int,
) -> Tally | None:
    if method is None:
        return None
    if method is VoteMethod.ROLL_CALL:
        return tally_ballots(ballots)
    if method is VoteMethod.CONSENSUS:
        return consensus_tally(voting_attendance)
    return Tally(*(n or 0 for n in counts))


def evaluate(
    method: VoteMethod | None,
    counts: tuple[int | None, int | None, int | None],
    ballots: Iterable[Choice],
    quorum: Quorum,
    rule: PassRule,
) -> DecisionResult:
    tally = effective_tally(method, counts, ballots, quorum.voting_attendance)
    return decide(method, tally, quorum, rule)
