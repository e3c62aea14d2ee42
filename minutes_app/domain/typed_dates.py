"""Times and dates as a secretary types them: 11:30, 1130, 2024-9-30, 2024年9月30日, 9月30日.

Pure parsing: each function returns the value or raises `Unreadable` (a ValueError) with
what kind of entry was expected; the window says it in the user's language.
"""

from __future__ import annotations

import datetime as dt
import re

# Full-width digits and punctuation an input method may give, as ASCII.
_WIDE = str.maketrans("０１２３４５６７８９：／．－　", "0123456789:/.- ")
_TIME = re.compile(r"(\d{1,2})(?:[:.点时](?:(\d{1,2})分?|(半))?)?")
_COMPACT_TIME = re.compile(r"(\d{1,2})(\d{2})")
_FULL_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SHORT_DATE = re.compile(r"(\d{1,2})[-/.月](\d{1,2})日?")


class Unreadable(ValueError):
    """The text is not a time (or date) in any way the association writes one."""


def _clean(text: str) -> str:
    return text.translate(_WIDE).strip()


def parse_time(text: str) -> dt.time:
    """11:30, 11：30, 1130, 930, 9:00, 9, 9点, 9点30分, 9点半 → a time of day."""
    value = _clean(text).replace(" ", "")
    found = _TIME.fullmatch(value)
    if found:
        hour, minute = int(found[1]), 30 if found[3] else int(found[2] or 0)
    elif (found := _COMPACT_TIME.fullmatch(value)) is not None:
        hour, minute = int(found[1]), int(found[2])
    else:
        raise Unreadable(text)
    if hour > 23 or minute > 59:
        raise Unreadable(text)
    return dt.time(hour, minute)


def parse_date(text: str, year: int) -> dt.date:
    """2024-9-30, 2024/9/30, 2024.9.30, 2024年9月30日, 20240930; 9月30日 and 9-30 in `year`."""
    value = _clean(text).replace(" ", "")
    found = _FULL_DATE.fullmatch(value) or _COMPACT_DATE.fullmatch(value)
    if found:
        parts = int(found[1]), int(found[2]), int(found[3])
    elif (short := _SHORT_DATE.fullmatch(value)) is not None:
        parts = year, int(short[1]), int(short[2])
    else:
        raise Unreadable(text)
    try:
        return dt.date(*parts)
    except ValueError:  # 2024-2-30: no such day
        raise Unreadable(text) from None


def parse_moment(text: str, year: int) -> dt.datetime:
    """A date and a time, a space between them: 2024-8-11 9:00, 2024年8月11日 9点."""
    value = _clean(text)
    day, _, time = value.rpartition(" ")
    if not day:  # 2024年8月11日9:00: the time follows 日 directly
        day, mark, time = value.partition("日")
        day += mark
    if not time.strip():
        raise Unreadable(text)
    return dt.datetime.combine(parse_date(day, year), parse_time(time))
