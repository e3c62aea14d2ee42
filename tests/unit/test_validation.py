"""Checks of what a secretary types: each refusal is a ValidationError whose Chinese
message names the person or number at fault."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from minutes_app.domain.enums import Attendance
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.outcomes import Tally
from minutes_app.domain.validation import (
    NAME_MAX,
    TEXT_MAX,
    TITLE_MAX,
    check_attendance,
    check_ballot_voter,
    check_decision_text,
    check_due,
    check_length,
    check_period,
    check_tally,
    require_text,
)

PRESENT, PROXY, EXCUSED, ABSENT, OBSERVER = (
    Attendance.PRESENT,
    Attendance.PROXY,
    Attendance.EXCUSED,
    Attendance.ABSENT,
    Attendance.OBSERVER,
)
CJK = re.compile(r"[\u4e00-\u9fff]")

NAMES = {
    "p-li": "李建国",
    "p-wang": "王海燕",
    "p-zhou": "周志强",
    "p-zhao": "赵敏",
    "p-guest": "孙丽",
}
SEATS = ["p-li", "p-wang", "p-zhou", "p-zhao"]


def refused(action: Callable[[], object], *fragments: str) -> str:
    """Run `action`, expect a ValidationError in Chinese containing every fragment."""
    with pytest.raises(ValidationError) as info:
        action()
    message = info.value.message
    assert CJK.search(message), message
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    return message


# --- tallies -----------------------------------------------------------------------------


def test_a_tally_within_voting_attendance_is_accepted() -> None:
    check_tally(Tally(5, 1, 1), 7)
    check_tally(Tally(7, 0, 0), 7)
    check_tally(Tally(0, 0, 0), 0)


def test_a_tally_larger_than_voting_attendance_is_refused() -> None:
    message = refused(lambda: check_tally(Tally(6, 1, 1), 7), "8", "7")
    assert "实到" in message


def test_a_tally_one_over_is_refused() -> None:
    refused(lambda: check_tally(Tally(1, 0, 0), 0), "1", "0")


@pytest.mark.parametrize(
    ("tally", "label"),
    [(Tally(-1, 0, 0), "赞成"), (Tally(0, -2, 0), "反对"), (Tally(0, 0, -3), "弃权")],
)
def test_a_negative_count_is_refused(tally: Tally, label: str) -> None:
    number = str(min(tally.for_, tally.against, tally.abstain))
    refused(lambda: check_tally(tally, 9), label, number, "负数")


# --- attendance and proxies --------------------------------------------------------------


def test_a_proper_attendance_list_is_accepted() -> None:
    statuses = {
        "p-li": PRESENT,
        "p-wang": PROXY,
        "p-zhou": EXCUSED,
        "p-zhao": ABSENT,
        "p-guest": OBSERVER,
    }
    holders = {"p-wang": "p-li"}
    check_attendance(statuses, holders, SEATS, NAMES)


def test_a_proxy_without_a_holder_is_refused() -> None:
    statuses = {"p-li": PRESENT, "p-wang": PROXY}
    refused(lambda: check_attendance(statuses, {}, SEATS, NAMES), "王海燕", "受托人")
    refused(lambda: check_attendance(statuses, {"p-wang": None}, SEATS, NAMES), "王海燕")
    refused(lambda: check_attendance(statuses, {"p-wang": ""}, SEATS, NAMES), "王海燕")


@pytest.mark.parametrize("holder_status", [EXCUSED, ABSENT, PROXY])
def test_a_proxy_whose_holder_is_not_present_is_refused(holder_status: Attendance) -> None:
    statuses = {"p-li": holder_status, "p-wang": PROXY}
    holders = {"p-wang": "p-li"}
    if holder_status is PROXY:
        holders["p-li"] = "p-zhou"
        statuses["p-zhou"] = PRESENT
    message = refused(lambda: check_attendance(statuses, holders, SEATS, NAMES), "王海燕", "李建国")
    assert "出席" in message


def test_a_proxy_held_by_an_observer_is_refused() -> None:
    statuses = {"p-guest": OBSERVER, "p-wang": PROXY}
    refused(
        lambda: check_attendance(statuses, {"p-wang": "p-guest"}, SEATS, NAMES), "王海燕", "孙丽"
    )


def test_a_proxy_held_by_someone_not_listed_is_refused() -> None:
    statuses = {"p-li": PRESENT, "p-wang": PROXY}
    refused(
        lambda: check_attendance(statuses, {"p-wang": "p-zhao"}, SEATS, NAMES), "王海燕", "赵敏"
    )


def test_a_proxy_to_oneself_is_refused() -> None:
    statuses = {"p-li": PRESENT, "p-wang": PROXY}
    refused(lambda: check_attendance(statuses, {"p-wang": "p-wang"}, SEATS, NAMES), "王海燕")


def test_a_holder_for_someone_who_is_not_a_proxy_is_refused() -> None:
    statuses = {"p-li": PRESENT, "p-wang": EXCUSED}
    refused(lambda: check_attendance(statuses, {"p-wang": "p-li"}, SEATS, NAMES), "王海燕")


def test_a_seat_cannot_be_an_observer() -> None:
    statuses = {"p-li": PRESENT, "p-zhou": OBSERVER}
    refused(lambda: check_attendance(statuses, {}, SEATS, NAMES), "周志强", "列席")


@pytest.mark.parametrize("status", [PRESENT, PROXY, EXCUSED, ABSENT])
def test_someone_without_a_seat_can_only_be_an_observer(status: Attendance) -> None:
    statuses = {"p-li": PRESENT, "p-guest": status}
    holders = {"p-guest": "p-li"} if status is PROXY else {}
    refused(lambda: check_attendance(statuses, holders, SEATS, NAMES), "孙丽", "列席")


def test_without_seats_anyone_may_attend() -> None:
    check_attendance({"p-li": PRESENT, "p-guest": OBSERVER}, {}, [], NAMES)


def test_a_person_without_a_name_is_named_by_key() -> None:
    refused(lambda: check_attendance({"p-x": PROXY}, {}, ["p-x"], {}), "p-x")


# --- roll call ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [PRESENT, PROXY])
def test_present_and_proxy_seats_vote_in_a_roll_call(status: Attendance) -> None:
    check_ballot_voter("p-li", status, "李建国")


def test_an_observer_cannot_vote_in_a_roll_call() -> None:
    refused(lambda: check_ballot_voter("p-guest", OBSERVER, "孙丽"), "孙丽", "列席", "记名表决")


def test_an_excused_seat_cannot_vote_in_a_roll_call() -> None:
    refused(lambda: check_ballot_voter("p-zhou", EXCUSED, "周志强"), "周志强", "请假")


def test_an_absentee_cannot_vote_in_a_roll_call() -> None:
    refused(lambda: check_ballot_voter("p-zhao", ABSENT, "赵敏"), "赵敏", "未出席")


def test_someone_not_on_the_attendance_list_cannot_vote_in_a_roll_call() -> None:
    refused(lambda: check_ballot_voter("p-zhao", None, "赵敏"), "赵敏", "未出席")


# --- due dates ---------------------------------------------------------------------------


MEETING_DAY = dt.date(2024, 8, 11)


def test_a_due_date_before_the_meeting_is_refused() -> None:
    message = refused(lambda: check_due(dt.date(2024, 8, 1), MEETING_DAY), "完成时限")
    assert "2024-08-01" in message or "2024年8月1日" in message
    assert "2024-08-11" in message or "2024年8月11日" in message


def test_a_due_date_the_day_before_is_refused() -> None:
    refused(lambda: check_due(dt.date(2024, 8, 10), MEETING_DAY), "完成时限")


@pytest.mark.parametrize("due", [MEETING_DAY, dt.date(2024, 8, 12), dt.date(2025, 1, 1), None])
def test_a_due_date_on_or_after_the_meeting_or_none_is_accepted(due: dt.date | None) -> None:
    check_due(due, MEETING_DAY)


# --- decision text and other text --------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\u3000\u3000", "\n\t", None, 5])
def test_an_empty_decision_text_is_refused(text: object) -> None:
    refused(lambda: check_decision_text(text), "决定事项", "不能为空")


def test_a_decision_text_is_returned_as_typed() -> None:
    text = "审议通过《天津市工程咨询协会分支机构管理办法》。"
    assert check_decision_text(text) == text


def test_a_decision_text_may_be_long_but_not_endless() -> None:
    assert check_decision_text("字" * TEXT_MAX) == "字" * TEXT_MAX
    refused(lambda: check_decision_text("字" * (TEXT_MAX + 1)), str(TEXT_MAX), str(TEXT_MAX + 1))


def test_require_text_names_the_field() -> None:
    refused(lambda: require_text("  ", "会议地点"), "会议地点")
    assert require_text("协会会议室", "会议地点") == "协会会议室"


def test_require_text_uses_the_title_limit_by_default() -> None:
    assert require_text("题" * TITLE_MAX, "议题") == "题" * TITLE_MAX
    refused(lambda: require_text("题" * (TITLE_MAX + 1), "议题"), "议题", str(TITLE_MAX))


def test_check_length_reports_the_length_and_the_limit() -> None:
    assert check_length("名" * NAME_MAX, "姓名", NAME_MAX) == "名" * NAME_MAX
    refused(
        lambda: check_length("名" * (NAME_MAX + 5), "姓名", NAME_MAX),
        "姓名",
        str(NAME_MAX + 5),
        str(NAME_MAX),
    )


def test_check_period() -> None:
    start = dt.datetime(2024, 8, 11, 9, 0)
    check_period(start, dt.datetime(2024, 8, 11, 11, 30), "会议")
    check_period(start, start, "会议")
    check_period(start, None, "会议")
    check_period(dt.date(2024, 8, 1), dt.date(2024, 8, 31), "任期")
    refused(lambda: check_period(start, dt.datetime(2024, 8, 11, 8, 0), "会议"), "会议", "结束")


def test_validation_errors_are_user_errors() -> None:
    with pytest.raises(UserError):
        check_due(dt.date(2024, 8, 1), MEETING_DAY)
