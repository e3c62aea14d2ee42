"""会议记录, 签到表, 议程 and 决议汇编."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.archive.sample import register_archive
from minutes_app.io.docx import styles as st
from minutes_app.io.docx import write_agenda, write_record, write_register, write_signin
from tests.docx.docx_helpers import actions_of, all_text, decisions_of, names_of, open_docx


def _rows(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_record_facts_table_and_everything_said(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "记录.docx"
    assert write_record(paper_source_from_json(archive), "m-5-5", out) == []
    document = open_docx(out)
    facts = dict((row[0], row[1]) for row in _rows(document.tables[0]))
    assert facts["会议名称"] == "天津市工程咨询协会第五届第五次理事长会议"
    assert facts["会议时间"] == "2024年8月11日 9:00—11:30"
    assert facts["主持人"] == "会长李光辉"
    assert facts["记录人"] == "综合部主任张雪"
    assert facts["应到/实到"] == "应到9人，实到7人，委托1人，符合章程规定"
    assert "钱卫东" in facts["列席"] and facts["缺席"] == "无"
    text = all_text(out)
    for decision in decisions_of(meeting):
        assert decision["text"].rstrip("。") in text
    for action in actions_of(meeting):
        assert action["title"] in text
    for name in names_of(archive, meeting):
        assert name in text
    assert "孙晓峰秘书长介绍了办法的起草情况" in text
    assert "主持人（签字）" in text and "记录人（签字）" in text
    assert (
        "表决方式：举手表决；表决结果：赞成8票、反对0票、弃权0票，到会8人，须2/3以上即6票，通过。"
        in text
    )
    assert "表决方式：一致同意；表决结果：通过。" in text  # 一致同意 said once
    assert "与会人员一致同意，通过" not in text
    assert "\u3000\u3000" not in text  # no runs of ideographic spaces doing layout
    assert document.settings.odd_and_even_pages_header_footer is True


def test_record_states_no_effect_of_a_failed_or_inquorate_decision(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    meeting["computed"].update({"voting_attendance": 4, "proxies": 1, "quorate": False})
    for decision in decisions_of(meeting):
        if decision.get("vote"):
            decision["computed"] = {**decision["computed"], "outcome": "inquorate"}
    out = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "变更事项：" not in text
    assert "拟变更事项（未生效）：授予天津中信工程项目管理有限公司特邀副会长单位。" in text
    assert "实到3人，委托1人，未达到法定人数6人，未作出决定。" in text
    assert "不能作出决定（" not in text


def test_record_lists_roll_call_ballots_per_person(archive: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", out)
    ballots = next(t for t in open_docx(out).tables if _rows(t)[0][-1] == "表决意见")
    rows = _rows(ballots)
    assert rows[0] == ["序号", "单位", "姓名", "表决意见"]
    assert len(rows) == 1 + 8
    assert ["5", "天津市政工程设计研究总院有限公司", "陈明远", "弃权"] in rows
    assert ballots.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_record_effects_in_words(archive: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", out)
    text = all_text(out)
    assert "成立咨询成果智能化专家委员会；成立全过程咨询专家委员会" in text
    assert "聘任吴静为秘书长助理" in text
    assert "授予天津中信工程项目管理有限公司特邀副会长单位" in text


def test_signin_lists_the_seats_with_an_empty_signature_column(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "签到表.docx"
    assert write_signin(paper_source_from_json(archive), "m-5-5", out) == []
    document = open_docx(out)
    rows = _rows(document.tables[0])
    assert rows[0] == ["序号", "单位", "姓名", "职务", "签名"]
    seats = rows[1:10]
    assert [r[0] for r in seats] == [str(n) for n in range(1, 10)]
    assert seats[0] == ["1", "天津市工程咨询协会", "李光辉", "会长", ""]
    assert all(r[4] == "" for r in seats)
    assert rows[10][0] == "列席人员"
    assert rows[11][2] == "钱卫东"
    assert rows[12:] == [["", "", "", "", ""]] * 2  # three 列席 rows, one of them known
    widths = [c.width.mm for c in document.tables[0].columns]
    assert widths[4] >= 30 and widths[4] == max(widths[2:])  # room for a signature
    assert "时间：2024年8月11日 9:00—11:30" in all_text(out)
    assert "天津市工程咨询协会第五届第五次理事长会议签到表" in all_text(out).replace("\n", "")


def test_signin_seats_follow_the_meetings_term(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    archive["bodies"][0]["seats"].append({"person": "p-wu", "term": 4})
    out = tmp_path / "签到表.docx"
    write_signin(paper_source_from_json(archive), "m-5-5", out)
    assert "吴静" not in all_text(out)


def test_agenda_numbers_items_with_presenters(archive: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "议程.docx"
    assert write_agenda(paper_source_from_json(archive), "m-5-5", out) == []
    text = all_text(out)
    assert "一、审议《天津市工程咨询协会分支机构管理办法》（汇报人：秘书长孙晓峰）" in text
    assert "三、研究协会成立三十周年纪念活动和会费标准调整（汇报人：会长李光辉）" in text
    assert "地点：协会会议室" in text and "主持人：会长李光辉" in text


def test_register_in_number_order_with_effects(tmp_path: Path) -> None:
    archive = register_archive(30)
    meetings = archive["meetings"]
    meetings.reverse()  # the register sorts by number, not by list order
    out = tmp_path / "汇编.docx"
    assert write_register(paper_source_from_json(archive), "b-presidents", 2024, out) == []
    document = open_docx(out)
    section = document.sections[0]
    assert section.page_width > section.page_height
    rows = _rows(document.tables[0])
    assert rows[0] == ["编号", "日期", "会议", "决定事项", "表决结果", "变更事项"]
    numbers = [row[0] for row in rows[1:]]
    assert numbers == [f"五届理事长会决〔2024〕{n}号" for n in range(1, 31)]
    assert any("成立咨询成果智能化专家委员会" in row[5] for row in rows)
    assert any(row[5] == "通过《天津市工程咨询协会分支机构管理办法》" for row in rows)
    assert any(row[4].startswith("举手表决：同意8票") and row[4].endswith("通过") for row in rows)
    assert all(
        cell.paragraphs[0].style.name == st.SMALL_TEXT for cell in document.tables[0].rows[1].cells
    )


def test_register_leaves_out_failed_other_years_and_other_bodies(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "汇编.docx"
    write_register(paper_source_from_json(archive), "b-presidents", 2024, out)
    rows = _rows(open_docx(out).tables[0])
    assert [row[0] for row in rows[1:]] == [f"五届理事长会决〔2024〕{n}号" for n in (5, 6, 7, 8)]
    assert "会费标准" not in all_text(out)
    empty = tmp_path / "2023.docx"
    [warning] = write_register(paper_source_from_json(archive), "b-presidents", 2023, empty)
    assert warning.render() == "2023年没有理事长会议的已编号决议"
    assert warning.render("en") == "理事长会议 has no numbered decisions in 2023"


def test_register_says_consensus_once_and_names_the_meeting_without_the_body(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """与会8人一致同意，通过 (not 一致同意：与会8人一致同意); 第五届第五次会议 in a
    register whose title already names the 理事长会议."""
    out = tmp_path / "汇编.docx"
    write_register(paper_source_from_json(archive), "b-presidents", 2024, out)
    rows = _rows(open_docx(out).tables[0])
    consensus = [row for row in rows if "一致同意" in row[4]]
    assert consensus and all(row[4] == "与会8人一致同意，通过" for row in consensus), consensus
    assert {row[2] for row in rows[1:]} == {"第五届第五次会议"}
    assert {row[1] for row in rows[1:]} == {"8月11日"}  # the year is in the title
