"""Search over the minutes: how text is folded, indexed and shown as a snippet.

The definition of a hit is plain: a record is found when fold(query) is a substring of
fold(field) for one of its searched fields, where fold is NFKC then case folding
(`bim` finds BIM技术专家委员会, `２０周年` finds 20周年). The indexes only make that fast.
"""

from __future__ import annotations

import datetime as dt
import operator
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

# Characters a snippet shows before the hit and in all.
SNIPPET_BEFORE = 16
SNIPPET_WIDTH = 60
# Beyond this length a field's snippet is not aligned character by character.
_ALIGN_LIMIT = 4000


class HitKind(StrEnum):
    """What a hit is; the order is the order the window groups them in."""

    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    DECISION = "decision"
    ACTION = "action"
    UNIT = "unit"
    PERSON = "person"
    COMMITTEE = "committee"

    @property
    def in_meeting(self) -> bool:
        return self in (HitKind.AGENDA_ITEM, HitKind.DECISION, HitKind.ACTION)


@dataclass(frozen=True)
class Snippet:
    """A piece of the field's own text with the hit at text[start:end]."""

    text: str
    start: int
    end: int

    @property
    def hit(self) -> str:
        return self.text[self.start : self.end]


@dataclass(frozen=True)
class SearchHit:
    """One record found. `key` is the record's key (within its meeting for agenda items,
    decisions and actions); `meeting_key` is None for registry records. A hit in an
    action's progress note is reported as that action."""

    kind: HitKind
    key: str
    meeting_key: str | None
    meeting_title: str | None
    meeting_date: dt.date | None
    snippet: Snippet
    # The agenda item the hit is in (an agenda item's own key): where the editor opens.
    agenda_key: str | None = None


@dataclass(frozen=True)
class SearchFilter:
    """Narrow the hits to meetings of one body (key), term and/or year.

    Registry records belong to no meeting: any filter leaves them out."""

    body: str | None = None
    term: int | None = None
    year: int | None = None

    @property
    def active(self) -> bool:
        return self.body is not None or self.term is not None or self.year is not None


def fold(text: str) -> str:
    """The form text is matched in: compatibility-normalised (full width → half width),
    then case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def matches(folded_query: str, text: str | None) -> bool:
    return bool(text) and folded_query in fold(text or "")


# The gram index's tokens are made of the characters themselves (SQLite's ascii tokenizer
# keeps every non-ASCII character); ASCII punctuation and space, which it would split on,
# and the private-use characters used to escape them become two-character escapes.
_ESCAPE = "\U000f0000"
_SPECIAL = [chr(c) for c in range(128) if not chr(c).isalnum()] + [
    chr(c) for c in range(0xF0000, 0xF0100)
]
_UNITS = {c: _ESCAPE + chr(0xF0100 + i) for i, c in enumerate(_SPECIAL)}
_SPECIALS = frozenset(_SPECIAL)


def _units(folded: str) -> list[str] | str:
    """The index's units of `folded`: its characters, the special ones escaped (the
    string itself when it has none, as most Chinese text: the same units, sooner)."""
    if _SPECIALS.isdisjoint(folded):
        return folded
    return [_UNITS.get(c, c) for c in folded]


def short_token(folded_query: str) -> str:
    """The gram index token for a one- or two-character folded query."""
    assert 1 <= len(folded_query) <= 2
    return ("u" if len(folded_query) == 1 else "b") + "".join(_units(folded_query))


def gram_tokens(folded: str) -> str:
    """Every distinct character and pair of neighbouring characters of `folded`, as
    tokens of the short-query index (the trigram index cannot answer 1–2 characters)."""
    units = _units(folded)
    singles = "u" + " u".join(dict.fromkeys(units))
    if len(units) < 2:
        return singles
    pairs = dict.fromkeys(map(operator.add, units[:-1], units[1:]))
    # Always the same text for the same input: deleting from the index repeats it.
    return singles + " b" + " b".join(pairs)


class _CharFolds(dict[int, str]):
    """fold() of each character met, for str.translate; the characters that do not fold
    to exactly one character are also kept in `odd`."""

    def __init__(self) -> None:
        super().__init__()
        self.odd: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        if len(folded) != 1:
            self.odd.add(chr(code))
        if len(self) < 65536:  # a bound: snippets meet the same few thousand again
            self[code] = folded
        return folded


_FOLDS = _CharFolds()


def _fold_char(char: str) -> str:
    return _FOLDS[ord(char)]


def _folded_starts(text: str) -> list[int] | None:
    """For each character of `text`, where its folded form starts in fold(text);
    None when folding one character at a time does not give fold(text) (combining
    marks that NFKC composes across characters)."""
    starts, total, pieces = [], 0, []
    for char in text:
        starts.append(total)
        piece = _fold_char(char)
        pieces.append(piece)
        total += len(piece)
    starts.append(total)
    if "".join(pieces) == fold(text):
        return starts
    if len(text) > _ALIGN_LIMIT:
        return None
    return [len(fold(text[:i])) for i in range(len(text) + 1)]


def locate(text: str, folded_query: str) -> tuple[int, int]:
    """Where (in `text` itself) the first hit of `folded_query` lies; (0, 0) if unknown."""
    folded = fold(text)
    found = folded.find(folded_query)
    if found >= 0 and folded == text:  # most Chinese text: folding changes nothing
        return found, found + len(folded_query)
    if found >= 0 and text.translate(_FOLDS) == folded and _FOLDS.odd.isdisjoint(text):
        # Each character folds to one on its own (full-width punctuation): same places.
        return found, found + len(folded_query)
    starts = _folded_starts(text) if found >= 0 else None
    if starts is None:
        return 0, 0
    end_folded = found + len(folded_query)
    first = max(i for i, s in enumerate(starts) if s <= found)
    last = min(i for i, s in enumerate(starts) if s >= end_folded)
    return first, max(last, first)


def snippet(text: str, folded_query: str) -> Snippet:
    """The hit with some context around it, on one line."""
    flat = " ".join(text.split())
    start, end = locate(flat, folded_query)
    begin = max(0, min(start - SNIPPET_BEFORE, len(flat) - SNIPPET_WIDTH))
    stop = max(end, begin + SNIPPET_WIDTH)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if stop < len(flat) else ""
    shown = prefix + flat[begin:stop] + suffix
    offset = len(prefix) - begin
    return Snippet(shown, start + offset, end + offset)
