"""决议汇编: the numbered resolutions of one body in one year, in number order."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from minutes_app.domain.messages import Message, msg
from minutes_app.io.docx import fields, ooxml, phrases, styles
from minutes_app.io.docx.builder import Builder, no_split
from minutes_app.io.docx.common import short_title, title_block
from minutes_app.io.docx.lookup import Lookup, Record
from minutes_app.io.docx.text import chinese_date, clean_line, parse_date

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
    archive: dict[str, Any],
    body_key: str,
    year: int,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 决议汇编 of a body for a year; returns warnings for the user."""
    warnings: list[Message] = []
    lookup = Lookup(archive)
    body = lookup.body(body_key)
    doc = Builder(template, REGISTER_STYLES, warnings, landscape=True)
    title_block(doc, f"{lookup.organisation}{clean_line(body.get('name'))}决议汇编", 30)
    doc.para(f"（{year}年）", styles.ISSUE_NO)
    doc.gap()
    entries = resolutions(lookup, body_key, year)
    table = doc.table(HEADERS, WIDTHS, head_style=styles.SMALL_HEAD)
    ooxml.side_margins(table._tbl.tblPr, CELL_MARGIN)
    for meeting, decision in entries:
        doc.row(table, _row(lookup, meeting, decision), styles.SMALL_TEXT, centred=(1,))
    no_split(table)
    if not entries:
        warnings.append(msg("register.no_decisions", year=year, body=clean_line(body.get("name"))))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def resolutions(lookup: Lookup, body_key: str, year: int) -> list[tuple[Record, Record]]:
    """(meeting, decision) of every passed, numbered decision, in number order."""
    found = []
    for order, meeting in enumerate(lookup.archive.get("meetings") or []):
        day = parse_date(meeting.get("start"))
        if meeting.get("body") != body_key or day is None or day.year != year:
            continue
        decisions = [d for item in meeting.get("agenda") or [] for d in item.get("decisions") or []]
        for position, decision in enumerate(decisions):
            numbers = decision.get("computed") or {}
            if numbers.get("number") and numbers.get("outcome", "passed") == "passed":
                key = (_sequence(numbers["number"]), day, order, position)
                found.append((key, meeting, decision))
    found.sort(key=lambda entry: entry[0])
    return [(meeting, decision) for _, meeting, decision in found]


def _sequence(number: str) -> int:
    """5 of 五届理事长会决〔2024〕5号; numbers without one sort last."""
    match = _SEQUENCE.search(number)
    return int(match.group(1)) if match else 10**9


def _row(lookup: Lookup, meeting: Record, decision: Record) -> tuple[str, ...]:
    method = phrases.method_of(decision)
    counts = phrases.tally(decision)
    if (decision.get("vote") or {}).get("method") == "consensus":
        result = counts or method  # 与会8人一致同意: the method is in the words
    else:
        result = "：".join(filter(None, (method, counts)))
    return (
        clean_line(decision["computed"]["number"]),
        chinese_date(meeting.get("start")).partition("年")[2],
        _meeting_label(lookup, meeting),
        clean_line(decision.get("text")),
        f"{result}，{phrases.outcome(decision)}" if result else phrases.outcome(decision),
        phrases.effects(decision, lookup) or "—",
    )


def _meeting_label(lookup: Lookup, meeting: Record) -> str:
    """第五届第五次会议: the register's title already names the body."""
    title = short_title(lookup, meeting)
    body = clean_line(lookup.bodies.get(meeting.get("body", ""), {}).get("name"))
    if body and title.startswith("第") and title.endswith(body):
        return f"{title.removesuffix(body)}会议"
    return title
