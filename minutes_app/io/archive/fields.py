"""Reading one archive record with the path of each field, for errors that name it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Any, TypeVar

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.text import first_unsafe, unsafe

E = TypeVar("E", bound=StrEnum)

# Fields export writes that import ignores (derived or computed).
IGNORED = {"computed"}


class Record:
    """A JSON object at `path`; every read marks the field as known."""

    def __init__(self, data: Any, path: str, lenient: bool = False) -> None:
        if not isinstance(data, dict):
            raise ValidationError(msg("field.not_object"), path=path)
        self.data: dict[str, Any] = data
        self.path = path
        self.lenient = lenient
        self._known: set[str] = set(IGNORED)

    def at(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, message: str | Message) -> ValidationError:
        return ValidationError(message, path=self.at(name))

    def raw(self, name: str) -> Any:
        self._known.add(name)
        return self.data.get(name)

    def ignore(self, *names: str) -> None:
        """Fields that are derived on import (by, ended_by, established_by …)."""
        self._known.update(names)

    def text(self, name: str, *, required: bool = True, limit: int = 500) -> str | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.required"))
            return None
        if not isinstance(value, str):
            raise self.fail(name, msg("field.not_text", type=json_type(value)))
        if required and not value.strip():
            raise self.fail(name, msg("field.empty"))
        if len(value) > limit:
            raise self.fail(name, msg("field.too_long", length=len(value), limit=limit))
        check_unicode(value, self.at(name))
        return value

    def key(self, name: str = "key") -> str:
        value = self.text(name, limit=100)
        assert value is not None
        return value

    def ref(
        self, name: str, targets: dict[str, int], what: str, *, required: bool = True
    ) -> int | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.ref_required", what=what))
            return None
        if not isinstance(value, str):
            raise self.fail(name, msg("field.ref_not_text", what=what, type=json_type(value)))
        if value not in targets:
            raise self.fail(name, msg("field.ref_dangling", what=what, value=value))
        return targets[value]

    def integer(
        self,
        name: str,
        *,
        required: bool = True,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.int_required"))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, msg("field.not_int", type=json_type(value)))
        if minimum is not None and value < minimum:
            raise self.fail(name, msg("field.below", minimum=minimum, value=value))
        if maximum is not None and value > maximum:
            raise self.fail(name, msg("field.above", maximum=maximum, value=value))
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(name, msg("field.not_bool", type=json_type(value)))
        return value

    def date(self, name: str, *, required: bool = True) -> dt.date | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.date_required"))
            return None
        if not isinstance(value, str):
            raise self.fail(name, msg("field.date_not_text", type=json_type(value)))
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 else _bad_date()
        except ValueError:
            raise self.fail(name, msg("field.date_bad", value=value[:40])) from None

    def datetime(self, name: str, *, required: bool = True) -> dt.datetime | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.time_required"))
            return None
        if not isinstance(value, str):
            raise self.fail(name, msg("field.time_not_text", type=json_type(value)))
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, msg("field.time_bad", value=value[:40])) from None
        if parsed.tzinfo is not None:
            raise self.fail(name, msg("field.time_zone"))
        return parsed

    def choice(
        self, name: str, enum: type[E], *, required: bool = True, default: E | None = None
    ) -> E | None:
        value = self.raw(name)
        if value is None:
            if required and default is None:
                raise self.fail(
                    name, msg("field.choice_required", allowed=", ".join(e.value for e in enum))
                )
            return default
        try:
            return enum(value)
        except (ValueError, TypeError):
            allowed = ", ".join(e.value for e in enum)
            raise self.fail(
                name, msg("field.choice_bad", value=str(value)[:40], allowed=allowed)
            ) from None

    def items(self, name: str, *, required: bool = False) -> Iterator[Record]:
        for _, value, path in self.list(name, required=required):
            yield Record(value, path, self.lenient)

    def list(self, name: str, *, required: bool = False) -> Iterator[tuple[int, Any, str]]:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.fail(name, msg("field.list_required"))
            return
        if not isinstance(value, list):
            raise self.fail(name, msg("field.not_list", type=json_type(value)))
        for index, item in enumerate(value):
            yield index, item, f"{self.at(name)}[{index}]"

    def sub(self, name: str) -> Record | None:
        value = self.raw(name)
        return None if value is None else Record(value, self.at(name), self.lenient)

    def done(self) -> None:
        """Unknown fields are an error naming their path, unless lenient."""
        if self.lenient:
            return
        for name in self.data:
            if name not in self._known:
                raise ValidationError(
                    msg("field.unknown"),
                    path=self.at(name),
                )


def _bad_date() -> dt.date:
    raise ValueError


def check_unicode(value: str, path: str) -> None:
    """Text must hold no character a file cannot (domain.text): NUL, ESC, U+202E, a lone
    surrogate (from \\ud800 in JSON) … Tab, newline and CR are kept."""
    index = first_unsafe(value)
    if index is not None:
        raise ValidationError(unsafe(value, index), path=path)


def json_type(value: Any) -> str:
    names = {
        bool: "true/false",
        int: "数字",
        float: "数字",
        str: "文字",
        list: "列表",
        dict: "对象",
    }
    return names.get(type(value), type(value).__name__)


class Keys:
    """Keys of one list: unique, each mapped to the id it gets in the database."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.ids: dict[str, int] = {}

    def add(self, record: Record, new_id: int) -> str:
        key = record.key()
        if key in self.ids:
            raise record.fail("key", msg("field.key_twice", what=self.what, key=key))
        self.ids[key] = new_id
        return key
