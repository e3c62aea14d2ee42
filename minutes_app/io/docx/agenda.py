"""议程: the meeting's title, time, place and numbered agenda items with presenters."""

from __future__ import annotations

from pathlib import Path

from minutes_app.domain.messages import Message, msg
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.papers import PaperSource
from minutes_app.io.docx import fields, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.common import meeting_title, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import clean_line, time_span

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
    title_block(doc, f"{meeting_title(lookup, meeting)}议程")
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
    for number, item in enumerate(items, start=1):
        text = f"{chinese_numeral(number)}、{clean_line(item.title).rstrip('。')}"
        presenter = lookup.titled_name(item.presenter, start)
        doc.para(f"{text}（汇报人：{presenter}）" if presenter else text, styles.BODY)
    if not items:
        warnings.append(msg("agenda.empty"))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings
