"""Errors a secretary can fix, as opposed to bugs."""

from __future__ import annotations

import unicodedata

# What str.splitlines() breaks on, written out so that a message stays one line.
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """Quoted user text may hold line breaks and control characters: show them escaped."""
    if text.isprintable():
        return text
    return "".join(_escape(c) for c in text)


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
        return f"\\u{ord(char):04x}"
    return char


class UserError(Exception):
    """Wrong input or a refused action: the message says what is wrong and what to do.

    Always one line (the command line promises it): quoted input is escaped.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.path = one_line(path) if path is not None else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(UserError):
    """A record breaks a rule; nothing was written."""
