"""User-error messages by code: a Chinese and an English template for each.

A raise site names a code and its arguments (`msg("meeting.not_found", key=key)`); the
command line prints the Chinese rendering, the window renders in its own language.
Arguments named `what`, `label`, `type`, `action` or `reason` may hold words of the app
(a field name like 标题, what was being done to a file) and are translated through
`TERMS` when they are listed there; other arguments are user input, never translated.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from minutes_app.domain.message_texts import TERMS, TEXTS
from minutes_app.domain.numerals import chinese_numeral

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
# Placeholders that may hold the app's own words.
TERM_FIELDS = frozenset({"what", "label", "type", "action", "reason"})


@dataclass(frozen=True)
class Message:
    code: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, language: str = DEFAULT_LANGUAGE) -> str:
        zh, en = TEXTS[self.code]
        template = en if language == "en" else zh
        values = {name: _value(name, v, language) for name, v in self.args.items()}
        if language == "en":  # "The position" inside a sentence is "the position"
            values = {n: _mid_sentence(n, v, template) for n, v in values.items()}
        return _FORMATTER.format(template, **values)


class _Formatter(string.Formatter):
    """str.format, and `{n!c}` writes the number n in Chinese numerals (第{n!c}届: 第五届)."""

    def convert_field(self, value: object, conversion: str | None) -> object:
        if conversion == "c":
            return chinese_numeral(int(str(value)))
        return super().convert_field(value, conversion)


_FORMATTER = _Formatter()


def on_day(day: dt.date) -> Message:
    """A date inside a message: 2024年8月11日 in Chinese, 2024-08-11 in English."""
    return msg("date.day", year=day.year, month=day.month, day=day.day)


def msg(code: str, /, **args: object) -> Message:
    """A message of the catalogue; an unknown code is a bug, caught here at once."""
    if code not in TEXTS:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, MappingProxyType(dict(args)))


def _mid_sentence(name: str, value: str, template: str) -> str:
    if name in TERM_FIELDS and value.startswith("The ") and not template.startswith("{" + name):
        return "t" + value[1:]
    return value


def _value(name: str, value: object, language: str) -> str:
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, tuple | list):  # names listed: 、 in Chinese, a comma in English
        return ("、" if language != "en" else ", ").join(str(v) for v in value)
    text = str(value)
    if language == "en" and name in TERM_FIELDS:
        return TERMS.get(text, text)
    return text
