"""User-error messages by code: a Chinese and an English template for each.

A raise site names a code and its arguments (`msg("meeting.not_found", key=key)`); the
command line prints the Chinese rendering, the window renders in its own language.
Arguments named `what`, `label` or `type` hold words of the app (a field name like 标题) and are
translated through `TERMS`; other arguments are user input, never translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from minutes_app.domain.message_texts import TERMS, TEXTS

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
TERM_FIELDS = frozenset({"what", "label", "type"})  # placeholders that hold the app's own words


@dataclass(frozen=True)
class Message:
    code: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, language: str = DEFAULT_LANGUAGE) -> str:
        zh, en = TEXTS[self.code]
        template = en if language == "en" else zh
        values = {name: _value(name, v, language) for name, v in self.args.items()}
        return template.format(**values)


def msg(code: str, /, **args: object) -> Message:
    """A message of the catalogue; an unknown code is a bug, caught here at once."""
    if code not in TEXTS:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, MappingProxyType(dict(args)))


def _value(name: str, value: object, language: str) -> str:
    if isinstance(value, Message):
        return value.render(language)
    text = str(value)
    if language == "en" and name in TERM_FIELDS:
        return TERMS.get(text, text)
    return text
