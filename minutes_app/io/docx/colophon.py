"""The 版记 (抄送 and 印发 between rules) at the foot of the last page, an even page.

GB/T 9704: the last rule of the 版记 lies on the foot of the text block of the
document's last page; printed on both sides, that page is an even one. The 版记 is a
one-row table with its text at the cell's bottom, the row of an exact height:

- when the space left on the body's last page is known (`Room`, measured by laying
  the document out once with Word, WPS or LibreOffice, see layout.py) and that page
  is even with room for the 版记, the row is exactly as tall as that space, on the
  same page: the 版记's last rule lands on the text block's foot;
- otherwise the 版记 starts a section of its own on the next even page (an
  "evenPage" section break, w:type in ECMA-376: Word and LibreOffice insert the blank
  page when the body ends on an even page), in a row as tall as the text block.

What Word does is reasoned from the OOXML spec (an exact w:trHeight is kept as
given, w:cantSplit keeps the row whole, evenPage starts the section on the next
even page); only LibreOffice's layout is checked by the tests. A floating table
anchored to the text block's bottom (w:tblpPr vertAnchor="margin" tblpYSpec="bottom")
would place itself in Word without measuring, but LibreOffice 7.4 lays a floating
table as wide as the text block out inline (it makes a frame of one only when it is
at least 4.69 mm narrower), so the 版记 would sit at the top of its page there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Twips

from minutes_app.io.docx import ooxml, styles
from minutes_app.io.docx.builder import Builder

THICK_RULE, THIN_RULE = 8, 4  # eighths of a point: 0.35 mm and 0.25 mm
TEXT_HEIGHT = styles.PAGE_HEIGHT - styles.MARGIN_TOP - styles.MARGIN_BOTTOM  # 12756 twips
# Kept free under the row: the 1-twip paragraph Word needs after a table, and rounding.
SAFETY = 60
RULES_HEIGHT = 160  # the three rules and their spacing, in twips


@dataclass(frozen=True)
class Room:
    """Where the body ends as laid out: its last page and the twips left below it."""

    page: int
    free: int


def needed(lines: Sequence[str]) -> int:
    """Height of the 版记 block in twips: its lines on the 579-twip pitch and the rules."""
    return len(lines) * styles.LINE_PITCH + RULES_HEIGHT


def fits(room: Room | None, lines: Sequence[str]) -> bool:
    """True when the 版记 can close the body's own last page (even, with room)."""
    return room is not None and room.page % 2 == 0 and room.free - SAFETY >= needed(lines)


def _unnumbered(section: Section) -> None:
    """GB/T 9704 7.5: a 版记 page after a blank page carries no page number."""
    for footer in (section.footer, section.even_page_footer):
        footer.is_linked_to_previous = False
        for paragraph in footer.paragraphs:
            paragraph.clear()


def add_colophon(doc: Builder, lines: Sequence[str], room: Room | None = None) -> None:
    """Append the 版记 block: at the foot of the body's last page or of the next even one."""
    if not lines:
        return
    if fits(room, lines):
        assert room is not None
        height = room.free - SAFETY
    else:
        section = doc.document.add_section(WD_SECTION.EVEN_PAGE)
        if room is not None and room.page % 2 == 0:
            _unnumbered(section)  # a blank page comes first: neither is numbered
        height = TEXT_HEIGHT - SAFETY
    table = doc.document.add_table(rows=1, cols=1)
    table.autofit = False
    table.columns[0].width = Twips(doc.text_width)
    ooxml.plain_full_width(table._tbl.tblPr, doc.text_width)
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    ooxml.child(properties, "w:cantSplit")
    row_height = ooxml.child(properties, "w:trHeight")
    row_height.set(qn("w:val"), str(height))
    row_height.set(qn("w:hRule"), "exact")
    cell = row.cells[0]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    for number, text in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.style = doc.style(styles.COLOPHON)
        doc.text(paragraph, text)
        paragraph.paragraph_format.keep_with_next = number < len(lines) - 1
        rules = {"top": THICK_RULE} if number == 0 else {}
        rules["bottom"] = THICK_RULE if number == len(lines) - 1 else THIN_RULE
        ooxml.set_borders(paragraph._p.get_or_add_pPr(), "000000", **rules)
    anchor = doc.para("", styles.NORMAL)  # Word needs a paragraph after a table
    anchor.paragraph_format.line_spacing = Twips(20)
