"""Meeting titles, resolution numbers and dates as the association writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from minutes_app.domain.numerals import chinese_numeral


def meeting_title(organisation: str, term: int, sequence: int, body_name: str) -> str:
    """天津市工程咨询协会第五届第五次理事长会议."""
    return f"{organisation}第{chinese_numeral(term)}届第{chinese_numeral(sequence)}次{body_name}"


def meeting_short_title(term: int, sequence: int, body_name: str) -> str:
    """五届五次理事长会议, the newsletter's short form."""
    return f"{chinese_numeral(term)}届{chinese_numeral(sequence)}次{body_name}"


def resolution_number(term: int, body_short_name: str, year: int, seq: int) -> str:
    """五届理事长会决〔2024〕5号."""
    return f"{chinese_numeral(term)}届{body_short_name}决〔{year}〕{seq}号"


def chinese_date(day: dt.date) -> str:
    """2024年8月11日: Arabic digits, full year, no padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def assign_numbers(frozen: list[int | None]) -> list[int]:
    """Sequence numbers for the passed decisions of one body and year, in order.

    `frozen[i]` is the number decision i already carries in approved minutes (it never
    changes) or None. Unfrozen decisions are numbered after every frozen one, in order,
    so a number is never given twice.
    """
    taken = [n for n in frozen if n is not None]
    next_free = max(taken, default=0) + 1
    result: list[int] = []
    for number in frozen:
        if number is None:
            number = next_free
            next_free += 1
        result.append(number)
    return result


# Offices in the order a 纪要 gives precedence: the one a person is named by when they
# hold several on the day (会长 before 党支部书记, 副会长 before 秘书长助理).
TITLE_PRECEDENCE = (
    "会长",
    "理事长",
    "常务副会长",
    "副会长",
    "副理事长",
    "监事长",
    "秘书长",
    "常务副秘书长",
    "副秘书长",
    "秘书长助理",
    "监事",
    "常务理事",
    "理事",
    "党支部书记",
    "党支部副书记",
)


def principal_title(titles: list[str]) -> str | None:
    """The one 职务 a person is named by, of those held on a day (listed order breaks ties)."""
    if not titles:
        return None

    def rank(item: tuple[int, str]) -> tuple[int, int]:
        index, title = item
        known = (
            TITLE_PRECEDENCE.index(title) if title in TITLE_PRECEDENCE else len(TITLE_PRECEDENCE)
        )
        return known, index

    return min(enumerate(titles), key=rank)[1]


def title_on(held: Iterable[tuple[str, dt.date, dt.date | None]], day: dt.date) -> str | None:
    """The 职务 a person is named by on `day`, of (title, from, to) positions.

    A position holds from its start up to, not including, its end."""
    return principal_title(
        [t for t, start, end in held if start <= day and (end is None or day < end)]
    )


def decision_name(item: int, decision: int, decisions_in_item: int) -> str:
    """第二项议题的决定, or 第二项议题的第一项决定 when the item has several (0-based)."""
    name = f"第{chinese_numeral(item + 1)}项议题的"
    if decisions_in_item > 1:
        name += f"第{chinese_numeral(decision + 1)}项"
    return name + "决定"
