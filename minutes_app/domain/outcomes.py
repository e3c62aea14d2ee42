"""From attendance and votes to the outcome of a decision, with its basis in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from minutes_app.domain.enums import Attendance, Base, Choice, Outcome, VoteMethod
from minutes_app.domain.rules import PassRule, Threshold, quorum_required, votes_required


@dataclass(frozen=True)
class Quorum:
    """A meeting's 应到/实到 and whether it may decide."""

    seats: int
    voting_attendance: int
    proxies: int
    required: int | None

    @property
    def quorate(self) -> bool:
        return self.required is None or self.voting_attendance >= self.required

    def banner(self) -> str:
        """应到9人，实到6人，委托1人，须6人，符合章程规定: a proxy is not 实到.

        The quorum counts both (voting attendance)."""
        text = f"应到{self.seats}人，实到{self.voting_attendance - self.proxies}人"
        if self.proxies:
            text += f"，委托{self.proxies}人"
        if self.required is None:
            return text + "，章程未规定法定人数"
        verdict = "符合章程规定" if self.quorate else "不符合章程规定，不能作出决定"
        return f"{text}，须{self.required}人，{verdict}"


def count_quorum(seats: int, statuses: Iterable[Attendance], quorum: Threshold | None) -> Quorum:
    listed = list(statuses)
    voting = sum(1 for s in listed if s.votes)
    proxies = sum(1 for s in listed if s is Attendance.PROXY)
    return Quorum(seats, voting, proxies, quorum_required(seats, quorum))


@dataclass(frozen=True)
class Tally:
    for_: int
    against: int
    abstain: int

    @property
    def total(self) -> int:
        return self.for_ + self.against + self.abstain


def tally_ballots(choices: Iterable[Choice]) -> Tally:
    """记名表决: the tallies follow from the ballot of each seat."""
    listed = list(choices)
    return Tally(
        listed.count(Choice.FOR), listed.count(Choice.AGAINST), listed.count(Choice.ABSTAIN)
    )


def consensus_tally(voting_attendance: int) -> Tally:
    """一致同意: everyone voting is for."""
    return Tally(voting_attendance, 0, 0)


@dataclass(frozen=True)
class DecisionResult:
    outcome: Outcome
    tally: Tally | None
    base: int | None
    required: int | None

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.PASSED


def base_of(rule: PassRule, tally: Tally, quorum: Quorum) -> int:
    if rule.of is Base.SEATS:
        return quorum.seats
    if rule.of is Base.CAST:
        return tally.for_ + tally.against
    return quorum.voting_attendance


def decide(
    method: VoteMethod | None, tally: Tally | None, quorum: Quorum, rule: PassRule
) -> DecisionResult:
    """The outcome of one decision; `tally` is the effective count for the method."""
    if method is None or tally is None:
        return DecisionResult(Outcome.NO_VOTE, None, None, None)
    base = base_of(rule, tally, quorum)
    required = votes_required(base, rule.threshold)
    if not quorum.quorate:
        return DecisionResult(Outcome.INQUORATE, tally, base, required)
    outcome = Outcome.PASSED if tally.for_ >= required else Outcome.FAILED
    return DecisionResult(outcome, tally, base, required)


_BASE_WORDS = {Base.PRESENT: "到会{}人", Base.SEATS: "应到{}人", Base.CAST: "赞成与反对票共{}票"}


def basis(result: DecisionResult, rule: PassRule, quorum: Quorum) -> str:
    """到会9人，须2/3以上即6票；赞成7票，通过."""
    if result.outcome is Outcome.NO_VOTE or result.tally is None:
        return "未经表决"
    if result.outcome is Outcome.INQUORATE:
        return (
            f"实到{quorum.voting_attendance}人，未达到法定人数{quorum.required}人，会议不能作出决定"
        )
    words = _BASE_WORDS[rule.of].format(result.base)
    verdict = "通过" if result.passed else "未通过"
    return (
        f"{words}，须{rule.threshold.describe()}即{result.required}票；"
        f"赞成{result.tally.for_}票，{verdict}"
    )
