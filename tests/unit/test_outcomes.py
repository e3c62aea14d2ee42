"""From attendance and votes to the outcome of a decision (domain.outcomes and the
services.evaluation glue), with the banner and basis a secretary reads."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.enums import OUTCOME_ZH, Attendance, Base, Choice, Outcome, VoteMethod
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.evaluation import (
    RuleText,
    effective_rule,
    effective_tally,
    evaluate,
    threshold,
)
from minutes_app.domain.outcomes import (
    DecisionResult,
    Quorum,
    Tally,
    basis,
    consensus_tally,
    count_quorum,
    decide,
    tally_ballots,
)
from minutes_app.domain.rules import PassRule, Threshold

PRESENT, PROXY, EXCUSED, ABSENT, OBSERVER = (
    Attendance.PRESENT,
    Attendance.PROXY,
    Attendance.EXCUSED,
    Attendance.ABSENT,
    Attendance.OBSERVER,
)
TWO_THIRDS = Threshold(Fraction(2, 3), inclusive=True)
MAJORITY = Threshold(Fraction(1, 2), inclusive=False)
TWO_THIRDS_OF_PRESENT = PassRule(TWO_THIRDS, Base.PRESENT)
MAJORITY_OF_PRESENT = PassRule(MAJORITY, Base.PRESENT)


def quorum_of(
    seats: int, voting: int, proxies: int = 0, rule: Threshold | None = TWO_THIRDS
) -> Quorum:
    """A meeting of `seats` with `voting` present (of whom `proxies` by proxy)."""
    statuses = [PRESENT] * (voting - proxies) + [PROXY] * proxies + [ABSENT] * (seats - voting)
    return count_quorum(seats, statuses, rule)


# --- counting the quorum -----------------------------------------------------------------


def test_count_quorum_counts_present_and_proxy_only() -> None:
    statuses = [PRESENT] * 5 + [PROXY, EXCUSED, ABSENT, OBSERVER, OBSERVER]
    quorum = count_quorum(9, statuses, TWO_THIRDS)
    assert quorum == Quorum(seats=9, voting_attendance=6, proxies=1, required=6)
    assert quorum.quorate


def test_nine_seats_six_present_is_quorate_five_is_not() -> None:
    assert count_quorum(9, [PRESENT] * 6 + [ABSENT] * 3, TWO_THIRDS).quorate
    five = count_quorum(9, [PRESENT] * 5 + [ABSENT] * 4, TWO_THIRDS)
    assert five.required == 6
    assert not five.quorate


def test_proxies_count_for_the_quorum() -> None:
    with_proxy = count_quorum(9, [PRESENT] * 5 + [PROXY] + [EXCUSED] * 3, TWO_THIRDS)
    assert with_proxy.voting_attendance == 6
    assert with_proxy.proxies == 1
    assert with_proxy.quorate
    # the same seat excused instead of giving a proxy: no quorum
    assert not count_quorum(9, [PRESENT] * 5 + [EXCUSED] * 4, TWO_THIRDS).quorate


def test_observers_never_count() -> None:
    quorum = count_quorum(9, [PRESENT] * 5 + [OBSERVER] * 4, TWO_THIRDS)
    assert quorum.voting_attendance == 5
    assert not quorum.quorate


def test_excused_and_absent_do_not_count() -> None:
    quorum = count_quorum(9, [EXCUSED] * 5 + [ABSENT] * 4, TWO_THIRDS)
    assert quorum.voting_attendance == 0
    assert not quorum.quorate


def test_no_quorum_rule() -> None:
    quorum = count_quorum(9, [PRESENT], None)
    assert quorum.required is None
    assert quorum.quorate


def test_count_quorum_accepts_any_iterable() -> None:
    quorum = count_quorum(3, iter([PRESENT, PROXY, OBSERVER]), TWO_THIRDS)
    assert (quorum.voting_attendance, quorum.proxies, quorum.required) == (2, 1, 2)


# --- the banner --------------------------------------------------------------------------


def test_banner_with_a_proxy() -> None:
    quorum = count_quorum(9, [PRESENT] * 6 + [PROXY] + [EXCUSED, OBSERVER], TWO_THIRDS)
    assert quorum.banner() == "应到9人，实到6人，委托1人，须6人，符合章程规定"


def test_banner_without_proxies_says_nothing_of_them() -> None:
    assert quorum_of(9, 6).banner() == "应到9人，实到6人，须6人，符合章程规定"


def test_banner_of_an_inquorate_meeting() -> None:
    assert quorum_of(9, 5, proxies=2).banner() == (
        "应到9人，实到3人，委托2人，须6人，不符合章程规定，不能作出决定"
    )


def test_banner_without_a_quorum_rule() -> None:
    assert quorum_of(9, 3, rule=None).banner() == "应到9人，实到3人，章程未规定法定人数"


# --- tallies -----------------------------------------------------------------------------


def test_tally_ballots_counts_each_choice() -> None:
    ballots = [Choice.FOR] * 4 + [Choice.AGAINST] * 2 + [Choice.ABSTAIN]
    tally = tally_ballots(ballots)
    assert tally == Tally(4, 2, 1)
    assert tally.total == 7


def test_tally_ballots_of_no_ballots() -> None:
    assert tally_ballots([]) == Tally(0, 0, 0)


def test_consensus_is_everyone_voting_for() -> None:
    assert consensus_tally(7) == Tally(7, 0, 0)


# --- deciding ----------------------------------------------------------------------------


def test_two_thirds_of_nine_present_six_for_passes_five_fails() -> None:
    quorum = quorum_of(9, 9)
    six = decide(VoteMethod.SHOW_OF_HANDS, Tally(6, 3, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert six == DecisionResult(Outcome.PASSED, Tally(6, 3, 0), 9, 6)
    assert six.passed
    five = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 4, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert five.outcome is Outcome.FAILED
    assert not five.passed


def test_more_than_half_of_ten_five_for_fails_six_passes() -> None:
    quorum = quorum_of(10, 10)
    five = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 5, 0), quorum, MAJORITY_OF_PRESENT)
    assert five.outcome is Outcome.FAILED
    assert (five.base, five.required) == (10, 6)
    six = decide(VoteMethod.SHOW_OF_HANDS, Tally(6, 4, 0), quorum, MAJORITY_OF_PRESENT)
    assert six.outcome is Outcome.PASSED


def test_half_or_more_of_ten_passes_with_five() -> None:
    rule = PassRule(Threshold(Fraction(1, 2), inclusive=True), Base.PRESENT)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 5, 0), quorum_of(10, 10), rule)
    assert result.required == 5
    assert result.outcome is Outcome.PASSED


def test_abstentions_count_in_the_present_base() -> None:
    # 10 present: 5 for, 1 against, 4 abstain. 过半数 of those present needs 6.
    result = decide(
        VoteMethod.SHOW_OF_HANDS, Tally(5, 1, 4), quorum_of(10, 10), MAJORITY_OF_PRESENT
    )
    assert result.base == 10
    assert result.outcome is Outcome.FAILED


def test_cast_base_ignores_abstentions() -> None:
    # The same votes: 5 for and 1 against are 6 cast; 过半数 of 6 needs 4.
    rule = PassRule(MAJORITY, Base.CAST)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 1, 4), quorum_of(10, 10), rule)
    assert (result.base, result.required) == (6, 4)
    assert result.outcome is Outcome.PASSED
    # 3 for, 3 against: exactly half of those cast is not more than half
    tie = decide(VoteMethod.SHOW_OF_HANDS, Tally(3, 3, 4), quorum_of(10, 10), rule)
    assert tie.outcome is Outcome.FAILED


def test_cast_base_when_everyone_abstains_fails() -> None:
    rule = PassRule(TWO_THIRDS, Base.CAST)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(0, 0, 9), quorum_of(9, 9), rule)
    assert result.base == 0
    assert result.required == 1
    assert result.outcome is Outcome.FAILED


def test_seats_base_counts_all_seats_not_those_present() -> None:
    # 9 seats, 7 present: 2/3以上 of seats needs 6, of those present only 5.
    quorum = quorum_of(9, 7)
    seats_rule = PassRule(TWO_THIRDS, Base.SEATS)
    five = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 2, 0), quorum, seats_rule)
    assert (five.base, five.required, five.outcome) == (9, 6, Outcome.FAILED)
    six = decide(VoteMethod.SHOW_OF_HANDS, Tally(6, 1, 0), quorum, seats_rule)
    assert six.outcome is Outcome.PASSED
    present = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 2, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert (present.base, present.required, present.outcome) == (7, 5, Outcome.PASSED)


def test_proxies_count_in_the_present_base() -> None:
    # 9 seats: 4 present and 2 by proxy make 6, a quorum; the base is 6, so 4 for pass.
    quorum = quorum_of(9, 6, proxies=2)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(4, 2, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert (result.base, result.required, result.outcome) == (6, 4, Outcome.PASSED)


def test_observers_do_not_count_in_the_present_base() -> None:
    quorum = count_quorum(9, [PRESENT] * 6 + [OBSERVER] * 3, TWO_THIRDS)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(4, 2, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert result.base == 6
    assert result.outcome is Outcome.PASSED


def test_inquorate_meeting_cannot_decide_even_with_everyone_for() -> None:
    quorum = quorum_of(9, 5)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 0, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert result.outcome is Outcome.INQUORATE
    assert not result.passed
    consensus = decide(VoteMethod.CONSENSUS, consensus_tally(5), quorum, TWO_THIRDS_OF_PRESENT)
    assert consensus.outcome is Outcome.INQUORATE


def test_no_vote_gives_no_vote() -> None:
    result = decide(None, None, quorum_of(9, 9), TWO_THIRDS_OF_PRESENT)
    assert result == DecisionResult(Outcome.NO_VOTE, None, None, None)
    assert not result.passed


def test_no_vote_even_when_inquorate() -> None:
    # A 会议决定 recorded without a vote is not an invalid vote.
    assert decide(None, None, quorum_of(9, 2), TWO_THIRDS_OF_PRESENT).outcome is Outcome.NO_VOTE


def test_a_method_without_a_tally_is_no_vote() -> None:
    result = decide(VoteMethod.SHOW_OF_HANDS, None, quorum_of(9, 9), TWO_THIRDS_OF_PRESENT)
    assert result.outcome is Outcome.NO_VOTE


def test_outcome_labels() -> None:
    assert OUTCOME_ZH[Outcome.PASSED] == "通过"
    assert OUTCOME_ZH[Outcome.FAILED] == "未通过"
    assert OUTCOME_ZH[Outcome.NO_VOTE] == "未表决"


@settings(max_examples=400, deadline=None)
@given(
    seats=st.integers(min_value=0, max_value=40),
    data=st.data(),
    p=st.integers(min_value=1, max_value=12),
    q=st.integers(min_value=1, max_value=12),
    inclusive=st.booleans(),
    of=st.sampled_from(list(Base)),
)
def test_decide_agrees_with_the_definition(
    seats: int, data: st.DataObject, p: int, q: int, inclusive: bool, of: Base
) -> None:
    fraction = Fraction(min(p, q), q)
    voting = data.draw(st.integers(min_value=0, max_value=seats))
    for_ = data.draw(st.integers(min_value=0, max_value=voting))
    against = data.draw(st.integers(min_value=0, max_value=voting - for_))
    abstain = data.draw(st.integers(min_value=0, max_value=voting - for_ - against))
    quorum = quorum_of(seats, voting)
    result = decide(
        VoteMethod.SECRET_BALLOT,
        Tally(for_, against, abstain),
        quorum,
        PassRule(Threshold(fraction, inclusive), of),
    )
    base = {Base.PRESENT: voting, Base.SEATS: seats, Base.CAST: for_ + against}[of]
    reaches = for_ >= fraction * base if inclusive else for_ > fraction * base
    quorate = voting >= Fraction(2, 3) * seats
    if not quorate:
        assert result.outcome is Outcome.INQUORATE
    elif reaches and for_ >= 1:
        assert result.outcome is Outcome.PASSED
    else:
        assert result.outcome is Outcome.FAILED
    assert result.base == base


# --- the basis in words ------------------------------------------------------------------


def test_basis_of_a_passed_decision() -> None:
    quorum = quorum_of(9, 9)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(7, 1, 1), quorum, TWO_THIRDS_OF_PRESENT)
    assert basis(result, TWO_THIRDS_OF_PRESENT, quorum) == "到会9人，须2/3以上即6票；赞成7票，通过"


def test_basis_of_a_failed_decision() -> None:
    quorum = quorum_of(10, 10)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 5, 0), quorum, MAJORITY_OF_PRESENT)
    assert basis(result, MAJORITY_OF_PRESENT, quorum) == "到会10人，须过半数即6票；赞成5票，未通过"


def test_basis_of_the_seats_base() -> None:
    quorum = quorum_of(9, 7)
    rule = PassRule(TWO_THIRDS, Base.SEATS)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(6, 1, 0), quorum, rule)
    assert basis(result, rule, quorum) == "应到9人，须2/3以上即6票；赞成6票，通过"


def test_basis_of_the_cast_base() -> None:
    quorum = quorum_of(10, 10)
    rule = PassRule(MAJORITY, Base.CAST)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(4, 2, 4), quorum, rule)
    assert basis(result, rule, quorum) == "赞成与反对票共6票，须过半数即4票；赞成4票，通过"


def test_basis_of_an_inquorate_meeting() -> None:
    quorum = quorum_of(9, 5)
    result = decide(VoteMethod.SHOW_OF_HANDS, Tally(5, 0, 0), quorum, TWO_THIRDS_OF_PRESENT)
    assert basis(result, TWO_THIRDS_OF_PRESENT, quorum) == (
        "实到5人，未达到法定人数6人，会议不能作出决定"
    )


def test_basis_without_a_vote() -> None:
    quorum = quorum_of(9, 9)
    result = decide(None, None, quorum, TWO_THIRDS_OF_PRESENT)
    assert basis(result, TWO_THIRDS_OF_PRESENT, quorum) == "未经表决"


# --- services.evaluation -----------------------------------------------------------------


def test_threshold_from_stored_values() -> None:
    assert threshold("2/3", True) == Threshold(Fraction(2, 3), inclusive=True)
    assert threshold("1/2", False) == Threshold(Fraction(1, 2), inclusive=False)
    assert threshold(None, True) is None
    assert threshold(None, None) is None


def test_threshold_refuses_a_bad_fraction() -> None:
    with pytest.raises(ValidationError):
        threshold("3/2", True)


def test_rule_text_to_rule() -> None:
    assert RuleText("2/3", True, "present").to_rule() == TWO_THIRDS_OF_PRESENT
    assert RuleText("1/2", False, "cast").to_rule() == PassRule(MAJORITY, Base.CAST)
    assert RuleText("2/3", True, "seats").to_rule().of is Base.SEATS


def test_rule_text_with_a_bad_fraction_raises() -> None:
    with pytest.raises(ValidationError):
        RuleText("abc", True, "present").to_rule()


def test_a_decision_own_rule_overrides_the_body_rule() -> None:
    body = RuleText("1/2", False, "present")
    own = RuleText("2/3", True, "present")  # amending the 章程 needs 2/3
    assert effective_rule(body, own) == TWO_THIRDS_OF_PRESENT
    assert effective_rule(body, None) == MAJORITY_OF_PRESENT


def test_effective_tally_of_no_vote() -> None:
    assert effective_tally(None, (7, 0, 0), [], 9) is None


def test_effective_tally_of_show_of_hands_uses_the_counts() -> None:
    assert effective_tally(VoteMethod.SHOW_OF_HANDS, (6, 2, 1), [Choice.FOR], 9) == Tally(6, 2, 1)
    assert effective_tally(VoteMethod.SECRET_BALLOT, (6, None, None), [], 9) == Tally(6, 0, 0)


def test_roll_call_tallies_derive_from_the_ballots() -> None:
    ballots = [Choice.FOR, Choice.FOR, Choice.AGAINST, Choice.ABSTAIN]
    # stale typed counts are ignored
    assert effective_tally(VoteMethod.ROLL_CALL, (9, 0, 0), ballots, 9) == Tally(2, 1, 1)


def test_consensus_is_all_voting_attendance_for() -> None:
    assert effective_tally(VoteMethod.CONSENSUS, (None, None, None), [], 7) == Tally(7, 0, 0)
    assert effective_tally(VoteMethod.CONSENSUS, (1, 2, 3), [], 7) == Tally(7, 0, 0)


def test_evaluate_roll_call() -> None:
    quorum = quorum_of(9, 7, proxies=1)
    ballots = [Choice.FOR] * 5 + [Choice.AGAINST, Choice.ABSTAIN]
    result = evaluate(
        VoteMethod.ROLL_CALL, (None, None, None), ballots, quorum, TWO_THIRDS_OF_PRESENT
    )
    assert result == DecisionResult(Outcome.PASSED, Tally(5, 1, 1), 7, 5)
    fewer = evaluate(
        VoteMethod.ROLL_CALL,
        (None, None, None),
        [Choice.FOR] * 4 + [Choice.AGAINST] * 3,
        quorum,
        TWO_THIRDS_OF_PRESENT,
    )
    assert fewer.outcome is Outcome.FAILED


def test_evaluate_consensus_passes_when_quorate() -> None:
    result = evaluate(
        VoteMethod.CONSENSUS, (None, None, None), [], quorum_of(9, 6), MAJORITY_OF_PRESENT
    )
    assert result == DecisionResult(Outcome.PASSED, Tally(6, 0, 0), 6, 4)


def test_evaluate_consensus_of_an_inquorate_meeting() -> None:
    result = evaluate(
        VoteMethod.CONSENSUS, (None, None, None), [], quorum_of(9, 5), MAJORITY_OF_PRESENT
    )
    assert result.outcome is Outcome.INQUORATE
    assert result.tally == Tally(5, 0, 0)


def test_evaluate_without_a_vote() -> None:
    result = evaluate(None, (None, None, None), [], quorum_of(9, 9), TWO_THIRDS_OF_PRESENT)
    assert result.outcome is Outcome.NO_VOTE
    assert result.tally is None
