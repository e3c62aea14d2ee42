"""Errors a secretary can fix, as opposed to bugs."""

from __future__ import annotations

import unicodedata

from minutes_app.domain.messages import DEFAULT_LANGUAGE, Message, msg

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

    Always one line (the command line promises it): quoted input is escaped. Given a
    `Message` (a catalogue code and its arguments), it renders in Chinese by default and
    in the window's language through `text()`; a plain string stays as written.
    """

    def __init__(self, message: str | Message, *, path: str | None = None) -> None:
        self.path = shorten(one_line(path), 120) if path is not None else None
        self.coded = message if isinstance(message, Message) else None
        text = message.render(DEFAULT_LANGUAGE) if isinstance(message, Message) else message
        message = self._fit(text)
        super().__init__(message)
        self.message = message

    @property
    def code(self) -> str | None:
        return self.coded.code if self.coded else None

    @property
    def own_message(self) -> Message | str:
        """The message without the path: coded when it has a code (to give it a new path)."""
        return self.coded or self.message

    @property
    def content(self) -> Message | str:
        """This error quoted inside another one: coded when it has a code, path first."""
        if self.coded is None:
            return str(self)
        return msg("error.at", path=self.path, text=self.coded) if self.path else self.coded

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The message (without its path) in `language`; uncoded ones as written."""
        if self.coded is None or language == DEFAULT_LANGUAGE:
            return self.message
        return self._fit(self.coded.render(language))

    def _fit(self, text: str) -> str:
        room = MESSAGE_MAX - (len(self.path) + 2 if self.path else 0) - len("minutes-app: ")
        return _bounded(one_line(text), room)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(UserError):
    """A record breaks a rule; nothing was written."""
