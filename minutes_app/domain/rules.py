"""Thresholds of the 章程: 以上 counts the number itself, 过半数 does not.

"2/3以上" of 9 is 6 (6 reaches 2/3 exactly); "过半数" of 10 is 6 (5 is only half).
All arithmetic is on exact fractions, never floats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from minutes_app.domain.enums import Base
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg


def parse_fraction(text: str) -> Fraction:
    """'2/3' -> Fraction(2, 3); a fraction must lie in (0, 1]."""
    try:
        num, _, den = str(text).partition("/")
        value = Fraction(int(num), int(den or "1"))
    except (ValueError, ZeroDivisionError):
        raise ValidationError(msg("ratio.bad", text=text)) from None
    if not 0 < value <= 1:
        raise ValidationError(msg("ratio.range", text=text))
    return value


def format_fraction(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


@dataclass(frozen=True)
class Threshold:
    """A fraction with the 以上 (inclusive) or 过半数 (exclusive) reading."""

    fraction: Fraction
    inclusive: bool = True

    def required(self, base: int) -> int:
        """The smallest whole number that reaches the fraction of `base`."""
        exact = self.fraction * base
        if self.inclusive:
            return math.ceil(exact)
        return math.floor(exact) + 1

    def describe(self) -> str:
        """'2/3以上' or '过半数' / '超过2/3' as a secretary writes it."""
        text = format_fraction(self.fraction)
        if self.inclusive:
            return "半数以上" if self.fraction == Fraction(1, 2) else f"{text}以上"
        return "过半数" if self.fraction == Fraction(1, 2) else f"超过{text}"


@dataclass(frozen=True)
class PassRule:
    threshold: Threshold
    of: Base = Base.PRESENT


DEFAULT_QUORUM = Threshold(Fraction(2, 3), inclusive=True)
SIMPLE_MAJORITY = Threshold(Fraction(1, 2), inclusive=False)


def quorum_required(seats: int, quorum: Threshold | None) -> int | None:
    """Voting attendance needed for the meeting to decide; None when no rule."""
    if quorum is None:
        return None
    return quorum.required(seats)


def is_quorate(voting_attendance: int, seats: int, quorum: Threshold | None) -> bool:
    required = quorum_required(seats, quorum)
    return required is None or voting_attendance >= required


def votes_required(base: int, threshold: Threshold) -> int:
    """Votes for needed to pass; at least one, so an empty base never passes."""
    return max(1, threshold.required(base))
