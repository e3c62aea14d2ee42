"""会议纪要: the formal minutes in the GB/T 9704 layout with the house-style header."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt, Twips

from minutes_app.domain.enums import ActionStatus, Attendance, MeetingStatus, Outcome
from minutes_app.domain.messages import Message
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import AgendaItem, Meeting, MinutesBlock
from minutes_app.io.docx import fields, phrases, prose, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.colophon import Room, add_colophon
from minutes_app.io.docx.common import (
    attendance_summary,
    corrections,
    meeting_title,
    quorate,
    title_block,
)
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.numbering import Numbering
from minutes_app.io.docx.text import (
    chinese_date,
    clean_line,
    paragraphs_of,
    part_of_day,
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
    (Attendance.PRESENT, "出席"),
    (Attendance.PROXY, "委托"),
    (Attendance.EXCUSED, "请假"),
    (Attendance.ABSENT, "缺席"),
    (Attendance.OBSERVER, "列席"),
)
DRAFT_MARK = "征求意见稿"
DRAFT_MARKS = ("征求意见稿", "送审稿")
# GB/T 9704 10.3: the mark's top edge 35 mm (1984 twips) below the text block's top
# edge; the glyphs' ink starts about 3.4 mm (193 twips) below the top of their line.
MARK_SPACE_BEFORE = 1984 - 193


def write_jiyao(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
    draft_mark: str = DRAFT_MARK,
    room: Room | None = None,
    colophon: bool = True,
) -> list[Message]:
    """Write the 会议纪要 of one meeting; returns warnings for the user (may be empty).

    A meeting not yet approved is a draft: `draft_mark` (征求意见稿 or 送审稿) under the
    title, and no 期号, 印发 date or 决议编号. `room` is where the body ended when the
    document was laid out before (layout.measure_room): the 版记 then closes that
    page when it is even and has room; without it, it goes to the next even page.
    `colophon=False` leaves the 版记 out (to measure where the body ends).
    """
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    draft = draft_mark if meeting.status != MeetingStatus.APPROVED else ""
    doc = Builder(template, JIYAO_STYLES, warnings)
    title = jiyao_title(lookup, meeting)
    minutes = meeting.minutes or MinutesBlock()
    doc.set_properties(title, meeting_title(lookup, meeting), minutes.issued_by)
    _masthead(doc, lookup, meeting, draft)
    _title(doc, title, draft, (lookup.organisation, lookup.organisation_short))
    _opening(doc, lookup, meeting)
    numbers = Numbering(doc)
    for item in meeting.agenda:
        _agenda_item(doc, lookup, meeting, item, numbers, draft)
    corrections(doc, lookup, meeting)
    _attendance(doc, lookup, meeting)
    if colophon:
        add_colophon(doc, colophon_lines(minutes, draft), room)
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def jiyao_title(lookup: Lookup, meeting: Meeting) -> str:
    title = meeting_title(lookup, meeting)
    return title if title.endswith("纪要") else title + "纪要"


# ---------------------------------------------------------------- header


def _masthead(doc: Builder, lookup: Lookup, meeting: Meeting, draft: str) -> None:
    """Red 会议纪要 mark, 第×期 and the issuing body and date above a red rule."""
    name = lookup.organisation
    if len(name) + 4 > 17:
        name = lookup.organisation_short
    mark = doc.para(f"{name}会议纪要", styles.MARK)
    mark.paragraph_format.space_before = Twips(MARK_SPACE_BEFORE)
    fit = doc.text_width / 20 / max(len(name) + 4, 1)  # points per character
    size = doc.style(styles.MARK).font.size
    if size is not None and size.pt > fit:
        mark.runs[0].font.size = Pt(int(fit))
    minutes = meeting.minutes or MinutesBlock()
    issue = issue_label(clean_line(minutes.issue_no))
    if issue and not draft:
        doc.para(issue, styles.ISSUE_NO)
    issuer = clean_line(minutes.issued_by)
    issued_on = "" if draft else chinese_date(minutes.issued_on)
    doc.para(f"{issuer}\t{issued_on}" if issuer or issued_on else "", styles.ISSUER)


def issue_label(raw: str) -> str:
    """第5期 for 5 or 第5期; 〔2024〕2号 and 五届理事长会纪〔2024〕3号 as they are."""
    if not raw or raw.startswith("第") or "〔" in raw or raw.endswith("号"):
        return raw
    return f"第{raw}期"


def _title(doc: Builder, title: str, draft: str, keep: tuple[str, ...]) -> None:
    paragraph = title_block(doc, title, gap=not draft, keep=keep)
    paragraph.paragraph_format.space_before = Twips(styles.LINE_PITCH)
    if draft:
        mark = doc.para(f"（{draft}）", styles.ISSUE_NO)
        mark.paragraph_format.space_after = Twips(styles.LINE_PITCH)
        mark.paragraph_format.keep_with_next = True


# ---------------------------------------------------------------- body


def _opening(doc: Builder, lookup: Lookup, meeting: Meeting) -> None:
    start = meeting.start
    when = f"{chinese_date(start)}{part_of_day(start)}"
    where = clean_line(meeting.location)
    text = f"{when}，{meeting_title(lookup, meeting)}"
    text += f"在{where}召开。" if where else "召开。"
    chair = lookup.titled_name(meeting.chair, start)
    if chair:
        text += f"会议由{chair}主持。"
    summary = attendance_summary(lookup, meeting)
    if quorate(meeting) is False:
        text += f"本次{summary}，会议对有关事项进行了讨论，未作出决定。"
        lead = "现将会议讨论情况纪要如下："
    else:
        text += f"{summary}。"
        lead = "现将会议议定事项纪要如下："
    if meeting.agenda:
        text += lead
    doc.para(text, styles.BODY)


def _agenda_item(
    doc: Builder,
    lookup: Lookup,
    meeting: Meeting,
    item: AgendaItem,
    numbers: Numbering,
    draft: str,
) -> None:
    title = clean_line(item.title).rstrip("。")
    numbers.heading(doc.para(title, styles.HEADING_1))
    presenter = lookup.titled_name(item.presenter, meeting.start)
    notes = paragraphs_of(item.notes)
    name = lookup.person_name(item.presenter)
    # The notes often say who reported (孙晓峰秘书长介绍了…): no lead sentence then.
    lead = "" if name and notes and name in notes[0] else prose.item_lead(title, presenter)
    if lead:
        doc.para(lead, styles.BODY)
    for paragraph in notes:
        doc.para(paragraph, styles.BODY)
    for decision in item.decisions:
        sentence = phrases.jiyao_sentence(decision, meeting, lookup)
        if "汇报" in lead and sentence.startswith("会议听取并同意了"):
            sentence = "会议同意该汇报。"  # the lead already says what was heard
        elif "汇报" in lead and sentence.startswith("会议听取了"):  # …，与会人员一致同意。
            sentence = "与会人员一致同意该汇报。"
        number = phrases.number_of(decision)
        if number and not draft and phrases.outcome_key(decision, meeting) == Outcome.PASSED:
            sentence = f"{sentence.removesuffix('。')}（{number}）。"
        doc.para(sentence, styles.BODY)
    if quorate(meeting) is not False:
        _actions(doc, lookup, meeting, item)


def _actions(doc: Builder, lookup: Lookup, meeting: Meeting, item: AgendaItem) -> None:
    """落实事项 of the decisions that took effect (none of a failed motion)."""
    failed = {d.key for d in item.decisions if not phrases.took_effect(d, meeting)}
    actions = [
        a for a in item.actions if a.status != ActionStatus.CANCELLED and a.decision not in failed
    ]
    if not actions:
        return
    lead = doc.para("会议明确以下落实事项：", styles.BODY)
    lead.paragraph_format.keep_with_next = True
    for number, action in enumerate(actions, start=1):
        doc.para(f"{number}.{phrases.action_sentence(action, lookup)}", styles.BODY)


# ---------------------------------------------------------------- after the body


def _attendance(doc: Builder, lookup: Lookup, meeting: Meeting) -> None:
    groups = lookup.attendance(meeting)
    first = True
    for status, label in ATTENDANCE_LABELS:
        people = groups[status]
        if not people:
            continue
        paragraph = doc.labelled(
            f"{label}：", phrases.attendee_list(people, status), styles.ATTENDANCE
        )
        if first:
            paragraph.paragraph_format.space_before = Twips(styles.LINE_PITCH)
            first = False


def colophon_lines(minutes: MinutesBlock | None, draft: str = "") -> list[str]:
    """[　抄送：a，b。, 　印发单位\t2024年8月15日印发], leaving out what is missing."""
    minutes = minutes or MinutesBlock()
    copy_to = [clean_line(name) for name in minutes.copy_to if clean_line(name)]
    issuer = clean_line(minutes.issued_by)
    issued_on = "" if draft else chinese_date(minutes.issued_on)
    lines = [f"\u3000抄送：{'，'.join(copy_to)}。"] if copy_to else []
    if issuer or issued_on:
        lines.append(f"\u3000{issuer}\t{issued_on}印发" if issued_on else f"\u3000{issuer}")
    return lines
