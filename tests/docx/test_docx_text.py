"""Text helpers: XML-safe text, dates, balanced titles."""

from __future__ import annotations

import datetime as dt
import re

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


# Words a title line must never split: from the seed newsletter's and the ten-year
# archive's titles (项目管理咨/询行业协会 was once printed).
WORDS = ("咨询", "协会", "行业", "管理", "项目", "工程", "会员", "代表", "大会", "理事",
         "会议", "纪要", "委员会", "换届", "支部", "召开", "成立", "周年", "纪念")  # fmt: skip
LONG_TITLES = (
    "天津市建设工程项目管理咨询行业协会第五届第五次理事长会议纪要",
    "天津市建设工程项目管理咨询行业协会第五届第三次会员代表大会纪要",
    "天津市工程咨询协会第五届会员代表大会第一次会议暨换届大会纪要",
    "中共天津市工程咨询协会支部2016年第30次支部委员会纪要",
    "天津市工程咨询协会第五届四次理事长会议纪要",
    "天津市工程咨询协会第五届第十一次监事会纪要",
    "天津市工程咨询协会关于召开第五届会员代表大会第三次会议暨协会成立三十周年纪念大会的通知",
)


def _broken_words(lines: list[str]) -> list[str]:
    text, broken, cut = "".join(lines), [], 0
    for line in lines[:-1]:
        cut += len(line)
        broken += [w for w in WORDS if any(
            text.startswith(w, cut - i) for i in range(1, len(w)))]  # fmt: skip
    return broken


@pytest.mark.parametrize("title", LONG_TITLES)
def test_long_titles_break_between_words_in_balanced_lines(title: str) -> None:
    lines = split_title(title)
    assert "".join(lines) == title
    assert len(lines) >= 2 and all(len(line) <= 20 for line in lines)
    assert not _broken_words(lines), lines
    organisation = re.match(r"^.*?协会", title)
    assert organisation and any(organisation.group(0) in line for line in lines), lines
    lengths = [len(line) for line in lines]
    assert max(lengths) - min(lengths) <= 6, lines
    middle = lengths[1:-1]
    assert all(n >= min(lengths[0], lengths[-1]) for n in middle), f"hourglass: {lines}"


def test_a_name_to_keep_whole_stays_on_one_line() -> None:
    name = "天津市工程咨询协会工程造价专家委员会"
    lines = split_title(f"{name}2024年第二次全体委员会议纪要", keep=(name,))
    assert lines[0] == name


def test_title_breaks_after_a_unit_noun_for_balanced_lines() -> None:
    """天津市2024年工程咨询单位 / 乙级资信专家评审会纪要, not 天津市2024年 / 工程咨询单位…"""
    assert split_title("天津市2024年工程咨询单位乙级资信专家评审会纪要", 20) == [
        "天津市2024年工程咨询单位",
        "乙级资信专家评审会纪要",
    ]
