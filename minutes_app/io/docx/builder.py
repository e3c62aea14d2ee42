"""A thin layer over python-docx: styled paragraphs and tables, text always cleaned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from minutes_app.domain.messages import Message
from minutes_app.io.docx import fields, glyphs, ooxml, styles
from minutes_app.io.docx.template import open_template
from minutes_app.io.docx.text import clean


class Builder:
    """One document being written: styles resolved once, paragraphs appended."""

    def __init__(
        self,
        template: str | Path | None,
        required: Iterable[str],
        warnings: list[Message],
        landscape: bool = False,
    ) -> None:
        required = tuple(required)
        self.document: DocumentObject = open_template(template, required, warnings)
        styles.keep_marks_printable(self.document)
        self._styles: dict[str, Any] = {name: self.document.styles[name] for name in required}
        fields.apply_page(self.document.sections[0], landscape)
        section = self.document.sections[0]
        width = Length(
            (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        )
        self.text_width: int = width.twips  # twips
        self.missing: set[str] = set()  # characters replaced by 〓, for the warning
        self.warnings = warnings
        self._gap = 0

    def style(self, name: str) -> Any:
        """The named style of the document (a ParagraphStyle or CharacterStyle)."""
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.document.styles[name]
        return found

    def gap(self, twips: int = styles.LINE_PITCH) -> None:
        """Space before the next paragraph (instead of an empty paragraph)."""
        self._gap = twips

    def _paragraph(self, style: str) -> Paragraph:
        paragraph = self.document.add_paragraph(style=self.style(style))
        if self._gap:
            paragraph.paragraph_format.space_before = Twips(self._gap)
            self._gap = 0
        return paragraph

    def para(self, text: str = "", style: str = styles.BODY) -> Paragraph:
        paragraph = self._paragraph(style)
        if text:
            self.text(paragraph, text)
        return paragraph

    def labelled(self, label: str, text: str, style: str = styles.BODY) -> Paragraph:
        """A paragraph opening with a label in the 标签 character style (出席：…)."""
        paragraph = self._paragraph(style)
        self.text(paragraph, label, styles.LABEL)
        if text:
            self.text(paragraph, text)
        return paragraph

    def text(self, paragraph: Paragraph, text: str, char_style: str | None = None) -> None:
        """Append text as one run, the characters the fonts lack replaced."""
        style = self.style(char_style) if char_style else None
        paragraph.add_run(glyphs.replace_missing(clean(text), self.missing), style=style)

    def set_properties(self, title: str, subject: str = "", author: str | None = None) -> None:
        """Document properties from the meeting, not the template's."""
        props = self.document.core_properties
        now = dt.datetime.now().replace(microsecond=0)
        props.title, props.subject = clean(title), clean(subject)
        props.author = clean(author) or "" if author else props.author
        props.last_modified_by = props.author
        props.comments = props.keywords = props.category = ""  # dc:description is comments
        props.created = props.modified = now
        props.revision = 1
        props.language = "zh-CN"

    def lines(self, lines: Sequence[str], style: str) -> Paragraph:
        """One paragraph whose lines are separated by line breaks (a split title)."""
        paragraph = self._paragraph(style)
        for number, line in enumerate(lines):
            self.text(paragraph, line)
            if number < len(lines) - 1:
                paragraph.runs[-1].add_break()
        return paragraph

    def table(
        self,
        headers: Sequence[str],
        widths: Sequence[int],
        header: bool = True,
        head_style: str = styles.TABLE_HEAD,
    ) -> Table:
        """A bordered table with a header row repeated on every page; widths in twips."""
        table = self.document.add_table(rows=0, cols=len(headers))
        table.style = self.style(styles.TABLE_GRID)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Twips(width)
        if header:
            self.row(table, headers, head_style)
            ooxml.child(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader")
        return table

    def row(
        self,
        table: Table,
        values: Sequence[str],
        style: str | Sequence[str] = styles.TABLE_TEXT,
        centred: Sequence[int] = (),
    ) -> list[_Cell]:
        """Append a row: add_row().cells, one styled paragraph per cell.

        `style` is one style for every cell or one per cell; the cells numbered in
        `centred` are centred (序号 columns).
        """
        names = [style] * len(values) if isinstance(style, str) else list(style)
        cells = list(table.add_row().cells)
        for index, (cell, value, name) in enumerate(zip(cells, values, names, strict=True)):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.style = self.style(name)
            if index in centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if value:
                self.text(paragraph, value)
        return cells

    def save(self, out_path: str | Path) -> Path:
        if not self.document.core_properties.title:
            self.set_properties(self._first_text())
        if self.missing:
            self.warnings.append(glyphs.missing_warning(self.missing))
        out = Path(out_path)
        out.parent.mkdir(parents=True, exist_ok=True)
        self.document.save(str(out))
        return out

    def _first_text(self) -> str:
        return next((p.text for p in self.document.paragraphs if p.text.strip()), "")


def no_split(table: Table) -> None:
    """Keep each row of `table` on one page."""
    for row in table.rows:
        ooxml.child(row._tr.get_or_add_trPr(), "w:cantSplit")


def row_height(table: Table, twips: int, start: int = 1) -> None:
    """Give rows from `start` on at least `twips` of height (room for a signature)."""
    for row in table.rows[start:]:
        height = ooxml.child(row._tr.get_or_add_trPr(), "w:trHeight")
        height.set(qn("w:val"), str(twips))
        height.set(qn("w:hRule"), "atLeast")
