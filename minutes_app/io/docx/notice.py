"""会议通知: 关于召开…的通知, from the meeting's record, with a 回执 to send back.

联系人 and 电话 are the meeting's 记录人 (a secretariat member) and the phone registered
for that person, else for their unit; a missing phone is left blank with a warning.
The notice is dated on the day it is exported when the meeting lies ahead; for a
meeting already held the date line is left to be written in (the record has no date
of the notice).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Twips

from minutes_app.domain.enums import Attendance
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Meeting
from minutes_app.io.docx import fields, styles
from minutes_app.io.docx.builder import Builder, no_split, row_height
from minutes_app.io.docx.common import meeting_title, short_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.numbering import Numbering
from minutes_app.io.docx.text import (
    Moment,
    chinese_date,
    clean_line,
    clock,
    parse_date,
    part_of_day,
)

NOTICE_STYLES = (
    styles.NORMAL,
    styles.BODY,
    styles.TITLE,
    styles.HEADING_1,
    styles.LABEL,
    styles.ISSUE_NO,
    styles.TABLE_TEXT,
    styles.TABLE_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
# 主送 by body: who the notice is addressed to.
ADDRESSEES = {
    "理事长会议": "各理事长单位",
    "会长办公会": "各会长单位",
    "理事会": "各理事单位",
    "常务理事会": "各常务理事单位",
    "会员代表大会": "各会员单位",
    "会员大会": "各会员单位",
    "监事会": "各位监事",
    "党支部": "各位党员",
}
REPLY_HEADERS = ("单位", "姓名", "职务", "是否参会", "联系电话")
REPLY_WIDTHS = (3000, 1300, 1500, 1400, 1645)
REPLY_ROWS = 4
REPLY_DAYS = 3  # the 回执 is due this many days before the meeting
WEEKDAYS = "一二三四五六日"


def write_notice(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
    today: dt.date | None = None,
) -> list[Message]:
    """Write the 会议通知 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, NOTICE_STYLES, warnings)
    title = notice_title(lookup, meeting)
    issuer = issuer_of(lookup, meeting)
    doc.set_properties(title, meeting_title(lookup, meeting), issuer)
    title_block(doc, title)
    doc.para(f"{addressee(lookup, meeting)}：", styles.NORMAL)
    start = meeting.start
    when = f"{chinese_date(start)}{part_of_day(start)}"
    doc.para(f"经研究，定于{when}召开{short_title(lookup, meeting)}，现将有关事项通知如下：")
    numbers = Numbering(doc)
    _sections(doc, lookup, meeting, numbers, warnings)
    _signature(doc, issuer, meeting, today or dt.date.today(), warnings)
    _reply_form(doc, lookup, meeting)
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def notice_title(lookup: Lookup, meeting: Meeting) -> str:
    """关于召开第五届第五次理事长会议的通知."""
    return f"关于召开{short_title(lookup, meeting)}的通知"


def addressee(lookup: Lookup, meeting: Meeting) -> str:
    name = lookup.body_name(meeting)
    return ADDRESSEES.get(name, f"{name}各位组成人员" if name else "各有关单位")


def issuer_of(lookup: Lookup, meeting: Meeting) -> str:
    issued_by = meeting.minutes.issued_by if meeting.minutes else None
    return clean_line(issued_by) or lookup.organisation


def meeting_time(start: Moment, end: Moment) -> str:
    """2024年8月11日（星期日）上午9:00—11:30."""
    day = parse_date(start)
    if day is None:
        return ""
    text = f"{chinese_date(day)}（星期{WEEKDAYS[day.weekday()]}）{part_of_day(start)}{clock(start)}"
    if end and parse_date(end) == day and clock(end):
        text += f"—{clock(end)}"
    return text


