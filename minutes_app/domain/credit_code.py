"""统一社会信用代码 (unified social credit code), as GB 32100-2015 defines it.

Eighteen characters from a 31-character set (the digits and the capital letters
without I, O, S, V and Z); the 18th is a check character computed from the first 17
with fixed weights. Messages say which character is wrong and what it should be.
"""

from __future__ import annotations

import unicodedata

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import Message, msg

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
WHAT = "统一社会信用代码"

_VALUES = {c: i for i, c in enumerate(CHARSET)}


def normalize(text: str) -> str:
    """Full-width characters to half-width, surrounding blanks off, letters upper case."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (which must all be in the set)."""
    total = sum(_VALUES[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """What is wrong with `code` (already normalized), in Chinese, or None when valid."""
    found = fault(code)
    return found.render() if found else None


def fault(code: str) -> Message | None:
    """What is wrong with `code` (already normalized), or None when it is valid."""
    if len(code) != LENGTH:
        return msg("credit_code.length", length=len(code))
    for position, char in enumerate(code, 1):
        if char not in _VALUES:
            return msg("credit_code.char", position=position, char=char)
    expected = check_character(code[:17])
    if code[17] != expected:
        return msg("credit_code.check", expected=expected, found=code[17])
    return None


def validate(text: str) -> str:
    """The normalized code, or ValidationError saying which character is wrong."""
    code = normalize(text)
    message = fault(code)
    if message is not None:
        raise ValidationError(message)
    return code


def is_valid(text: str) -> bool:
    return problem(normalize(text)) is None
