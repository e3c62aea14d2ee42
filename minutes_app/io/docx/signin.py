"""签到表: the seats of the meeting's body for its term, with an empty 签名 column."""

from __future__ import annotations

from pathlib import Path

from docx.table import Table

from minutes_app.domain.enums import Attendance
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Meeting
from minutes_app.io.docx import fields, ooxml, styles
from minutes_app.io.docx.builder import Builder, no_split, row_height
from minutes_app.io.docx.common import meeting_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import clean_line, time_span

SIGNIN_STYLES = (
    styles.NORMAL,
    styles.TITLE,
    styles.ISSUE_NO,
    styles.SMALL_TEXT,
    styles.TABLE_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
# With 1 mm cell margins: 16-character units, 4-character names and 5-character
# 职务 (副总工程师) on one line at 小四, and 3 cm to sign in, the widest short column.
WIDTHS = (700, 3990, 1100, 1345, 1710)
CELL_MARGIN = 57  # twips: 1 mm
TITLE_CHARS = 5  # what the 职务 column holds on one line
HEADERS = ("序号", "单位", "姓名", "职务", "签名")
OBSERVER_ROWS = 3  # known observers and blank rows, at least one of them blank
ROW_HEIGHT = 600  # twips: room for a handwritten signature


def write_signin(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 签到表 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, SIGNIN_STYLES, warnings)
    title_block(doc, f"{meeting_title(lookup, meeting)}签到表")
    when = time_span(meeting.start, meeting.end)
    where = clean_line(meeting.location)
    # One line each: a long place would break mid-word after the time.
    for line in filter(None, (when and f"时间：{when}", where and f"地点：{where}")):
        doc.para(line, styles.ISSUE_NO)
    doc.gap()
    table = doc.table(HEADERS, WIDTHS)
    ooxml.side_margins(table._tbl.tblPr, CELL_MARGIN)
    _seats(doc, table, lookup, meeting)
    _observers(doc, table, lookup, meeting)
    row_height(table, ROW_HEIGHT)
    no_split(table)
    if not lookup.seat_keys(meeting):
        warnings.append(msg("signin.no_seats"))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def _seats(doc: Builder, table: Table, lookup: Lookup, meeting: Meeting) -> None:
    day = meeting.start
    for index, key in enumerate(lookup.seat_keys(meeting), start=1):
        values = (
            str(index),
            lookup.person_unit(key),
            lookup.person_name(key),
            lookup.person_title(key, day),
            "",
        )
        doc.row(table, values, styles.SMALL_TEXT, centred=(0, 2))


def _observers(doc: Builder, table: Table, lookup: Lookup, meeting: Meeting) -> None:
    """A 列席 band: the observers already known, then blank rows to write in."""
    cells = doc.row(table, ("列席人员", "", "", "", ""), styles.TABLE_HEAD)
    cells[0].merge(cells[-1])
    day = meeting.start
    observers = [m.person for m in meeting.attendance if m.status == Attendance.OBSERVER]
    for key in observers:
        unit, title = lookup.person_unit(key), lookup.person_title(key, day)
        if not unit and len(title) > TITLE_CHARS:  # 天津市发展和改革委员会…处长: where a unit goes
            unit, title = title, ""
        values = ("", unit, lookup.person_name(key), title, "")
        doc.row(table, values, styles.SMALL_TEXT, centred=(0, 2))
    for _ in range(max(1, OBSERVER_ROWS - len(observers))):
        doc.row(table, ("", "", "", "", ""), styles.SMALL_TEXT)
