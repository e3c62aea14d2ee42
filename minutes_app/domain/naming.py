"""How a secretary names a meeting or a body on the command line.

A meeting is found by its key, its full title, or a unique part of one of the ways
it is written: 天津市工程咨询协会第五届第五次理事长会议, 第五届第五次理事长会议,
五届五次理事长会议 (the newsletter's short form), 第五届五次理事长会, or its date
2024-08-11. Matching ignores spaces and full-width/half-width differences.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from minutes_app.domain.numerals import chinese_numeral


def folded(text: str) -> str:
    """NFKC, case-folded, without white space: what two spellings of a name share."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def meeting_aliases(
    title: str, organisation: str, term: int, sequence: int, body_names: Iterable[str]
) -> list[str]:
    """Every way the meeting may be written, folded."""
    t, s = chinese_numeral(term), chinese_numeral(sequence)
    heads = (f"第{t}届第{s}次", f"第{t}届{s}次", f"{t}届{s}次", f"{t}届第{s}次")
    names = [n for n in body_names if n]
    forms = [title, title.removeprefix(organisation)]
    forms += [head + name for head in heads for name in names]
    return [folded(f) for f in forms]


def matches(query: str, aliases: Iterable[str]) -> bool:
    q = folded(query)
    return bool(q) and any(q in alias for alias in aliases)
