"""会议记录: the internal working record, everything in order, signed by 主持人 and 记录人."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import Twips

from minutes_app.domain.enums import ActionStatus
from minutes_app.domain.messages import Message
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import AgendaItem, Ballot, Decision, Meeting
from minutes_app.io.docx import fields, ooxml, phrases, styles
from minutes_app.io.docx.builder import Builder, no_split
from minutes_app.io.docx.common import attendance_summary, corrections, meeting_title, title_block
from minutes_app.io.docx.jiyao import ATTENDANCE_LABELS
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import (
    chinese_date,
    clean_line,
    paragraphs_of,
    time_span,
    with_full_stop,
)

RECORD_STYLES = (
    styles.NORMAL,
    styles.BODY,
    styles.TITLE,
    styles.HEADING_1,
    styles.HEADING_2,
    styles.LABEL,
    styles.TABLE_TEXT,
    styles.TABLE_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
FACT_WIDTHS = (1900, 6945)
# 单位 names of 16 characters on one line; 姓名 and 表决意见 hold four.
BALLOT_WIDTHS = (800, 5200, 1400, 1445)
# 序号 and 责任单位（人） on one line, and 2024年12月31日 unbroken (LibreOffice spaces digits)
ACTION_WIDTHS = (800, 2845, 2300, 2900)


def write_record(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 会议记录 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, RECORD_STYLES, warnings)
    title_block(doc, f"{meeting_title(lookup, meeting)}记录")
    _facts(doc, lookup, meeting)
    for number, item in enumerate(meeting.agenda, start=1):
        _item(doc, lookup, meeting, item, number)
    _actions(doc, lookup, meeting)
    corrections(doc, lookup, meeting)
    _signatures(doc)
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def _facts(doc: Builder, lookup: Lookup, meeting: Meeting) -> None:
    start = meeting.start
    rows = [
        ("会议名称", meeting_title(lookup, meeting)),
        ("会议时间", time_span(start, meeting.end)),
        ("会议地点", clean_line(meeting.location)),
        ("主持人", lookup.titled_name(meeting.chair, start)),
        ("记录人", lookup.titled_name(meeting.recorder, start)),
        ("应到/实到", attendance_summary(lookup, meeting).removeprefix("会议")),
    ]
    groups = lookup.attendance(meeting)
    for status, label in ATTENDANCE_LABELS:
        rows.append((label, phrases.attendee_list(groups[status], status) or "无"))
    table = doc.table(("项目", "内容"), FACT_WIDTHS, header=False)
    for label, value in rows:
        doc.row(table, (label, value), (styles.TABLE_HEAD, styles.TABLE_TEXT))
    # A long 出席 row may run onto the next page rather than leave this one empty.
    doc.gap()


def _item(doc: Builder, lookup: Lookup, meeting: Meeting, item: AgendaItem, number: int) -> None:
    doc.para(f"{chinese_numeral(number)}、{clean_line(item.title)}", styles.HEADING_1)
    presenter = lookup.titled_name(item.presenter, meeting.start)
    if presenter:
        doc.labelled("汇报人：", presenter, styles.BODY)
    notes = paragraphs_of(item.notes)
    if notes:
        doc.labelled("讨论情况：", notes[0], styles.BODY)
    for paragraph in notes[1:]:
        doc.para(paragraph, styles.BODY)
    for index, decision in enumerate(item.decisions, start=1):
        _decision(doc, lookup, meeting, decision, index)


def _decision(doc: Builder, lookup: Lookup, meeting: Meeting, decision: Decision, n: int) -> None:
    text = with_full_stop(clean_line(decision.text))
    heading = doc.labelled(f"决定事项{chinese_numeral(n)}：", text, styles.BODY)
    heading.paragraph_format.keep_with_next = True
    vote = phrases.vote_sentence(decision, meeting, lookup)
    doc.para(vote or "本事项未经表决。", styles.BODY)
    number = phrases.number_sentence(decision)
    if number:
        doc.para(number, styles.BODY)
    effects = phrases.effects(decision, lookup)
    if effects and phrases.took_effect(decision, meeting):
        doc.labelled("变更事项：", f"{effects}。", styles.BODY)
    elif effects:
        doc.labelled("拟变更事项（未生效）：", f"{effects}。", styles.BODY)
    ballots = decision.vote.ballots if decision.vote else []
    if ballots:
        _ballots(doc, lookup, ballots)


def _ballots(doc: Builder, lookup: Lookup, ballots: list[Ballot]) -> None:
    """记名表决: one row per ballot, as cast."""
    table = doc.table(("序号", "单位", "姓名", "表决意见"), BALLOT_WIDTHS)
    for index, ballot in enumerate(ballots, start=1):
        key = ballot.person
        values = (
            str(index),
            lookup.person_unit(key),
            lookup.person_name(key),
            phrases.CHOICE.get(ballot.choice, clean_line(ballot.choice)),
        )
        doc.row(table, values, centred=(0, 3))
    no_split(table)
    doc.gap()


def _actions(doc: Builder, lookup: Lookup, meeting: Meeting) -> None:
    actions = meeting.actions()
    if not actions:
        return
    doc.para("落实事项", styles.HEADING_1)
    table = doc.table(("序号", "事项", "责任单位（人）", "完成时限"), ACTION_WIDTHS)
    for index, action in enumerate(actions, start=1):
        _, owner = lookup.owner(action.owner)
        title = clean_line(action.title)
        if action.status == ActionStatus.CANCELLED:
            title += "（已取消）"
        values = (str(index), title, owner, chinese_date(action.due))
        doc.row(table, values, centred=(0,))
    no_split(table)
    doc.gap()


def _signatures(doc: Builder) -> None:
    """主持人 and 记录人 signature lines: tab stops, not runs of spaces; kept together,
    and with the last lines before them, so they are never alone on a page."""
    _keep_with_signatures(doc)
    first = doc.para("主持人（签字）：\t记录人（签字）：", styles.NORMAL)
    fmt = first.paragraph_format
    fmt.space_before = Twips(2 * styles.LINE_PITCH)
    fmt.keep_with_next = fmt.keep_together = True
    fmt.tab_stops.add_tab_stop(Twips(doc.text_width // 2))
    last = doc.para("日期：\t年\t月\t日", styles.NORMAL)
    for position in (5 * styles.BODY_CHAR, 7 * styles.BODY_CHAR, 9 * styles.BODY_CHAR):
        last.paragraph_format.tab_stops.add_tab_stop(Twips(position))


def _keep_with_signatures(doc: Builder) -> None:
    """Keep what ends the record (a paragraph, or a table's last row) with what follows."""
    body = doc.document.element.body
    last = next((e for e in reversed(body) if e.tag != qn("w:sectPr")), None)
    if last is None:
        return
    paragraphs = list(last.iter(qn("w:p")))
    if last.tag == qn("w:tbl"):
        paragraphs = list(last.findall(qn("w:tr"))[-1].iter(qn("w:p")))
    for paragraph in paragraphs:
        ooxml.ppr_child(paragraph.get_or_add_pPr(), "w:keepNext")
