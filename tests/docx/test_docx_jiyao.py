"""会议纪要: layout (GB/T 9704), fonts on styles, page numbers, content, robustness."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.io.docx import ArchiveLookupError, write_jiyao
from minutes_app.io.docx import styles as st
from tests.docx.docx_helpers import (
    actions_of,
    all_text,
    decisions_of,
    names_of,
    open_docx,
    part_xml,
)


@pytest.fixture
def jiyao(archive: dict[str, Any], tmp_path: Path) -> Path:
    out = tmp_path / "纪要.docx"
    assert write_jiyao(archive, "m-5-5", out) == []
    return out


def test_page_is_a4_with_the_gbt9704_margins(jiyao: Path) -> None:
    section = open_docx(jiyao).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert tuple(m.twips for m in margins) == (2098, 1984, 1587, 1474)


def _east_asian_font(style: Any) -> str:
    while style is not None:
        fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            assert fonts.get(qn("w:eastAsiaTheme")) is None
            return str(fonts.get(qn("w:eastAsia")))
        style = style.base_style
    return ""


def _size(style: Any) -> float:
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return 0.0


EXPECTED = {
    st.NORMAL: ("仿宋_GB2312", 16),
    st.BODY: ("仿宋_GB2312", 16),
    st.TITLE: ("方正小标宋简体", 22),
    st.HEADING_1: ("黑体", 16),
    st.HEADING_2: ("楷体_GB2312", 16),
    st.ATTENDANCE: ("仿宋_GB2312", 16),
    st.COLOPHON: ("仿宋_GB2312", 14),
    st.PAGE_NUMBER: ("宋体", 14),
}


def test_every_style_used_has_its_east_asian_font_and_size(jiyao: Path) -> None:
    document = open_docx(jiyao)
    used = {p.style.name for p in document.paragraphs}
    assert {st.BODY, st.TITLE, st.HEADING_1, st.HEADING_2, st.ATTENDANCE, st.MARK} <= used
    for name in used | {st.COLOPHON, st.PAGE_NUMBER}:
        style = document.styles[name]
        assert _east_asian_font(style), name
        if name in EXPECTED:
            assert (_east_asian_font(style), _size(style)) == EXPECTED[name], name


def test_body_pitch_is_22_lines_and_28_characters(jiyao: Path) -> None:
    normal = open_docx(jiyao).styles[st.NORMAL]
    fmt = normal.paragraph_format
    assert fmt.line_spacing.twips == 579
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    spacing = normal.element.rPr.find(qn("w:spacing"))
    assert spacing.get(qn("w:val")) == "-5"
    assert normal.font.size == Pt(16)
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:ascii")) == "仿宋_GB2312"


def test_labels_use_the_heiti_character_style(jiyao: Path) -> None:
    document = open_docx(jiyao)
    blocks = [p for p in document.paragraphs if p.style.name == st.ATTENDANCE]
    assert [p.runs[0].text for p in blocks] == ["出席：", "委托：", "请假：", "列席："]
    assert all(p.runs[0].style.name == st.LABEL for p in blocks)
    assert _east_asian_font(document.styles[st.LABEL]) == "黑体"
    indent = document.styles[st.ATTENDANCE].paragraph_format
    assert indent.left_indent.twips - (-indent.first_line_indent.twips) == 2 * 315


def test_page_numbers_are_page_fields_in_odd_and_even_footers(jiyao: Path) -> None:
    document = open_docx(jiyao)
    assert document.settings.odd_and_even_pages_header_footer is True
    assert "<w:evenAndOddHeaders" in part_xml(jiyao, "word/settings.xml")
    section = document.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
        assert re.search(r"<w:instrText[^>]*>\s*PAGE\s*</w:instrText>", xml)
        paragraph = footer.paragraphs[0]
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert paragraph.alignment.name.lower() == align
        indent = (
            paragraph.paragraph_format.right_indent
            if align == "right"
            else (paragraph.paragraph_format.left_indent)
        )
        assert indent.twips == 280


def test_masthead_red_mark_issue_and_red_rule(jiyao: Path) -> None:
    document = open_docx(jiyao)
    first = document.paragraphs[:3]
    assert first[0].text == "天津市工程咨询协会会议纪要"
    assert first[0].style.name == st.MARK
    assert str(first[0].style.font.color.rgb) == "FF0000"
    assert first[1].text == "第5期"
    assert first[2].text == "天津市工程咨询协会秘书处\t2024年8月15日"
    border = document.styles[st.ISSUER].element.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:color")) == "FF0000"


def test_title_is_split_into_balanced_lines(jiyao: Path) -> None:
    title = next(p for p in open_docx(jiyao).paragraphs if p.style.name == st.TITLE)
    assert title.text == "天津市工程咨询协会第五届\n第五次理事长会议纪要"


def test_content_has_every_decision_attendee_and_action(
    jiyao: Path, archive: dict[str, Any], meeting: dict[str, Any]
) -> None:
    text = all_text(jiyao)
    for decision in decisions_of(meeting):
        assert decision["text"].rstrip("。") in text
    for name in names_of(archive, meeting):
        assert name in text
    for action in actions_of(meeting):
        if action["status"] != "cancelled":
            assert action["title"] in text
    assert "已取消的事项" not in text


def test_votes_outcomes_and_numbers_are_worded(jiyao: Path) -> None:
    text = all_text(jiyao)
    for phrase in (
        "2024年8月11日上午",
        "会议由会长李光辉主持",
        "应到9人，实到8人（含委托1人），符合章程规定",
        "表决方式：举手表决；同意8票，反对0票，弃权0票",
        "表决结果：通过（到会8人，须2/3以上即6票；赞成8票，通过）",
        "表决方式：记名表决；同意7票，反对0票，弃权1票",
        "表决方式：无记名投票",
        "表决方式：一致同意",
        "表决结果：未通过",
        "决议编号：五届理事长会决〔2024〕5号。",
        "责任单位：天津市工程咨询协会；完成时限：2024年8月31日",
        "责任人：孙晓峰",
        "责任单位：咨询成果智能化专家委员会",
        "（一）同意成立咨询成果智能化专家委员会",
        "委托李光辉代为表决",
        "马俊（副会长，出差）",
    ):
        assert phrase in text, phrase


def test_colophon_lines_have_full_width_rules(jiyao: Path) -> None:
    document = open_docx(jiyao)
    table = document.tables[-1]
    lines = [cell.paragraphs[0] for row in table.rows for cell in row.cells]
    assert [p.text for p in lines] == [
        "\u3000抄送：各副会长单位，协会监事会。",
        "\u3000天津市工程咨询协会秘书处\t2024年8月15日印发",
    ]
    assert all(p.style.name == st.COLOPHON for p in lines)
    top = lines[0]._p.pPr.find(qn("w:pBdr"))
    bottom = lines[1]._p.pPr.find(qn("w:pBdr"))
    assert top.find(qn("w:top")) is not None and bottom.find(qn("w:bottom")) is not None
    assert 'w:tblpYSpec="bottom"' in table._tbl.xml


def test_control_characters_are_dropped_and_emoji_kept(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["computed"]["title"] = "天津市工程咨询协会\x0b第五届\x00理事长会议😀𠀀"
    meeting["agenda"][0]["notes"] = "说明\x0b\x01情况😀"
    meeting["agenda"][0]["decisions"][0]["text"] = "审议\x00通过𠀀办法。"
    out = tmp_path / "control.docx"
    write_jiyao(archive, "m-5-5", out)
    text = all_text(out)
    assert "\x0b" not in part_xml(out) and "\x00" not in part_xml(out)
    assert "理事长会议😀𠀀" in text.replace("\n", "")
    assert "说明情况😀" in text
    assert "审议通过𠀀办法。" in text


def test_minutes_null_skips_the_issue_line_and_colophon(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["minutes"] = None
    out = tmp_path / "draft.docx"
    assert write_jiyao(archive, "m-5-5", out) == []
    document = open_docx(out)
    assert document.paragraphs[0].text == "天津市工程咨询协会会议纪要"
    assert document.paragraphs[1].style.name == st.ISSUER
    assert document.paragraphs[1].text == ""
    assert not document.tables
    assert "第5期" not in all_text(out)


def test_inquorate_meeting_and_corrections(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["computed"].update({"voting_attendance": 5, "quorate": False})
    decision = meeting["agenda"][0]["decisions"][0]
    decision["computed"] = {**decision["computed"], "outcome": "inquorate", "number": None}
    del decision["computed"]["basis"]
    meeting["corrections"] = [
        {"field": "地点", "old": "会议室", "new": "协会会议室", "reason": "笔误",
         "by": "p-sun", "on": "2024-08-20"}
    ]  # fmt: skip
    out = tmp_path / "inquorate.docx"
    write_jiyao(archive, "m-5-5", out)
    text = all_text(out)
    assert "实到5人" in text and "未达到章程规定的6人" in text
    assert "表决结果：不足法定人数，不能作出决定（实到5人，未达到法定人数6人）" in text
    assert "更正：2024年8月20日，孙晓峰将“地点”由“会议室”更正为“协会会议室”，理由：笔误。" in text


def test_title_made_from_body_term_and_sequence(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    del meeting["computed"]
    out = tmp_path / "no-computed.docx"
    write_jiyao(archive, "m-5-5", out)
    assert "天津市工程咨询协会第五届第五次理事长会议" in all_text(out)


def test_unknown_meeting_is_a_clear_error(archive: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(ArchiveLookupError, match="m-nope"):
        write_jiyao(archive, "m-nope", tmp_path / "x.docx")


def test_big_meeting_exports_everything(big_archive: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "big.docx"
    write_jiyao(big_archive, "m-big", out)
    text = all_text(out)
    meeting = big_archive["meetings"][0]
    assert all(d["text"] in text for d in decisions_of(meeting))
    assert all(a["title"] in text for a in actions_of(meeting))
    headings = [p.text for p in open_docx(out).paragraphs if p.style.name == st.HEADING_1]
    assert len(headings) == 30 and headings[-1].startswith("三十、")
