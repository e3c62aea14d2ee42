"""会议纪要: layout (GB/T 9704), fonts on styles, page numbers, content, robustness."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import ArchiveLookupError, write_jiyao
from minutes_app.io.docx import styles as st
from minutes_app.io.docx.jiyao import issue_label
from minutes_app.io.docx.prose import split_verb
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
    assert write_jiyao(paper_source_from_json(archive), "m-5-5", out) == []
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
    assert {st.BODY, st.TITLE, st.HEADING_1, st.ATTENDANCE, st.MARK} <= used
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
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    # Latin letters and digits in Times New Roman
    assert rfonts.get(qn("w:ascii")) == rfonts.get(qn("w:hAnsi")) == "Times New Roman"


def test_labels_use_the_heiti_character_style(jiyao: Path) -> None:
    document = open_docx(jiyao)
    blocks = [p for p in document.paragraphs if p.style.name == st.ATTENDANCE]
    assert [p.runs[0].text for p in blocks] == [
        "出席：",
        "委托：",
        "请假：",
        "列席：",
    ]
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
        assert split_verb(decision["text"])[1] in text
    for name in names_of(archive, meeting):
        assert name in text
    for action in actions_of(meeting):
        if action["status"] != "cancelled":
            assert action["title"] in text
    assert "已取消的事项" not in text


def test_decisions_read_as_jiyao_prose_with_the_result_said_once(jiyao: Path) -> None:
    text = all_text(jiyao)
    for phrase in (
        "2024年8月11日上午",
        "会议由会长李光辉主持",
        "会议应到9人，实到7人，委托1人，符合章程规定。",
        "会议审议通过了《天津市工程咨询协会分支机构管理办法》，自印发之日起施行"
        "（五届理事长会决〔2024〕5号）。",
        "会议同意成立咨询成果智能化专家委员会和全过程咨询专家委员会",
        "会议聘任吴静为秘书长助理",
        "与会人员一致同意授予天津中信工程项目管理有限公司特邀副会长单位",
        "会议对“同意自2025年起将会员单位会费标准上调百分之二十”进行了举手表决，"
        "赞成3票、反对4票、弃权1票，未达到到会人数三分之二，未获通过。",
        "会议要求由秘书处牵头成立三十周年纪念活动筹备组。",
        "责任单位：天津市工程咨询协会；完成时限：2024年8月31日",
        "委托李光辉代为表决",
        "马俊（副会长，出差）",
        "钱卫东（监事长）",
    ):
        assert phrase in text, phrase
    # The vote ledger belongs to the 会议记录: no 表决方式, no 须2/3, no 同意N票.
    for ledger in ("表决方式", "表决结果", "须2/3", "同意8票", "决议编号："):
        assert ledger not in text, ledger


def _failed_and_inquorate(archive: dict[str, Any], meeting: dict[str, Any]) -> None:
    meeting["computed"].update({"voting_attendance": 4, "quorate": False})
    for decision in decisions_of(meeting):
        if decision.get("vote"):
            decision["computed"] = {**decision["computed"], "outcome": "inquorate", "number": None}


def test_an_inquorate_meeting_decides_nothing(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    _failed_and_inquorate(archive, meeting)
    meeting["agenda"][1]["decisions"][2]["text"] = (
        "增补天津中信工程项目管理有限公司为特邀副会长单位。"
    )
    out = tmp_path / "inquorate.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "本次会议应到9人，实到3人，委托1人，未达到章程规定的三分之二" in text
    assert "现将会议议定事项纪要如下" not in text and "现将会议讨论情况纪要如下" in text
    assert (
        "会议对“增补天津中信工程项目管理有限公司为特邀副会长单位”进行了讨论，未作出决定。" in text
    )
    assert "会议审议通过了" not in text and "会议明确以下落实事项" not in text
    assert "决会决" not in text and "〔2024〕" not in text.split("纪要如下")[1].split("出席")[0]


def test_consensus_has_no_counts(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    decision = meeting["agenda"][0]["decisions"][0]
    decision["vote"] = {"method": "consensus"}
    decision["computed"].update({"for": 8, "against": 0, "abstain": 0})
    out = tmp_path / "consensus.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "经与会人员一致同意，会议审议通过了《天津市工程咨询协会分支机构管理办法》" in text
    assert "赞成8票" not in text and "8人一致同意" not in text


def test_no_quorum_sentence_where_the_body_has_no_quorum_rule(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    archive["bodies"][0]["quorum"] = None
    meeting["computed"].update({"quorum_required": None, "quorate": True})
    out = tmp_path / "no-rule.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "会议应到9人，实到7人，委托1人。" in text
    assert "章程" not in text


def test_a_draft_carries_its_mark_and_no_issue_date_or_numbers(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["status"] = "draft"
    out = tmp_path / "draft.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "（征求意见稿）" in text
    assert "第5期" not in text and "2024年8月15日" not in text and "〔2024〕5号" not in text
    write_jiyao(paper_source_from_json(archive), "m-5-5", out, draft_mark="送审稿")
    assert "（送审稿）" in all_text(out)
    meeting["status"] = "approved"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    final = all_text(out)
    assert "征求意见稿" not in final and "第5期" in final and "2024年8月15日印发" in final


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("5", "第5期"), ("第5期", "第5期"), ("〔2024〕2号", "〔2024〕2号"),
     ("五届理事长会纪〔2024〕3号", "五届理事长会纪〔2024〕3号")],
)  # fmt: skip
def test_issue_numbers_in_every_house_form(raw: str, shown: str) -> None:
    assert issue_label(raw) == shown


def test_document_properties_come_from_the_meeting(jiyao: Path) -> None:
    props = open_docx(jiyao).core_properties
    assert props.title == "天津市工程咨询协会第五届第五次理事长会议纪要"
    assert props.subject == "天津市工程咨询协会第五届第五次理事长会议"
    assert props.author == "天津市工程咨询协会秘书处"
    assert props.language == "zh-CN" and not props.comments
    assert props.created is not None and props.created.year >= 2025


def test_headings_are_word_list_numbers_naming_the_items(jiyao: Path) -> None:
    document = open_docx(jiyao)
    headings = [p for p in document.paragraphs if p.style.name == st.HEADING_1]
    assert headings[0].text == "审议《天津市工程咨询协会分支机构管理办法》"
    assert all(p._p.pPr.numPr is not None for p in headings)
    numbering = part_xml(jiyao, "word/numbering.xml")
    assert 'w:val="chineseCounting"' in numbering and "%1、" in numbering and "（%2）" in numbering
    assert not [p for p in document.paragraphs if not p.text and p.style.name == st.BODY]


def test_colophon_lines_have_full_width_rules(jiyao: Path) -> None:
    document = open_docx(jiyao)
    table = document.tables[-1]
    lines = table.rows[0].cells[0].paragraphs
    assert [p.text for p in lines] == [
        "\u3000抄送：各副会长单位，协会监事会。",
        "\u3000天津市工程咨询协会秘书处\t2024年8月15日印发",
    ]
    assert all(p.style.name == st.COLOPHON for p in lines)
    top = lines[0]._p.pPr.find(qn("w:pBdr"))
    bottom = lines[1]._p.pPr.find(qn("w:pBdr"))
    assert top.find(qn("w:top")) is not None and bottom.find(qn("w:bottom")) is not None
    # One unsplittable row of fixed height, its text at the bottom (the page's foot).
    assert len(table.rows) == 1 and "<w:cantSplit/>" in table._tbl.xml
    assert 'w:hRule="exact"' in table._tbl.xml and 'w:val="bottom"' in table._tbl.xml


def test_control_characters_dropped_and_missing_glyphs_replaced_with_a_warning(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["computed"]["title"] = "天津市工程咨询协会\x0b第五届\x00理事长会议😀𠀀"
    meeting["agenda"][0]["notes"] = "说明\x0b\x01情况😀"
    meeting["agenda"][0]["decisions"][0]["text"] = "审议\x00通过𠀀办法。"
    out = tmp_path / "control.docx"
    warnings = write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "\x0b" not in part_xml(out) and "\x00" not in part_xml(out)
    assert "理事长会议〓〓" in text.replace("\n", "")
    assert "说明情况〓" in text
    assert "会议审议通过了〓办法（五届理事长会决〔2024〕5号）。" in text
    [warning] = [w.render() for w in warnings]
    assert "😀" in warning and "𠀀" in warning


def test_minutes_null_skips_the_issue_line_and_colophon(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["minutes"] = None
    out = tmp_path / "draft.docx"
    assert write_jiyao(paper_source_from_json(archive), "m-5-5", out) == []
    document = open_docx(out)
    assert document.paragraphs[0].text == "天津市工程咨询协会会议纪要"
    assert document.paragraphs[1].style.name == st.ISSUER
    assert document.paragraphs[1].text == ""
    assert not document.tables
    assert "第5期" not in all_text(out)


def test_corrections_name_the_field_in_words(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["corrections"] = [
        {"field": "地点", "old": "会议室", "new": "协会会议室", "reason": "笔误",
         "by": "p-sun", "at": "2024-08-20T10:00"},
        {"field": "agenda[0].decisions[1].text", "old": "甲", "new": "乙", "reason": "笔误",
         "by": "p-sun", "at": "2024-08-21T10:00"},
    ]  # fmt: skip
    out = tmp_path / "corrections.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "更正：2024年8月20日，孙晓峰将“地点”由“会议室”更正为“协会会议室”，理由：笔误。" in text
    assert "“第一项议题中的第二项决定的内容”" in text


def test_title_made_from_body_term_and_sequence(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    del meeting["computed"]
    out = tmp_path / "no-computed.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    assert "天津市工程咨询协会第五届第五次理事长会议" in all_text(out)


def test_unknown_meeting_is_a_clear_error(archive: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(ArchiveLookupError, match="m-nope"):
        write_jiyao(paper_source_from_json(archive), "m-nope", tmp_path / "x.docx")


def test_big_meeting_exports_everything(big_archive: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "big.docx"
    write_jiyao(paper_source_from_json(big_archive), "m-big", out)
    text = all_text(out)
    meeting = big_archive["meetings"][0]
    assert all(split_verb(d["text"])[1] in text for d in decisions_of(meeting))
    assert all(a["title"] in text for a in actions_of(meeting))
    headings = [p for p in open_docx(out).paragraphs if p.style.name == st.HEADING_1]
    assert len(headings) == 30 and all(p._p.pPr.numPr is not None for p in headings)


def test_a_heard_report_agreed_by_consensus_is_heard_once(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    """Not 会议听取了…的汇报。会议听取了…的汇报，与会人员一致同意。"""
    item = meeting["agenda"][0]
    item.update(title="听取秘书处年度工作总结的汇报", notes="", actions=[])
    decision = item["decisions"][0]
    decision.update(text="同意秘书处年度工作总结的汇报。", effects=[])
    decision["vote"] = {"method": "consensus"}
    out = tmp_path / "consensus.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert text.count("年度工作总结的汇报") == 2, text  # the heading and the lead
    assert "会议听取了秘书长孙晓峰关于秘书处年度工作总结的汇报。与会人员一致同意该汇报" in text


def test_no_lead_sentence_when_the_notes_say_who_reported(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    """The notes name the presenter after a long first clause: no 会议听取了… before them."""
    item = meeting["agenda"][0]
    item["notes"] = (
        "由各理事长组成的专家评审委员会，对经过协会初审、专家评审复审后的申报工作作出最终审定。"
        "孙晓峰秘书长汇报了专家评审会的复审意见。"
    )
    out = tmp_path / "lead.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "会议听取了秘书长孙晓峰关于《天津市工程咨询协会分支机构管理办法》" not in text
