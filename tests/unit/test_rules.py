"""Thresholds of the 章程: 以上 includes the number itself, 过半数 excludes half."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.enums import Base
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.rules import (
    DEFAULT_QUORUM,
    SIMPLE_MAJORITY,
    PassRule,
    Threshold,
    format_fraction,
    is_quorate,
    parse_fraction,
    quorum_required,
    votes_required,
)

TWO_THIRDS = Threshold(Fraction(2, 3), inclusive=True)  # 2/3以上
HALF_OR_MORE = Threshold(Fraction(1, 2), inclusive=True)  # 半数以上
MORE_THAN_HALF = Threshold(Fraction(1, 2), inclusive=False)  # 过半数
MORE_THAN_TWO_THIRDS = Threshold(Fraction(2, 3), inclusive=False)  # 超过2/3


# --- parse_fraction / format_fraction ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2/3", Fraction(2, 3)),
        ("1/2", Fraction(1, 2)),
        ("3/4", Fraction(3, 4)),
        ("1", Fraction(1)),
        ("1/1", Fraction(1)),
        ("4/6", Fraction(2, 3)),
    ],
)
def test_parse_fraction_reads_the_fractions_a_charter_uses(text: str, value: Fraction) -> None:
    assert parse_fraction(text) == value


@pytest.mark.parametrize("text", ["abc", "2/0", "", "2/3/4", "0.5", "二分之一", "1/x"])
def test_parse_fraction_refuses_what_is_not_a_fraction(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_fraction(text)
    message = info.value.message
    assert f"“{text}”" in message
    assert "2/3" in message  # shows the secretary how to write it


@pytest.mark.parametrize("text", ["0/3", "0", "3/2", "2", "-1/2", "1/-2"])
def test_parse_fraction_refuses_fractions_outside_zero_to_one(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_fraction(text)
    assert f"“{text}”" in info.value.message
    assert "不超过1" in info.value.message


def test_validation_error_is_a_user_error_with_an_optional_path() -> None:
    error = ValidationError("比例应大于0", path="bodies/b-presidents/quorum")
    assert isinstance(error, UserError)
    assert error.message == "比例应大于0"
    assert str(error) == "bodies/b-presidents/quorum: 比例应大于0"
    assert str(ValidationError("比例应大于0")) == "比例应大于0"


@pytest.mark.parametrize("value", [Fraction(2, 3), Fraction(1, 2), Fraction(1), Fraction(5, 7)])
def test_format_fraction_round_trips(value: Fraction) -> None:
    assert parse_fraction(format_fraction(value)) == value


def test_format_fraction_writes_lowest_terms() -> None:
    assert format_fraction(Fraction(4, 6)) == "2/3"
    assert format_fraction(Fraction(1)) == "1/1"


# --- Threshold.required at the boundaries ------------------------------------------------


@pytest.mark.parametrize(
    ("threshold", "base", "required"),
    [
        (TWO_THIRDS, 9, 6),  # 6 reaches 2/3 of 9 exactly: 以上 counts it
        (TWO_THIRDS, 10, 7),  # 6.67 -> 7
        (TWO_THIRDS, 12, 8),
        (TWO_THIRDS, 3, 2),
        (TWO_THIRDS, 1, 1),
        (TWO_THIRDS, 0, 0),
        (HALF_OR_MORE, 10, 5),  # 1/2以上 of 10 is 5
        (HALF_OR_MORE, 9, 5),
        (MORE_THAN_HALF, 10, 6),  # 过半数 of 10: 5 is only half
        (MORE_THAN_HALF, 9, 5),
        (MORE_THAN_HALF, 2, 2),
        (MORE_THAN_HALF, 1, 1),
        (MORE_THAN_HALF, 0, 1),
        (MORE_THAN_TWO_THIRDS, 9, 7),  # 超过2/3 of 9: 6 is exactly 2/3, not more
        (MORE_THAN_TWO_THIRDS, 10, 7),
        (Threshold(Fraction(1), inclusive=True), 7, 7),  # everyone
    ],
)
def test_required_at_the_boundaries(threshold: Threshold, base: int, required: int) -> None:
    assert threshold.required(base) == required


def test_inclusive_is_the_default_reading() -> None:
    assert Threshold(Fraction(2, 3)).inclusive is True
    assert Threshold(Fraction(2, 3)).required(9) == 6


def test_required_uses_exact_arithmetic_where_floats_would_be_wrong() -> None:
    # 9/14 of 42 is exactly 27, but 9/14*42 in floats is 27.000000000000004.
    assert Threshold(Fraction(9, 14), inclusive=True).required(42) == 27
    # 57/100 of 100 is exactly 57, but 0.57*100 in floats is 56.99999999999999.
    assert Threshold(Fraction(57, 100), inclusive=False).required(100) == 58
    assert Threshold(Fraction(57, 100), inclusive=True).required(100) == 57


@pytest.mark.parametrize(
    ("threshold", "text"),
    [
        (TWO_THIRDS, "2/3以上"),
        (HALF_OR_MORE, "半数以上"),
        (MORE_THAN_HALF, "过半数"),
        (MORE_THAN_TWO_THIRDS, "超过2/3"),
        (Threshold(Fraction(3, 4), inclusive=True), "3/4以上"),
    ],
)
def test_describe_writes_the_rule_as_a_secretary_does(threshold: Threshold, text: str) -> None:
    assert threshold.describe() == text


def test_default_rules() -> None:
    assert DEFAULT_QUORUM == TWO_THIRDS
    assert SIMPLE_MAJORITY == MORE_THAN_HALF
    assert PassRule(TWO_THIRDS).of is Base.PRESENT


# --- quorum ------------------------------------------------------------------------------


def test_nine_seats_six_present_meets_two_thirds() -> None:
    assert quorum_required(9, TWO_THIRDS) == 6
    assert is_quorate(6, 9, TWO_THIRDS)
    assert is_quorate(9, 9, TWO_THIRDS)


def test_nine_seats_five_present_does_not_meet_two_thirds() -> None:
    assert not is_quorate(5, 9, TWO_THIRDS)
    assert not is_quorate(0, 9, TWO_THIRDS)


def test_more_than_half_quorum_of_ten_needs_six() -> None:
    assert quorum_required(10, MORE_THAN_HALF) == 6
    assert not is_quorate(5, 10, MORE_THAN_HALF)
    assert is_quorate(6, 10, MORE_THAN_HALF)


def test_no_quorum_rule_means_any_attendance_may_decide() -> None:
    assert quorum_required(9, None) is None
    assert is_quorate(0, 9, None)
    assert is_quorate(1, 9, None)


# --- votes needed ------------------------------------------------------------------------


def test_votes_required_follows_the_threshold() -> None:
    assert votes_required(9, TWO_THIRDS) == 6
    assert votes_required(10, MORE_THAN_HALF) == 6
    assert votes_required(10, HALF_OR_MORE) == 5


def test_an_empty_base_never_passes_with_no_votes() -> None:
    assert votes_required(0, TWO_THIRDS) == 1
    assert votes_required(0, HALF_OR_MORE) == 1
    assert votes_required(0, MORE_THAN_HALF) == 1


# --- properties against exact Fraction arithmetic ----------------------------------------


@st.composite
def fractions_in_unit_interval(draw: st.DrawFn) -> Fraction:
    """p/q with 0 < p/q <= 1."""
    q = draw(st.integers(min_value=1, max_value=1000))
    p = draw(st.integers(min_value=1, max_value=q))
    return Fraction(p, q)


bases = st.integers(min_value=0, max_value=500)


@settings(max_examples=500, deadline=None)
@given(fraction=fractions_in_unit_interval(), base=bases)
def test_inclusive_required_is_the_smallest_n_reaching_the_fraction(
    fraction: Fraction, base: int
) -> None:
    n = Threshold(fraction, inclusive=True).required(base)
    assert isinstance(n, int)
    assert n >= fraction * base  # n reaches the fraction
    assert not n - 1 >= fraction * base  # n - 1 does not
    assert 0 <= n <= base


@settings(max_examples=500, deadline=None)
@given(fraction=fractions_in_unit_interval(), base=bases)
def test_exclusive_required_is_the_smallest_n_exceeding_the_fraction(
    fraction: Fraction, base: int
) -> None:
    n = Threshold(fraction, inclusive=False).required(base)
    assert isinstance(n, int)
    assert n > fraction * base  # n exceeds the fraction
    assert not n - 1 > fraction * base  # n - 1 does not
    assert 1 <= n <= base + 1


@settings(max_examples=300, deadline=None)
@given(fraction=fractions_in_unit_interval(), base=bases, inclusive=st.booleans())
def test_required_matches_integer_arithmetic(
    fraction: Fraction, base: int, inclusive: bool
) -> None:
    p, q = fraction.numerator, fraction.denominator
    expected = -(-p * base // q) if inclusive else p * base // q + 1
    assert Threshold(fraction, inclusive).required(base) == expected


@settings(max_examples=300, deadline=None)
@given(
    fraction=fractions_in_unit_interval(),
    seats=bases,
    attendance=bases,
    inclusive=st.booleans(),
)
def test_quorate_exactly_when_attendance_reaches_the_fraction_of_seats(
    fraction: Fraction, seats: int, attendance: int, inclusive: bool
) -> None:
    reaches = attendance >= fraction * seats if inclusive else attendance > fraction * seats
    assert is_quorate(attendance, seats, Threshold(fraction, inclusive)) is reaches


@settings(max_examples=300, deadline=None)
@given(fraction=fractions_in_unit_interval(), base=bases, inclusive=st.booleans())
def test_votes_required_is_at_least_one_and_reaches_the_fraction(
    fraction: Fraction, base: int, inclusive: bool
) -> None:
    n = votes_required(base, Threshold(fraction, inclusive))
    assert n >= 1
    assert n >= fraction * base if inclusive else n > fraction * base
    # n - 1 fails either because it is zero or because it falls short of the fraction
    short = n - 1 < fraction * base if inclusive else n - 1 <= fraction * base
    assert n - 1 == 0 or short
