"""签到表: the seats of the meeting's body for its term, with an empty 签名 column."""

from __future__ import annotations

from pathlib import Path

from docx.table import Table

from minutes_app.domain.enums import Attendance
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Meeting
from minutes_app.io.docx import fields, styles
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
WIDTHS = (800, 3900, 1200, 1145, 1800)  # room to sign: 签名 3.2 cm
HEADERS = ("序号", "单位", "姓名", "职务", "签名")
BLANK_OBSERVER_ROWS = 3
ROW_HEIGHT = 600  # twips: room for a handwritten signature


def write_signin(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[str]:
    """Write the 签到表 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[str] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, SIGNIN_STYLES, warnings)
    title_block(doc, f"{meeting_title(lookup, meeting)}签到表")
    when = time_span(meeting.start, meeting.end)
    where = clean_line(meeting.location)
    doc.para(
        "\u3000\u3000".join(filter(None, (f"时间：{when}", where and f"地点：{where}"))),
        styles.ISSUE_NO,
    )
    doc.gap()
    table = doc.table(HEADERS, WIDTHS)
    _seats(doc, table, lookup, meeting)
    _observers(doc, table, lookup, meeting)
    row_height(table, ROW_HEIGHT)
    no_split(table)
    if not lookup.seat_keys(meeting):
        warnings.append("该会议机构在本届没有席位，签到表只有列席栏")
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
        values = ("", lookup.person_unit(key), lookup.person_name(key), "", "")
        values = (*values[:3], lookup.person_title(key, day), "")
        doc.row(table, values, styles.SMALL_TEXT, centred=(0, 2))
    for _ in range(BLANK_OBSERVER_ROWS):
        doc.row(table, ("", "", "", "", ""), styles.SMALL_TEXT)
