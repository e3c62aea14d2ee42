"""会议纪要: the formal minutes in the GB/T 9704 layout with the house-style header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.shared import Pt, Twips

from minutes_app.domain.numerals import chinese_numeral
from minutes_app.io.docx import fields, ooxml, phrases, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.common import (
    attendance_summary,
    corrections,
    meeting_title,
    title_block,
)
from minutes_app.io.docx.lookup import Lookup, Record
from minutes_app.io.docx.text import (
    chinese_date,
    clean_line,
    paragraphs_of,
    part_of_day,
    with_full_stop,
)

JIYAO_STYLES = (
    styles.NORMAL,
    styles.BODY,
    styles.TITLE,
    styles.HEADING_1,
    styles.HEADING_2,
    styles.MARK,
    styles.ISSUE_NO,
    styles.ISSUER,
    styles.ATTENDANCE,
    styles.LABEL,
    styles.COLOPHON,
    styles.PAGE_NUMBER,
)
ATTENDANCE_LABELS = (
    ("present", "出席"),
    ("proxy", "委托"),
    ("excused", "请假"),
    ("absent", "缺席"),
    ("observer", "列席"),
)
THICK_RULE, THIN_RULE = 8, 4  # eighths of a point: 0.35 mm and 0.25 mm


def write_jiyao(
    archive: dict[str, Any],
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[str]:
    """Write the 会议纪要 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[str] = []
    lookup = Lookup(archive)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, JIYAO_STYLES, warnings)
    _masthead(doc, lookup, meeting)
    _title(doc, meeting_title(lookup, meeting))
    _opening(doc, lookup, meeting)
    for number, item in enumerate(meeting.get("agenda") or [], start=1):
        _agenda_item(doc, lookup, meeting, item, number)
    corrections(doc, lookup, meeting)
    _attendance(doc, lookup, meeting)
    _colophon(doc, meeting.get("minutes"))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


# ---------------------------------------------------------------- header


def _masthead(doc: Builder, lookup: Lookup, meeting: Record) -> None:
    """Red 会议纪要 mark, 第×期 and the issuing body and date above a red rule."""
    name = lookup.organisation
    if len(name) + 4 > 17:
        name = lookup.organisation_short
    mark = doc.para(f"{name}会议纪要", styles.MARK)
    fit = doc.text_width / 20 / max(len(name) + 4, 1)  # points per character
    size = doc.style(styles.MARK).font.size
    if size is not None and size.pt > fit:
        mark.runs[0].font.size = Pt(int(fit))
    minutes = meeting.get("minutes") or {}
    issue = clean_line(minutes.get("issue_no"))
    if issue:
        if not issue.startswith("第"):
            issue = f"第{issue}期"
        doc.para(issue, styles.ISSUE_NO)
    issuer = clean_line(minutes.get("issued_by"))
    issued_on = chinese_date(minutes.get("issued_on"))
    doc.para(f"{issuer}\t{issued_on}" if issuer or issued_on else "", styles.ISSUER)


def _title(doc: Builder, title: str) -> None:
    if not title.endswith("纪要"):
        title += "纪要"
    doc.para("", styles.NORMAL)
    title_block(doc, title)


# ---------------------------------------------------------------- body


def _opening(doc: Builder, lookup: Lookup, meeting: Record) -> None:
    start = meeting.get("start")
    when = f"{chinese_date(start)}{part_of_day(start)}"
    where = clean_line(meeting.get("location"))
    text = f"{when}，{meeting_title(lookup, meeting)}"
    text += f"在{where}召开。" if where else "召开。"
    chair = lookup.titled_name(meeting.get("chair"), start)
    if chair:
        text += f"会议由{chair}主持。"
    text += attendance_summary(lookup, meeting) + "。"
    if meeting.get("agenda"):
        text += "现将会议议定事项纪要如下："
    doc.para(text, styles.BODY)


