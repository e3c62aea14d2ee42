"""Text helpers: XML-safe text, Chinese dates and times, balanced title lines."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re

from minutes_app.domain.text import clean_text


def clean(text: object) -> str:
    """Return `text` as a string XML can hold (the shared rule of domain.text); None: ''."""
    return clean_text(text)


def clean_line(text: object) -> str:
    """Like `clean`, with line breaks and tabs folded into nothing (for one-line fields)."""
    return re.sub(r"[\t\r\n]+", "", clean(text)).strip()


def paragraphs_of(text: object) -> list[str]:
    """Split notes into non-empty paragraphs, one per line."""
    return [line.strip() for line in clean(text).splitlines() if line.strip()]


def parse_date(value: str | None) -> dt.date | None:
    """The date part of an ISO date or date-time, or None."""
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def chinese_date(value: str | dt.date | None) -> str:
    """2024年8月11日: Arabic digits, full year, no padding (GB/T 9704)."""
    day = parse_date(value) if isinstance(value, str) or value is None else value
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def clock(value: str | None) -> str:
    """The time of an ISO date-time as 9:00, or '' when it has none."""
    if not value or len(value) < 16:
        return ""
    moment = dt.datetime.fromisoformat(value)
    return f"{moment.hour}:{moment.minute:02d}"


def time_span(start: str | None, end: str | None) -> str:
    """2024年8月11日 9:00—11:30 (the end's date is shown when it differs)."""
    text = f"{chinese_date(start)} {clock(start)}".strip()
    if not end:
        return text
    if parse_date(end) != parse_date(start):
        return f"{text}—{chinese_date(end)} {clock(end)}".strip()
    return f"{text}—{clock(end)}" if clock(end) else text


def part_of_day(start: str | None) -> str:
    """上午, 下午 or 晚上 for a date-time; '' for a bare date."""
    if not start or len(start) < 16:
        return ""
    hour = dt.datetime.fromisoformat(start).hour
    if hour < 12:
        return "上午"
    return "下午" if hour < 18 else "晚上"


def with_full_stop(text: str) -> str:
    """Text ending in a sentence mark; adds 。 when it has none."""
    text = text.rstrip()
    if not text or text[-1] in "。！？；…”）》":
        return text
    return text.rstrip("，、：,.;:") + "。"


# ---------------------------------------------------------------- title lines

_NO_BREAK_BEFORE = set("，。、；：？！）》」』”’〕】—…·")
_NO_BREAK_AFTER = set("（《「『“‘〔【")
_GOOD_ENDINGS = ("协会", "届", "次", "会议", "关于", "年", "的")
_BAD = 10**6


def _break_penalty(text: str, pos: int, depth: list[int]) -> int:
    """Cost of a line break before text[pos]."""
    before, after = text[pos - 1], text[pos]
    if after in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER or depth[pos] > 0:
        return _BAD
    if before.isascii() and after.isascii() and (before + after).strip().isalnum():
        return _BAD
    if after == "关" and text[pos : pos + 2] == "关于":
        return 0
    return 0 if text[:pos].endswith(_GOOD_ENDINGS) else 4


def _bracket_depth(text: str) -> list[int]:
    """Nesting depth of 《》 and （） at each position (breaks inside are refused)."""
    depth, level = [], 0
    for char in text:
        depth.append(level)
        if char in "《（(":
            level += 1
        elif char in "》）)" and level:
            level -= 1
    return depth


def split_title(title: str, width: int = 20) -> list[str]:
    """Split a long title into balanced lines of at most `width` characters.

    The lines come out about equally long (GB/T 9704: 排列对称), breaking preferably
    after 协会/届/次/会议 and never inside 《》 or before closing punctuation.
    """
    title = clean_line(title)
    if len(title) <= width:
        return [title]
    lines = math.ceil(len(title) / width)
    depth, relaxed = _bracket_depth(title), [0] * len(title)
    attempts = ((lines, depth), (lines + 1, depth), (lines, relaxed), (lines + 1, relaxed))
    best: list[int] = []
    for count, levels in attempts:
        found = _best_breaks(title, count, width, levels)
        if found is not None:
            best = found
            break
    cuts = [0, *best, len(title)]
    return [title[a:b] for a, b in itertools.pairwise(cuts)]


def _best_breaks(text: str, lines: int, width: int, depth: list[int]) -> list[int] | None:
    """Dynamic programme over break positions: balanced lengths, good break points."""
    ideal = len(text) / lines
    # cost[k][pos]: best cost of k lines covering text[:pos]; prev for backtracking.
    cost: list[dict[int, float]] = [{0: 0.0}]
    prev: list[dict[int, int]] = [{}]
    for k in range(1, lines + 1):
        row: dict[int, float] = {}
        back: dict[int, int] = {}
        ends = [len(text)] if k == lines else range(1, len(text))
        for end in ends:
            penalty = 0 if end == len(text) else _break_penalty(text, end, depth)
            if penalty >= _BAD:
                continue
            for start, base in cost[k - 1].items():
                if 0 < end - start <= width:
                    value = base + (end - start - ideal) ** 2 + penalty
                    if value < row.get(end, math.inf):
                        row[end], back[end] = value, start
        cost.append(row)
        prev.append(back)
    if len(text) not in cost[lines]:
        return None
    breaks, pos = [], len(text)
    for k in range(lines, 1, -1):
        pos = prev[k][pos]
        breaks.append(pos)
    return sorted(breaks)
