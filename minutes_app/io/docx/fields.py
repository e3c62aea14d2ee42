"""Page geometry and page numbers: "— 1 —", odd pages right, even pages left."""

from __future__ import annotations

import copy

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _Footer
from docx.shared import Twips
from docx.styles.style import BaseStyle

from minutes_app.io.docx import ooxml, styles


def apply_page(section: Section, landscape: bool = False) -> None:
    """A4 with the GB/T 9704 margins (turned sideways for wide tables)."""
    width, height = styles.PAGE_WIDTH, styles.PAGE_HEIGHT
    if landscape:
        width, height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Twips(width), Twips(height)
    section.top_margin = Twips(styles.MARGIN_TOP)
    section.bottom_margin = Twips(styles.MARGIN_BOTTOM)
    section.left_margin = Twips(styles.MARGIN_LEFT)
    section.right_margin = Twips(styles.MARGIN_RIGHT)


def add_page_numbers(document: DocumentObject) -> None:
    """Page numbers in odd (right) and even (left) footers, one character in."""
    section = document.sections[0]
    _letterhead_on_even_pages(section)
    document.settings.odd_and_even_pages_header_footer = True
    section.different_first_page_header_footer = False
    style = document.styles[styles.PAGE_NUMBER]
    _number_footer(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, style)
    _number_footer(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, style)


def _letterhead_on_even_pages(section: Section) -> None:
    """A template's header (a letterhead) shown on even pages too, not only on odd ones.

    Odd and even footers make Word and LibreOffice use the even-page header on even
    pages; a user's template usually has only the default one, so it is copied.
    """
    header, even = section.header, section.even_page_header
    if header.is_linked_to_previous or not _has_content(header._element):
        return
    if not even.is_linked_to_previous and _has_content(even._element):
        return  # the template has an even-page header of its own
    even.is_linked_to_previous = False
    target = even._element
    for old in list(target):
        target.remove(old)
    for element in header._element:
        target.append(copy.deepcopy(element))


def _has_content(element: BaseOxmlElement) -> bool:
    """Text or a picture (a letterhead is often a logo) anywhere below `element`."""
    text = "".join(t.text or "" for t in element.iter(qn("w:t")))
    return bool(text.strip()) or next(element.iter(qn("w:drawing"), qn("w:pict")), None) is not None


def _number_footer(footer: _Footer, align: WD_ALIGN_PARAGRAPH, style: BaseStyle) -> None:
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    for extra in footer.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    paragraph.clear()
    paragraph.style = style
    paragraph.alignment = align
    indent = Twips(styles.SMALL_CHAR)
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = indent
    else:
        paragraph.paragraph_format.left_indent = indent
    paragraph.add_run("— ")
    ooxml.add_field(paragraph._p, "PAGE", "1")
    paragraph.add_run(" —")
