"""议程: the meeting's title, time, place and numbered agenda items with presenters."""

from __future__ import annotations

import math
from pathlib import Path

from docx.enum.text import WD_LINE_SPACING
from docx.shared import Twips

from minutes_app.domain.messages import Message, msg
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.papers import PaperSource
from minutes_app.io.docx import fields, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.common import TITLE_CHARS, meeting_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import clean_line, split_title, time_span

AGENDA_STYLES = (
    styles.NORMAL,
    styles.BODY,
    styles.TITLE,
    styles.LABEL,
    styles.PAGE_NUMBER,
)


def write_agenda(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 议程 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    doc = Builder(template, AGENDA_STYLES, warnings)
    title = f"{meeting_title(lookup, meeting)}议程"
    title_block(doc, title)
    start = meeting.start
    facts = (
        ("时间：", time_span(start, meeting.end)),
        ("地点：", clean_line(meeting.location)),
        ("主持人：", lookup.titled_name(meeting.chair, start)),
    )
    for label, value in facts:
        if value:
            doc.labelled(label, value, styles.BODY)
    doc.gap()
    items = meeting.agenda
    lines = []
    for number, item in enumerate(items, start=1):
        text = f"{chinese_numeral(number)}、{clean_line(item.title).rstrip('。')}"
        presenter = lookup.titled_name(item.presenter, start)
        lines.append(f"{text}（汇报人：{presenter}）" if presenter else text)
    # Above the items: the title's lines and the line after it, the facts, one gap.
    above = len(split_title(title, TITLE_CHARS)) + 1 + sum(1 for _, v in facts if v) + 1
    pitch = one_page_pitch(lines, above)
    for line in lines:
        paragraph = doc.para(line, styles.BODY)
        if pitch != styles.LINE_PITCH:
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            paragraph.paragraph_format.line_spacing = Twips(pitch)
    if not items:
        warnings.append(msg("agenda.empty"))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


MIN_PITCH = 480  # 24 pt under a 16 pt line: closer than that reads as crammed
# 28 characters fit a line only just (28 × 315 of 8845 twips): a font a little wider
# than 仿宋_GB2312 takes the 28th to the next line, so count 27 to be safe.
CHARS_PER_LINE = styles.TEXT_WIDTH // styles.BODY_CHAR - 1


def text_lines(text: str) -> int:
    """Body lines a paragraph takes after its 2-character indent, Latin letters and
    digits at about half a character."""
    width = 2 + sum(0.55 if ord(ch) < 0x2000 else 1 for ch in text)
    return max(1, math.ceil(width / CHARS_PER_LINE))


def one_page_pitch(texts: list[str], above: int) -> int:
    """The line pitch of the items that keeps the agenda on one page.

    GB/T 9704's 579 twips (22 lines) when it fits; closer, down to MIN_PITCH, when
    closing up keeps a last item from standing alone on a page of its own; otherwise
    579 again (a long agenda simply takes two pages).
    """
    room = styles.PAGE_HEIGHT - styles.MARGIN_TOP - styles.MARGIN_BOTTOM
    room -= above * styles.LINE_PITCH
    needed = sum(text_lines(text) for text in texts)
    if needed == 0 or needed * styles.LINE_PITCH <= room:
        return styles.LINE_PITCH
    pitch = room // needed
    return pitch if pitch >= MIN_PITCH else styles.LINE_PITCH