def _agenda_item(doc: Builder, lookup: Lookup, meeting: Record, item: Record, n: int) -> None:
    title = clean_line(item.get("title")).rstrip("。")
    doc.para(f"{chinese_numeral(n)}、{title}", styles.HEADING_1)
    presenter = lookup.titled_name(item.get("presenter"), meeting.get("start"))
    if presenter:
        doc.para(f"汇报人：{presenter}。", styles.BODY)
    for paragraph in paragraphs_of(item.get("notes")):
        doc.para(paragraph, styles.BODY)
    decisions = item.get("decisions") or []
    for number, decision in enumerate(decisions, start=1):
        text = with_full_stop(clean_line(decision.get("text")))
        if len(decisions) > 1:
            doc.para(f"（{chinese_numeral(number)}）{text}", styles.HEADING_2)
        else:
            doc.para(text, styles.BODY)
        for sentence in (
            phrases.vote_sentence(decision, meeting, lookup),
            phrases.number_sentence(decision),
        ):
            if sentence:
                doc.para(sentence, styles.BODY)
    _actions(doc, lookup, item)


def _actions(doc: Builder, lookup: Lookup, item: Record) -> None:
    actions = [a for a in item.get("actions") or [] if a.get("status") != "cancelled"]
    if not actions:
        return
    doc.para("会议明确以下落实事项：", styles.BODY)
    for number, action in enumerate(actions, start=1):
        doc.para(f"{number}.{phrases.action_sentence(action, lookup)}", styles.BODY)


# ---------------------------------------------------------------- after the body


def _attendance(doc: Builder, lookup: Lookup, meeting: Record) -> None:
    groups = lookup.attendance(meeting)
    first = True
    for status, label in ATTENDANCE_LABELS:
        people = groups.get(status) or []
        if not people:
            continue
        paragraph = doc.labelled(
            f"{label}：", phrases.attendee_list(people, status), styles.ATTENDANCE
        )
        if first:
            paragraph.paragraph_format.space_before = Twips(styles.LINE_PITCH)
            first = False


def _colophon(doc: Builder, minutes: Record | None) -> None:
    """抄送 and 印发 lines between full-width rules, at the foot of the last page.

    The lines sit in a one-column table without borders or cell margins, floated to
    the bottom of the text block (Word honours tblpYSpec="bottom"; LibreOffice 7.4
    lays it out in the flow, right after the attendance blocks). The rules are
    paragraph borders of its lines, so they span the full text width.
    """
    lines = colophon_lines(minutes)
    if not lines:
        return
    table = doc.document.add_table(rows=0, cols=1)
    table.autofit = False
    table.columns[0].width = Twips(doc.text_width)
    ooxml.float_to_bottom(table._tbl.tblPr, doc.text_width)
    for number, text in enumerate(lines):
        cell = table.add_row().cells[0]
        paragraph = cell.paragraphs[0]
        paragraph.style = doc.style(styles.COLOPHON)
        paragraph.add_run(text)
        rules = {"top": THICK_RULE} if number == 0 else {}
        rules["bottom"] = THICK_RULE if number == len(lines) - 1 else THIN_RULE
        ooxml.set_borders(paragraph._p.get_or_add_pPr(), "000000", **rules)
    anchor = doc.para("", styles.NORMAL)
    anchor.paragraph_format.line_spacing = Twips(20)


def colophon_lines(minutes: Record | None) -> list[str]:
    """[　抄送：a，b。, 　印发单位\t2024年8月15日印发], leaving out what is missing."""
    minutes = minutes or {}
    copy_to = [clean_line(name) for name in minutes.get("copy_to") or [] if clean_line(name)]
    issuer = clean_line(minutes.get("issued_by"))
    issued_on = chinese_date(minutes.get("issued_on"))
    lines = [f"\u3000抄送：{'，'.join(copy_to)}。"] if copy_to else []
    if issuer or issued_on:
        lines.append(f"\u3000{issuer}\t{issued_on}印发" if issued_on else f"\u3000{issuer}")
    return lines