def _sections(
    doc: Builder, lookup: Lookup, meeting: Meeting, numbers: Numbering, warnings: list[Message]
) -> None:
    start = meeting.start
    sections: list[tuple[str, list[str]]] = [
        ("会议时间", [meeting_time(start, meeting.end)]),
        ("会议地点", [clean_line(meeting.location) or "另行通知"]),
        ("会议议程", _agenda(lookup, meeting)),
        ("参会人员", [participants(lookup, meeting)]),
        ("有关要求", requirements(meeting)),
    ]
    for heading, lines in sections:
        numbers.heading(doc.para(heading, styles.HEADING_1))
        for line in lines:
            # （一）（二）… of the agenda and the requirements are list numbers too.
            if line.startswith("（") and "）" in line[:5]:
                numbers.heading(doc.para(line.split("）", 1)[1]), level=1)
            else:
                doc.para(line)
    recorder = meeting.recorder
    name = lookup.person_name(recorder)
    phone = contact_phone(lookup, recorder)
    if not phone:
        warnings.append(msg("notice.no_phone"))
    doc.gap()
    doc.para(f"联系人：{name}，电话：{phone}" if name else f"联系电话：{phone}")


def _agenda(lookup: Lookup, meeting: Meeting) -> list[str]:
    items = meeting.agenda
    if not items:
        return ["会议议程另行通知。"]
    lines = []
    for number, item in enumerate(items, start=1):
        title = clean_line(item.title).rstrip("。")
        lines.append(f"（{chinese_numeral(number)}）{title}。")
    return lines


def participants(lookup: Lookup, meeting: Meeting) -> str:
    """会长李光辉，副会长王志刚、赵永红，秘书长孙晓峰；列席：监事长钱国华。"""
    day = meeting.start
    groups: dict[str, list[str]] = {}
    for key in lookup.seat_keys(meeting):
        groups.setdefault(lookup.person_title(key, day), []).append(lookup.person_name(key))
    seated = "，".join(f"{title}{'、'.join(names)}" for title, names in groups.items())
    observers = [
        lookup.titled_name(mark.person, day)
        for mark in meeting.attendance
        if mark.status == Attendance.OBSERVER
    ]
    text = seated or "全体组成人员"
    if observers:
        text += f"；列席：{'、'.join(observers)}"
    return text + "。"


def requirements(meeting: Meeting) -> list[str]:
    day = parse_date(meeting.start)
    due = chinese_date(day - dt.timedelta(days=REPLY_DAYS)) if day else ""
    first = (
        f"请于{due}前将回执（见附件）报送协会秘书处。"
        if due
        else "请将回执（见附件）报送协会秘书处。"
    )
    return [
        f"（一）{first}",
        "（二）请参会人员准时出席。确因故不能出席的，请提前向秘书处请假；"
        "需委托他人代为表决的，请出具书面委托书。",
    ]


def contact_phone(lookup: Lookup, person_key: str | None) -> str:
    person = lookup.people.get(person_key or "")
    unit = lookup.units.get(person.unit or "") if person else None
    return clean_line((person.phone if person else None) or (unit.phone if unit else None))


def _signature(
    doc: Builder, issuer: str, meeting: Meeting, today: dt.date, warnings: list[Message]
) -> None:
    """印发单位 and date, right-aligned, two lines below the body."""
    day = parse_date(meeting.start)
    held = day is not None and day <= today
    date = "\u3000\u3000年\u3000月\u3000日" if held else chinese_date(today)
    if held:
        warnings.append(msg("notice.held"))
    first = doc.para(issuer, styles.NORMAL)
    first.paragraph_format.space_before = Twips(2 * styles.LINE_PITCH)
    for paragraph in (first, doc.para(date, styles.NORMAL)):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Twips(2 * styles.BODY_CHAR)
        paragraph.paragraph_format.keep_with_next = True


def _reply_form(doc: Builder, lookup: Lookup, meeting: Meeting) -> None:
    """附件：回执, on its own page: a table to fill in and send back."""
    last = doc.document.paragraphs[-1]
    last.paragraph_format.keep_with_next = False
    label = doc.labelled("附件", "", styles.NORMAL)
    label.paragraph_format.page_break_before = True
    title_block(doc, "回执")
    doc.para(f"会议：{meeting_title(lookup, meeting)}", styles.NORMAL)
    doc.gap(styles.LINE_PITCH // 2)
    table = doc.table(REPLY_HEADERS, REPLY_WIDTHS)
    for _ in range(REPLY_ROWS):
        doc.row(table, ("",) * len(REPLY_HEADERS))
    row_height(table, 700)
    no_split(table)
    doc.gap(styles.LINE_PITCH // 2)
    doc.para("注：不能参会的，请注明原因；委托他人代为表决的，请附书面委托书。", styles.NORMAL)
