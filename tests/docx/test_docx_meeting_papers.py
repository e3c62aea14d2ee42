"""会议通知, 表决票 and 会议简报: made from the record, no retyping."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import write_ballot, write_news, write_notice
from tests.docx.docx_helpers import all_text, decisions_of, open_docx


def test_notice_has_every_section_the_agenda_and_a_reply_form(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    archive["people"][8]["phone"] = "022-23456789"
    meeting["recorder"] = "p-sun"
    out = tmp_path / "通知.docx"
    warnings = write_notice(
        paper_source_from_json(archive), "m-5-5", out, today=dt.date(2024, 8, 1)
    )
    assert warnings == []
    text = all_text(out)
    assert "关于召开第五届第五次理事长会议的通知" in text
    assert "各理事长单位：" in text
    assert "经研究，定于2024年8月11日上午召开第五届第五次理事长会议，现将有关事项通知如下：" in text
    for heading in ("会议时间", "会议地点", "会议议程", "参会人员", "有关要求"):
        assert heading in text
    assert "2024年8月11日（星期日）上午9:00—11:30" in text
    assert "请于2024年8月8日前将回执（见附件）报送协会秘书处" in text
    assert "书面委托书" in text
    assert "联系人：孙晓峰，电话：022-23456789" in text
    assert "2024年8月1日" in text
    for item in meeting["agenda"]:
        assert item["title"].rstrip("。") in text
    reply = open_docx(out).tables[-1]
    assert [c.text for c in reply.rows[0].cells] == ["单位", "姓名", "职务", "是否参会", "联系电话"]


def test_notice_of_a_past_meeting_leaves_the_date_to_write_in(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "通知.docx"
    warnings = write_notice(
        paper_source_from_json(archive), "m-5-5", out, today=dt.date(2025, 1, 1)
    )
    said = [w.render() for w in warnings]
    assert "会议已召开，通知日期留空，请手工填写" in said
    assert any("电话" in w for w in said)


def test_ballot_lists_the_secret_motions_with_boxes_rules_and_a_tally_sheet(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "表决票.docx"
    assert write_ballot(paper_source_from_json(archive), "m-5-5", out) == []
    document = open_docx(out)
    ballot, tally = document.tables[0], document.tables[1]
    assert [c.text for c in ballot.rows[0].cells] == ["序号", "表决事项", "同意", "反对", "弃权"]
    secret = [
        d for d in decisions_of(meeting) if (d.get("vote") or {}).get("method") == "secret_ballot"
    ]
    assert len(ballot.rows) == 1 + len(secret)
    assert [c.text for c in ballot.rows[1].cells][2:] == ["□", "□", "□"]
    text = all_text(out)
    assert "在选定的方框内划“√”" in text and "多划或不划视为无效票" in text
    assert [c.text for c in tally.rows[0].cells][2:6] == ["发出", "收回", "有效", "无效"]
    assert "监票人（签字）" in text and "计票人（签字）" in text


def test_ballot_without_secret_votes_warns(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    for decision in decisions_of(meeting):
        if decision.get("vote"):
            decision["vote"]["method"] = "show_of_hands"
    warnings = write_ballot(paper_source_from_json(archive), "m-5-5", tmp_path / "b.docx")
    assert [w.render() for w in warnings] == [
        "本次会议没有无记名投票的事项，表决票列出了全部决定事项"
    ]


def test_news_is_a_third_person_article_without_counts(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "简报.docx"
    assert write_news(paper_source_from_json(archive), "m-5-5", out) == []
    text = all_text(out)
    assert "天津市工程咨询协会第五届五次理事长会议圆满召开" in text
    assert "2024年8月11日上午，天津市工程咨询协会在协会会议室召开了第五届五次理事长会议。" in text
    assert "会议由李光辉会长主持" in text
    assert "审议通过了《天津市工程咨询协会分支机构管理办法》" in text
    assert "上调百分之二十" not in text.split("进行了讨论")[0].split("审议通过了")[-1]
    for internal in ("票", "应到", "实到", "须2/3", "〔2024〕"):
        assert internal not in text, internal
    assert "高质量发展" in text


def test_news_of_an_inquorate_meeting_states_nothing_as_done(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["computed"]["quorate"] = False
    out = tmp_path / "简报.docx"
    write_news(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "圆满召开" not in text and "审议通过了" not in text and "进行了讨论" in text


def test_news_of_a_meeting_with_its_own_title_names_the_organisation_once(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    """天津市2024年…评审会圆满召开, not 天津市工程咨询协会天津市2024年…评审会."""
    meeting["title"] = meeting["computed"]["title"] = "天津市2024年工程咨询单位乙级资信专家评审会"
    out = tmp_path / "简报.docx"
    write_news(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "天津市2024年工程咨询单位乙级资信专家评审会圆满召开" in text
    assert "天津市工程咨询协会天津市" not in text.split("2024年8月11日")[0]


def test_news_states_only_what_the_record_holds(archive: dict[str, Any], tmp_path: Path) -> None:
    """No 对协会下一阶段工作作出了部署 (the record does not say so); titles without （退休）."""
    archive["people"][1]["title_in_unit"] = "高级工程师（退休）"
    archive["people"][1]["positions"] = []
    out = tmp_path / "简报.docx"
    write_news(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "作出了部署" not in text
    opening = text.split("出席会议")[0]
    assert "（退休）" not in opening and "高级工程师" in opening, opening


def test_tally_signatures_are_kept_with_the_tallys_last_row(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """监票人/计票人 never alone on a page: the last row keeps with the signature line."""
    out = tmp_path / "表决票.docx"
    write_ballot(paper_source_from_json(archive), "m-5-5", out)
    document = open_docx(out)
    tally = document.tables[-1]
    assert "发出" in tally.rows[0].cells[2].text
    for cell in tally.rows[-1].cells:
        assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs), cell.text


def test_news_of_a_busy_meeting_names_the_first_decisions_and_counts_the_rest(
    big_archive: dict[str, Any], tmp_path: Path
) -> None:
    """Not one sentence of sixty clauses: five named, the rest counted."""
    out = tmp_path / "简报.docx"
    write_news(paper_source_from_json(big_archive), "m-big", out)
    paragraphs = [p.text for p in open_docx(out).paragraphs if p.text.startswith("会议")]
    assert paragraphs and max(p.count("；") for p in paragraphs) <= 4, paragraphs
    assert any(re.search(r"会议还就其余\d+项事项作出了决定。", p) for p in paragraphs), paragraphs
