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


MESSAGE_MAX = 300  # characters of one error line, the path it names included


def shorten(value: object, limit: int = 40) -> str:
    """A value quoted in a message, cut to `limit` characters with … (a name, a cell)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bounded(message: str, room: int) -> str:
    """A message too long (a value quoted in full) keeps its start and its advice."""
    if len(message) <= room:
        return message
    tail = max(room // 3, 1)
    return message[: room - tail - 1] + "…" + message[-tail:]


class UserError(Exception):
    """Wrong input or a refused action: the message says what is wrong and what to do.

    Always one line (the command line promises it): quoted input is escaped.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = shorten(one_line(path), 120) if path is not None else None
        room = MESSAGE_MAX - (len(self.path) + 2 if self.path else 0) - len("minutes-app: ")
        message = _bounded(one_line(message), room)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(UserError):
    """A record breaks a rule; nothing was written."""
