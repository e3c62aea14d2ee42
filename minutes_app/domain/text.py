"""Characters text may not hold, and what the file formats make of the rest.

One rule for every entry and every export: C0 controls other than tab, newline and CR,
DEL and the C1 controls, the bidirectional overrides and isolates (U+202A–U+202E,
U+2066–U+2069: they make "gpj.exe" look like "exe.jpg"), lone surrogates and the
non-characters U+FFFE/U+FFFF. XML 1.0 (xlsx, docx) cannot hold most of them, and the
rest only confuse or deceive whoever reads the file. Emoji, CJK Extension B (𠀀) and
the zero-width joiner of emoji sequences are ordinary text and pass.

Entry refuses them with a message naming the field (`check_text`); every export
removes them (`clean_text`) from data stored before the rule existed.
"""

from __future__ import annotations

import re

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import Message, msg

UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)

# A spreadsheet treats a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


def clean_text(text: object) -> str:
    """`text` as a string without unsafe characters; None becomes ''."""
    if text is None:
        return ""
    return UNSAFE.sub("", str(text))


def first_unsafe(text: str) -> int | None:
    """The index of the first unsafe character, or None."""
    found = UNSAFE.search(text)
    return found.start() if found else None


def check_text(value: str, what: str) -> str:
    """`value` unchanged, or ValidationError naming `what` and the character."""
    index = first_unsafe(value)
    if index is None:
        return value
    raise ValidationError(unsafe(value, index, what))


def unsafe_message(value: str, index: int, what: str = "") -> str:
    return unsafe(value, index, what).render()


def unsafe(value: str, index: int, what: str = "") -> Message:
    """Why `value` cannot be saved: the character at `index`, in the catalogue's words."""
    code = ord(value[index])
    kind = msg("text.surrogate") if 0xD800 <= code <= 0xDFFF else msg("text.control")
    origin = msg("text.word_break") if code == 0x0B else msg("text.pasted")
    return msg(
        "text.unsafe", what=what, kind=kind, code=f"{code:04X}", index=index + 1, origin=origin
    )


def guard_formula(text: str) -> str:
    """A text cell of a csv that a spreadsheet would run as a formula, made plain text."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_START) else text


def unguard_formula(text: str) -> str:
    """The inverse of `guard_formula`: the one quote an export added is taken off."""
    if text.startswith(FORMULA_GUARD) and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text
