"""The catalogue of user-error messages: both languages, the same placeholders."""

from __future__ import annotations

import string

import pytest

from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.message_texts import TEXTS
from minutes_app.domain.messages import msg
from minutes_app.domain.validation import require_text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_code_has_chinese_and_english_with_the_same_fields(code: str) -> None:
    zh, en = TEXTS[code]
    assert zh.strip() and en.strip(), code
    assert any("\u4e00" <= c <= "\u9fff" for c in zh) or _only_fields(zh), f"{code}: not Chinese"
    assert en.isascii() or not any("\u4e00" <= c <= "\u9fff" for c in _outside_quotes(en)), code
    assert _fields(zh) == _fields(en), code


def _only_fields(template: str) -> bool:
    """A template that only joins other messages ("{path}: {text}") has no words."""
    words = "".join(literal for literal, _, _, _ in string.Formatter().parse(template))
    return not any(c.isalpha() for c in words)


def _outside_quotes(text: str) -> str:
    """English may quote a Chinese example (“第五届第五次理事长会议”), nothing else."""
    out, inside = [], False
    for char in text:
        if char in "“”":
            inside = char == "“"
        elif not inside:
            out.append(char)
    return "".join(out)


def test_a_coded_error_is_chinese_by_default_and_english_on_request() -> None:
    exc = UserError(msg("meeting.not_found", key="m-x"))
    assert str(exc) == "找不到会议“m-x”；请检查会议编号（可用 minutes-app meetings 查看）"
    assert exc.code == "meeting.not_found"
    english = "No meeting “m-x”; check the meeting key (minutes-app meetings lists them)"
    assert exc.text("en") == english


def test_words_of_the_app_inside_a_message_are_translated_user_text_is_not() -> None:
    with pytest.raises(ValidationError) as caught:
        require_text("  ", "姓名")
    assert caught.value.message == "姓名不能为空，请填写"
    assert caught.value.text("en") == "The name cannot be empty; please fill it in"
    quoted = UserError(msg("meeting.key_taken", key="姓名"))
    assert quoted.text("en") == "The meeting key “姓名” is already used; choose another"


def test_an_unknown_code_is_a_bug_found_at_once() -> None:
    with pytest.raises(KeyError):
        msg("no.such.code")
