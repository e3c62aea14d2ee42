"""决议汇编: the numbered resolutions of one body in one year, in number order."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_app.domain.enums import Outcome, VoteMethod
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Decision, Meeting
from minutes_app.io.docx import fields, ooxml, phrases, styles
from minutes_app.io.docx.builder import Builder, no_split
from minutes_app.io.docx.common import short_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import chinese_date, clean_line

REGISTER_STYLES = (
    styles.NORMAL,
    styles.TITLE,
    styles.ISSUE_NO,
    styles.SMALL_TEXT,
    styles.SMALL_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
HEADERS = ("编号", "日期", "会议", "决定事项", "表决结果", "变更事项")
# Landscape text width 13777 twips; with 1 mm cell margins 12月31日 (the year is in
# the title) and 第五届第五次会议 stay on one line at 小四.
WIDTHS = (2000, 1400, 2300, 3777, 2300, 2000)
CELL_MARGIN = 57  # twips: 1 mm
_SEQUENCE = re.compile(r"(\d+)\s*号\s*$")


def write_register(
    source: PaperSource,
    body_key: str,
    year: int,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 决议汇编 of a body for a year; returns warnings for the user."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    body = lookup.body(body_key)
    doc = Builder(template, REGISTER_STYLES, warnings, landscape=True)
    title_block(doc, f"{lookup.organisation}{clean_line(body.name)}决议汇编", 30)
    doc.para(f"（{year}年）", styles.ISSUE_NO)
    doc.gap()
    entries = resolutions(lookup, body_key, year)
    table = doc.table(HEADERS, WIDTHS, head_style=styles.SMALL_HEAD)
    ooxml.side_margins(table._tbl.tblPr, CELL_MARGIN)
    for meeting, decision in entries:
        doc.row(table, _row(lookup, meeting, decision), styles.SMALL_TEXT, centred=(1,))
    no_split(table)
    if not entries:
        warnings.append(msg("register.no_decisions", year=year, body=clean_line(body.name)))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def resolutions(lookup: Lookup, body_key: str, year: int) -> list[tuple[Meeting, Decision]]:
    """(meeting, decision) of every passed, numbered decision, in number order."""
    found = []
    for order, meeting in enumerate(lookup.source.meetings):
        day = meeting.start.date()
        if meeting.body != body_key or day.year != year:
            continue
        for position, decision in enumerate(meeting.decisions()):
            numbers = decision.result
            if numbers and numbers.number and numbers.outcome == Outcome.PASSED:
                key = (_sequence(numbers.number), day, order, position)
                found.append((key, meeting, decision))
    found.sort(key=lambda entry: entry[0])
    return [(meeting, decision) for _, meeting, decision in found]


def _sequence(number: str) -> int:
    """5 of 五届理事长会决〔2024〕5号; numbers without one sort last."""
    match = _SEQUENCE.search(number)
    return int(match.group(1)) if match else 10**9


def _row(lookup: Lookup, meeting: Meeting, decision: Decision) -> tuple[str, ...]:
    method = phrases.method_of(decision)
    counts = phrases.tally(decision)
    if decision.vote is not None and decision.vote.method == VoteMethod.CONSENSUS:
        result = counts or method  # 与会8人一致同意: the method is in the words
    else:
        result = "：".join(filter(None, (method, counts)))
    return (
        phrases.number_of(decision),
        chinese_date(meeting.start).partition("年")[2],
        _meeting_label(lookup, meeting),
        clean_line(decision.text),
        f"{result}，{phrases.outcome(decision)}" if result else phrases.outcome(decision),
        phrases.effects(decision, lookup) or "—",
    )


def _meeting_label(lookup: Lookup, meeting: Meeting) -> str:
    """第五届第五次会议: the register's title already names the body."""
    title = short_title(lookup, meeting)
    body = lookup.body_name(meeting)
    if body and title.startswith("第") and title.endswith(body):
        return f"{title.removesuffix(body)}会议"
    return title
