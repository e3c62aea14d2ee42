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


Moment = str | dt.date | None  # an ISO text (as the archive writes it) or a date(-time)


def parse_date(value: Moment) -> dt.date | None:
    """The date part of an ISO date or date-time, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def chinese_date(value: Moment) -> str:
    """2024年8月11日: Arabic digits, full year, no padding (GB/T 9704)."""
    day = parse_date(value)
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def _moment(value: Moment) -> dt.datetime | None:
    """The date-time of a value that has a time of day; None for a bare date."""
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or len(value) < 16:
        return None
    return dt.datetime.fromisoformat(value)


def clock(value: Moment) -> str:
    """The time of an ISO date-time as 9:00, or '' when it has none."""
    moment = _moment(value)
    return f"{moment.hour}:{moment.minute:02d}" if moment else ""


def time_span(start: Moment, end: Moment) -> str:
    """2024年8月11日 9:00—11:30 (the end's date is shown when it differs)."""
    text = f"{chinese_date(start)} {clock(start)}".strip()
    if not end:
        return text
    if parse_date(end) != parse_date(start):
        return f"{text}—{chinese_date(end)} {clock(end)}".strip()
    return f"{text}—{clock(end)}" if clock(end) else text


def part_of_day(start: Moment) -> str:
    """上午, 下午 or 晚上 for a date-time; '' for a bare date."""
    moment = _moment(start)
    if moment is None:
        return ""
    if moment.hour < 12:
        return "上午"
    return "下午" if moment.hour < 18 else "晚上"


def with_full_stop(text: str) -> str:
    """Text ending in a sentence mark; adds 。 when it has none."""
    text = text.rstrip()
    if not text or text[-1] in "。！？；…”）》":
        return text
    return text.rstrip("，、：,.;:") + "。"


# ---------------------------------------------------------------- title lines

_NO_BREAK_BEFORE = set("，。、；：？！）》」』”’〕】—…·")
_NO_BREAK_AFTER = set("（《「『“‘〔【")
# Word boundaries of titles: a line may end after these, or start with GOOD_STARTS.
_GOOD_ENDINGS = (
    "协会", "学会", "商会", "联合会", "促进会", "研究会", "委员会", "支部", "分会",
    "届", "次", "会议", "大会", "年", "年度", "单位", "的", "和", "及", "、",
)  # fmt: skip
_GOOD_STARTS = ("第", "关于", "暨", "《", "（")
_ORGANISATION = re.compile(r"^.{2,30}?(?:协会|学会|商会|联合会|促进会|研究会)")
_MID_WORD = 60  # a break that may fall inside a word: only when nothing else fits
_HOURGLASS = 20  # a middle line shorter than its neighbours (GB/T 9704: 梯形或菱形)
_BAD = 10**6


def _break_penalty(text: str, pos: int, depth: list[int]) -> int:
    """Cost of a line break before text[pos]; depth > 0 marks a protected position."""
    before, after = text[pos - 1], text[pos]
    if after in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER or depth[pos] > 0:
        return _BAD
    if before.isascii() and after.isascii() and (before + after).strip().isalnum():
        return _BAD
    if text[:pos].endswith(_GOOD_ENDINGS) or text[pos:].startswith(_GOOD_STARTS):
        return 0
    return _MID_WORD


def _protected(text: str, keep: tuple[str, ...]) -> list[int]:
    """> 0 where a break is refused: inside 《》 and （）, and inside names kept whole."""
    depth, level = [], 0
    for char in text:
        depth.append(level)
        if char in "《（(":
            level += 1
        elif char in "》）)" and level:
            level -= 1
    found = _ORGANISATION.match(text)
    names = (*keep, found.group(0)) if found else keep
    for name in filter(None, names):
        for match in re.finditer(re.escape(name), text):
            for pos in range(match.start() + 1, match.end()):
                depth[pos] += 1
    return depth


def split_title(title: str, width: int = 20, keep: tuple[str, ...] = ()) -> list[str]:
    """Split a long title into balanced lines of at most `width` characters.

    Lines break between words (after 协会/届/次/会议…, before 第/关于/暨), never inside
    《》 or a name in `keep` (the organisation's name is always kept whole), and come
    out about equally long in a 梯形 or 菱形 shape (GB/T 9704: 排列对称).
    """
    title = clean_line(title)
    if len(title) <= width:
        return [title]
    lines = math.ceil(len(title) / width)
    strict, relaxed = _protected(title, keep), [0] * len(title)
    attempts = ((lines, strict), (lines + 1, strict), (lines, relaxed), (lines + 1, relaxed))
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
    # cost[k][(pos, length)]: best cost of k lines covering text[:pos], the last one
    # `length` long (for the shape rule); prev for backtracking.
    cost: list[dict[tuple[int, int], float]] = [{(0, 0): 0.0}]
    prev: list[dict[tuple[int, int], tuple[int, int]]] = [{}]
    for k in range(1, lines + 1):
        row: dict[tuple[int, int], float] = {}
        back: dict[tuple[int, int], tuple[int, int]] = {}
        ends = [len(text)] if k == lines else range(1, len(text))
        for end in ends:
            penalty = 0 if end == len(text) else _break_penalty(text, end, depth)
            if penalty >= _BAD:
                continue
            for state, base in cost[k - 1].items():
                start = state[0]
                size = end - start
                if not 0 < size <= width:
                    continue
                value = base + (size - ideal) ** 2 + penalty
                if k == lines and lines >= 3:
                    value += _shape_penalty(cost, prev, k - 1, state, size)
                if value < row.get((end, size), math.inf):
                    row[(end, size)], back[(end, size)] = value, state
        cost.append(row)
        prev.append(back)
    finals = [state for state in cost[lines] if state[0] == len(text)]
    if not finals:
        return None
    state = min(finals, key=lambda s: cost[lines][s])
    breaks = []
    for k in range(lines, 1, -1):
        state = prev[k][state]
        breaks.append(state[0])
    return sorted(breaks)


def _shape_penalty(
    cost: list[dict[tuple[int, int], float]],
    prev: list[dict[tuple[int, int], tuple[int, int]]],
    k: int,
    state: tuple[int, int],
    last: int,
) -> float:
    """An hourglass (a line shorter than both its neighbours) anywhere in the lines."""
    lengths = [last]
    while k > 0:
        lengths.append(state[1])
        state = prev[k][state] if k > 1 else (0, 0)
        k -= 1
    lengths.reverse()
    hourglass = any(
        lengths[i] < lengths[i - 1] and lengths[i] < lengths[i + 1]
        for i in range(1, len(lengths) - 1)
    )
    return _HOURGLASS if hourglass else 0
