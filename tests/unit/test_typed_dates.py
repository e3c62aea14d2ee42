"""Times and dates typed the way a secretary types them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.typed_dates import Unreadable, parse_date, parse_moment, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [("11:30", (11, 30)), ("1130", (11, 30)), ("9:00", (9, 0)), ("930", (9, 30)),
     ("9", (9, 0)), ("11：30", (11, 30)), ("９:３０", (9, 30)), ("9点", (9, 0)),
     ("9点30分", (9, 30)), ("9点半", (9, 30)), (" 14:05 ", (14, 5)), ("0:00", (0, 0))],
)  # fmt: skip
def test_times(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == dt.time(*expected)


@pytest.mark.parametrize("text", ["", "25:00", "11:60", "abc", "11:30:00", "12345", "下午"])
def test_not_times(text: str) -> None:
    with pytest.raises(Unreadable):
        parse_time(text)


@pytest.mark.parametrize(
    "text",
    ["2024-9-30", "2024/9/30", "2024.9.30", "2024年9月30日", "2024年9月30", "20240930",
     "2024-09-30", "9月30日", "9-30", "9/30", "２０２４年９月３０日"],
)  # fmt: skip
def test_dates(text: str) -> None:
    assert parse_date(text, 2024) == dt.date(2024, 9, 30)


def test_a_short_date_is_in_the_given_year() -> None:
    assert parse_date("9月30日", 2023) == dt.date(2023, 9, 30)


@pytest.mark.parametrize("text", ["", "2024-2-30", "2024-13-1", "30", "明天", "2024-9"])
def test_not_dates(text: str) -> None:
    with pytest.raises(Unreadable):
        parse_date(text, 2024)


def test_moments() -> None:
    assert parse_moment("2024-8-11 9:00", 2024) == dt.datetime(2024, 8, 11, 9, 0)
    assert parse_moment("2024年8月11日 930", 2024) == dt.datetime(2024, 8, 11, 9, 30)
    assert parse_moment("2024年8月11日9点", 2024) == dt.datetime(2024, 8, 11, 9, 0)
    assert parse_moment("8月11日 14:30", 2025) == dt.datetime(2025, 8, 11, 14, 30)
    with pytest.raises(Unreadable):
        parse_moment("2024-8-11", 2024)
