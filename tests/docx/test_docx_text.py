"""Text helpers: XML-safe text, dates, balanced titles."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.io.docx.text import (
    chinese_date,
    clean,
    part_of_day,
    split_title,
    time_span,
    with_full_stop,
)


def test_clean_drops_xml_illegal_characters_only() -> None:
    typed = "会议\x0b纪要\x00 😀 𠀀\t制表\n换行\r回车\ufffe\uffff\ud800尾"
    assert clean(typed) == "会议纪要 😀 𠀀\t制表\n换行\r回车尾"


def test_clean_of_none_is_empty() -> None:
    assert clean(None) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-08-11", "2024年8月11日"), ("2024-01-05T09:00", "2024年1月5日"), (None, "")],
)
def test_chinese_date_has_no_padding(value: str | None, expected: str) -> None:
    assert chinese_date(value) == expected


def test_chinese_date_accepts_a_date() -> None:
    assert chinese_date(dt.date(2025, 12, 1)) == "2025年12月1日"


def test_time_span_same_day_and_overnight() -> None:
    assert time_span("2024-08-11T09:00", "2024-08-11T11:30") == "2024年8月11日 9:00—11:30"
    assert time_span("2024-08-11T20:00", "2024-08-12T01:00") == (
        "2024年8月11日 20:00—2024年8月12日 1:00"
    )


def test_part_of_day() -> None:
    assert part_of_day("2024-08-11T09:00") == "上午"
    assert part_of_day("2024-08-11T14:30") == "下午"
    assert part_of_day("2024-08-11T19:00") == "晚上"
    assert part_of_day("2024-08-11") == ""


def test_with_full_stop() -> None:
    assert with_full_stop("同意") == "同意。"
    assert with_full_stop("同意。") == "同意。"
    assert with_full_stop("审议《办法》") == "审议《办法》"


def test_short_title_stays_on_one_line() -> None:
    assert split_title("理事长会议纪要") == ["理事长会议纪要"]


def test_long_title_splits_into_balanced_lines_at_a_word_boundary() -> None:
    lines = split_title("天津市工程咨询协会第五届第五次理事长会议纪要")
    assert "".join(lines) == "天津市工程咨询协会第五届第五次理事长会议纪要"
    assert lines == ["天津市工程咨询协会第五届", "第五次理事长会议纪要"]


def test_title_never_breaks_inside_book_title_marks() -> None:
    title = "关于审议《分支机构管理办法》和《专家委员会工作规则》等事项的会议纪要"
    lines = split_title(title)
    assert "".join(lines) == title
    assert all(len(line) <= 20 for line in lines)
    for line in lines:
        assert line.count("《") == line.count("》")
    lengths = [len(line) for line in lines]
    assert max(lengths) - min(lengths) <= 8


def test_very_long_title_uses_more_lines() -> None:
    title = "协会" * 30
    lines = split_title(title)
    assert len(lines) == 3
    assert "".join(lines) == title
