"""表决票 for 无记名投票: one ballot sheet listing the motions, and the 计票 sheet.

The motions are the meeting's decisions voted by secret ballot (无记名投票); a meeting
with none gets the sheet for every decision put to a vote, with a warning. The 计票
sheet carries what the record knows (发出 = those entitled to vote, and the counts
once they are recorded); 收回 and 无效 are for the 计票人 to write in.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Twips

from minutes_app.domain.enums import VoteMethod
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Decision, Meeting
from minutes_app.io.docx import fields, ooxml, phrases, prose, styles
from minutes_app.io.docx.builder import Builder, no_split, row_height
from minutes_app.io.docx.common import meeting_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import chinese_date, clean_line

BALLOT_STYLES = (
    styles.NORMAL,
    styles.BODY,
    styles.TITLE,
    styles.ISSUE_NO,
    styles.LABEL,
    styles.TABLE_TEXT,
    styles.TABLE_HEAD,
    styles.SMALL_TEXT,
    styles.SMALL_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
BOX = "□"
BALLOT_HEADERS = ("序号", "表决事项", "同意", "反对", "弃权")
BALLOT_WIDTHS = (800, 5245, 930, 935, 935)
TALLY_HEADERS = ("序号", "表决事项", "发出", "收回", "有效", "无效", "同意", "反对", "弃权")
# With 1 mm cell margins two 小四 characters need 594 twips: 序号 and 弃权 unbroken,
# and the widest 表决事项 column, so the 计票单 of a meeting fits its page.
TALLY_WIDTHS = (700, 3805, 620, 620, 620, 620, 620, 620, 620)
CELL_MARGIN = 57  # twips: 1 mm
RULES = (
    "1.请在选定的方框内划“√”，每项只能选择一种意见；多划或不划视为无效票。",
    "2.不得涂改或增写其他内容，否则视为无效票。",
    "3.表决票当场填写，当场投入票箱。",
)


def write_ballot(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 表决票 and 计票单 of one meeting; returns warnings for the user."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    motions = secret_motions(meeting)
    if not motions:
        motions = [d for d in meeting.decisions() if d.vote] or meeting.decisions()
        warnings.append(msg("ballot.no_secret_vote"))
    doc = Builder(template, BALLOT_STYLES, warnings)
    title = f"{meeting_title(lookup, meeting)}表决票"
    doc.set_properties(title, meeting_title(lookup, meeting), _issuer(lookup, meeting))
    _ballot(doc, title, meeting, motions)
    _tally(doc, lookup, meeting, motions)
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def secret_motions(meeting: Meeting) -> list[Decision]:
    return [d for d in meeting.decisions() if d.vote and d.vote.method == VoteMethod.SECRET_BALLOT]


def _issuer(lookup: Lookup, meeting: Meeting) -> str:
    issued_by = meeting.minutes.issued_by if meeting.minutes else None
    return clean_line(issued_by) or lookup.organisation


def _ballot(doc: Builder, title: str, meeting: Meeting, motions: list[Decision]) -> None:
    title_block(doc, title, gap=False)
    doc.para(f"（无记名投票\u2003{chinese_date(meeting.start)}）", styles.ISSUE_NO)
    doc.gap(styles.LINE_PITCH // 2)
    table = doc.table(BALLOT_HEADERS, BALLOT_WIDTHS)
    for number, decision in enumerate(motions, start=1):
        text = prose.motion(clean_line(decision.text))
        doc.row(table, (str(number), text, BOX, BOX, BOX), centred=(0, 2, 3, 4))
    row_height(table, 800)
    no_split(table)
    doc.gap(styles.LINE_PITCH // 2)
    doc.labelled("填票说明：", "", styles.NORMAL)
    for rule in RULES:
        doc.para(rule, styles.NORMAL)


def _tally(doc: Builder, lookup: Lookup, meeting: Meeting, motions: list[Decision]) -> None:
    """计票单 on its own page: 发出/收回/有效/无效 and the counts, signed by 监票人 and 计票人."""
    heading = title_block(doc, f"{meeting_title(lookup, meeting)}计票单")
    heading.paragraph_format.page_break_before = True
    issued = meeting.figures.voting_attendance if meeting.figures else None
    table = doc.table(TALLY_HEADERS, TALLY_WIDTHS, head_style=styles.SMALL_HEAD)
    ooxml.side_margins(table._tbl.tblPr, CELL_MARGIN)
    for number, decision in enumerate(motions, start=1):
        counts = phrases.counts_of(decision) if decision.vote else None
        cast = [str(c) for c in (counts.for_, counts.against, counts.abstain)] if counts else []
        valid = str(sum(int(c) for c in cast)) if cast else ""
        values = (
            str(number),
            prose.motion(clean_line(decision.text)),
            str(issued or ""),
            "",
            valid,
            "",
            *(cast or ["", "", ""]),
        )
        doc.row(table, values, styles.SMALL_TEXT, centred=tuple(i for i in range(9) if i != 1))
    row_height(table, 700)
    no_split(table)
    for cell in table.rows[-1].cells:  # the signatures never alone on a page
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True
    signatures = doc.para("监票人（签字）：\t计票人（签字）：", styles.NORMAL)
    signatures.paragraph_format.space_before = Twips(2 * styles.LINE_PITCH)
    signatures.paragraph_format.tab_stops.add_tab_stop(Twips(doc.text_width // 2))
