"""Chinese numerals of titles (第五届第十二次) and issue numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.numerals import chinese_numeral

# Written out here, not taken from the code under test.
ONES = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九")


def two_digit_numeral(n: int) -> str:
    """An independent construction for 1..99: 十 alone for one ten, no 零 before units."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return ONES[ones]
    return ("" if tens == 1 else ONES[tens]) + "十" + ONES[ones]


DIGIT_VALUE = {char: value for value, char in enumerate("零一二三四五六七八九")}
UNIT_VALUE = {"十": 10, "百": 100, "千": 1000}


def read_numeral(text: str) -> int:
    """Read a Chinese numeral back into an int (a reader, independent of the writer)."""
    total = 0
    section = 0  # the part below 万
    digit: int | None = None
    for char in text:
        if char in DIGIT_VALUE:
            digit = DIGIT_VALUE[char]
        elif char in UNIT_VALUE:
            section += (1 if digit is None else digit) * UNIT_VALUE[char]
            digit = None
        elif char == "万":
            total = (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:
            raise AssertionError(f"unexpected character {char!r} in {text!r}")
    return total + section + (digit or 0)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (2, "二"),
        (5, "五"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (12, "十二"),
        (15, "十五"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (30, "三十"),
        (55, "五十五"),
        (90, "九十"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (105, "一百零五"),
        (110, "一百一十"),
        (115, "一百一十五"),
        (120, "一百二十"),
        (999, "九百九十九"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (1100, "一千一百"),
        (2024, "二千零二十四"),
        (10_000, "一万"),
        (10_001, "一万零一"),
        (10_100, "一万零一百"),
        (11_000, "一万一千"),
        (100_000, "十万"),
        (150_000, "十五万"),
        (1_000_000, "一百万"),
        (99_999_999, "九千九百九十九万九千九百九十九"),
    ],
)
def test_spot_values(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("n", range(1, 100))
def test_one_to_ninety_nine_match_an_independent_construction(n: int) -> None:
    assert chinese_numeral(n) == two_digit_numeral(n)


def test_one_to_ninety_nine_are_all_different() -> None:
    texts = [chinese_numeral(n) for n in range(1, 100)]
    assert len(set(texts)) == 99


def test_no_numeral_to_ninety_nine_has_zero_or_a_leading_one_ten() -> None:
    for n in range(1, 100):
        text = chinese_numeral(n)
        assert "零" not in text
        assert not text.startswith("一十")


def test_zero() -> None:
    assert chinese_numeral(0) == "零"


@pytest.mark.parametrize("n", [-1, -10, 100_000_000])
def test_out_of_range_raises(n: int) -> None:
    with pytest.raises(ValueError):
        chinese_numeral(n)


def test_reader_agrees_with_the_spot_values() -> None:
    assert read_numeral("一百零五") == 105
    assert read_numeral("十五万") == 150_000
    assert read_numeral("一万零一十") == 10_010


def test_round_trip_below_ten_thousand() -> None:
    for n in range(1, 10_000):
        assert read_numeral(chinese_numeral(n)) == n


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_round_trip_up_to_the_limit(n: int) -> None:
    text = chinese_numeral(n)
    assert read_numeral(text) == n
    assert "零零" not in text
    assert not text.endswith("零")
    assert not text.startswith("一十")
