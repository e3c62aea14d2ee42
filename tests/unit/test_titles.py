"""Meeting titles, resolution numbers and dates as the association writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.titles import (
    assign_numbers,
    chinese_date,
    meeting_short_title,
    meeting_title,
    resolution_number,
)

ORG = "天津市工程咨询协会"


# --- titles ------------------------------------------------------------------------------


def test_meeting_title() -> None:
    assert meeting_title(ORG, 5, 5, "理事长会议") == "天津市工程咨询协会第五届第五次理事长会议"


@pytest.mark.parametrize(
    ("term", "sequence", "title"),
    [
        (5, 12, "天津市工程咨询协会第五届第十二次理事会"),
        (1, 1, "天津市工程咨询协会第一届第一次理事会"),
        (10, 20, "天津市工程咨询协会第十届第二十次理事会"),
        (6, 21, "天津市工程咨询协会第六届第二十一次理事会"),
        (5, 99, "天津市工程咨询协会第五届第九十九次理事会"),
    ],
)
def test_meeting_title_numbers_in_chinese(term: int, sequence: int, title: str) -> None:
    assert meeting_title(ORG, term, sequence, "理事会") == title


def test_meeting_short_title() -> None:
    assert meeting_short_title(5, 5, "理事长会议") == "五届五次理事长会议"
    assert meeting_short_title(5, 11, "常务理事会") == "五届十一次常务理事会"


# --- resolution numbers ------------------------------------------------------------------


def test_resolution_number() -> None:
    assert resolution_number(5, "理事长会", 2024, 5) == "五届理事长会决〔2024〕5号"


def test_resolution_number_sequence_in_arabic_digits() -> None:
    assert resolution_number(5, "理事会", 2025, 12) == "五届理事会决〔2025〕12号"
    assert resolution_number(10, "常务理事会", 2030, 1) == "十届常务理事会决〔2030〕1号"


def test_assign_numbers_without_frozen_numbers_counts_from_one() -> None:
    assert assign_numbers([None, None, None]) == [1, 2, 3]


def test_assign_numbers_of_nothing() -> None:
    assert assign_numbers([]) == []


def test_assign_numbers_continues_after_approved_minutes() -> None:
    # Two decisions in approved minutes, then a draft meeting's decisions.
    assert assign_numbers([1, 2, None, None]) == [1, 2, 3, 4]


def test_assign_numbers_keeps_frozen_numbers_where_they_are() -> None:
    # A number in approved minutes never changes, even out of order or with gaps.
    assert assign_numbers([3, None, None]) == [3, 4, 5]
    assert assign_numbers([1, None, 5]) == [1, 6, 5]


def test_assign_numbers_never_reuses_a_frozen_number() -> None:
    # A draft meeting held before an approved one still gets a fresh number.
    assert assign_numbers([None, 1, 2]) == [3, 1, 2]


def test_assign_numbers_after_a_decision_dropped_from_a_draft() -> None:
    # Draft decisions are renumbered freely; the approved ones stay.
    assert assign_numbers([1, 2, 3, None]) == [1, 2, 3, 4]
    assert assign_numbers([1, 2, None]) == [1, 2, 3]


@st.composite
def frozen_lists(draw: st.DrawFn) -> list[int | None]:
    length = draw(st.integers(min_value=0, max_value=30))
    frozen_values = draw(
        st.lists(st.integers(min_value=1, max_value=60), unique=True, max_size=length)
    )
    slots: list[int | None] = [*frozen_values, *([None] * (length - len(frozen_values)))]
    return draw(st.permutations(slots))


@settings(max_examples=300, deadline=None)
@given(frozen=frozen_lists())
def test_assign_numbers_properties(frozen: list[int | None]) -> None:
    numbers = assign_numbers(frozen)
    assert len(numbers) == len(frozen)
    # frozen numbers stay
    for given_number, number in zip(frozen, numbers, strict=True):
        if given_number is not None:
            assert number == given_number
    # no number is given twice
    assert len(set(numbers)) == len(numbers)
    # new numbers follow every frozen one, in order, without gaps between them
    new = [n for f, n in zip(frozen, numbers, strict=True) if f is None]
    start = max((f for f in frozen if f is not None), default=0) + 1
    assert new == list(range(start, start + len(new)))


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2024, 8, 11), "2024年8月11日"),
        (dt.date(2024, 8, 5), "2024年8月5日"),
        (dt.date(2025, 1, 1), "2025年1月1日"),
        (dt.date(2024, 12, 31), "2024年12月31日"),
    ],
)
def test_chinese_date_has_no_padding(day: dt.date, text: str) -> None:
    assert chinese_date(day) == text


def test_chinese_date_of_a_datetime_is_its_day() -> None:
    assert chinese_date(dt.datetime(2024, 8, 11, 9, 30)) == "2024年8月11日"


def test_decisions_are_named_by_their_item() -> None:
    from minutes_app.domain.titles import decision_name

    assert decision_name(1, 0, 1) == "第二项议题的决定"
    assert decision_name(0, 1, 2) == "第一项议题的第二项决定"
