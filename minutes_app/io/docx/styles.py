"""The named styles of the exported documents and how the built-in template defines them.

The writers only *use* these names; the look lives in the template
(resources/templates/minutes-template.docx, made by tools/make_template.py with
`define_styles`). Fonts are set on the styles, East Asian font included, with the
theme attributes removed, so no run needs font fiddling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor, Twips
from docx.text.font import Font
from docx.text.paragraph import Paragraph

from minutes_app.io.docx import ooxml

# Page geometry of GB/T 9704 in twips.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 8845
LINE_PITCH = 579  # 22 lines a page
BODY_CHAR = 315  # a 16 pt character condensed by 0.25 pt
SMALL_CHAR = 280  # a 14 pt (4号) character

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"
LATIN = "Times New Roman"
RED = "FF0000"

# Style names (what a user's template must define).
NORMAL = "Normal"
BODY = "纪要正文"
TITLE = "Title"
HEADING_1 = "Heading 1"
HEADING_2 = "Heading 2"
MARK = "版头标志"
ISSUE_NO = "期号"
ISSUER = "发文信息"
ATTENDANCE = "出席名单"
LABEL = "标签"
COLOPHON = "版记"
PAGE_NUMBER = "页码"
TABLE_TEXT = "表格文字"
TABLE_HEAD = "表头文字"
SMALL_TEXT = "表格小字"
SMALL_HEAD = "表头小字"
TABLE_GRID = "Table Grid"


@dataclass(frozen=True)
class StyleSpec:
    """What one style looks like; lengths in twips, sizes in points."""

    name: str
    font: str = FANGSONG
    size: float | None = 16  # None: inherit (character styles)
    based_on: str | None = NORMAL
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    color: str | None = None
    align: str | None = None  # w:jc value
    first_line: int | None = None
    left: int | None = None
    hanging: int | None = None
    line: int | None = LINE_PITCH  # exact line pitch; None = single (auto)
    space_before: int = 0
    space_after: int = 0
    char_spacing: int | None = None  # twentieths of a point
    keep_next: bool = False
    outline: int | None = None
    tabs: tuple[tuple[str, int], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


STYLE_SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(NORMAL, based_on=None, align="both", char_spacing=-5),
    StyleSpec(BODY, first_line=2 * BODY_CHAR),
    StyleSpec(TITLE, font=XIAOBIAOSONG, size=22, align="center", char_spacing=0, keep_next=True),
    StyleSpec(HEADING_1, font=HEITI, first_line=2 * BODY_CHAR, keep_next=True, outline=0),
    StyleSpec(HEADING_2, font=KAITI, first_line=2 * BODY_CHAR, keep_next=True, outline=1),
    StyleSpec(
        MARK,
        font=XIAOBIAOSONG,
        size=32,
        color=RED,
        align="center",
        line=None,
        char_spacing=0,
        space_after=160,
    ),
    StyleSpec(ISSUE_NO, align="center"),
    StyleSpec(ISSUER, align="left", tabs=(("right", TEXT_WIDTH),)),
    StyleSpec(ATTENDANCE, left=5 * BODY_CHAR, hanging=3 * BODY_CHAR),
    StyleSpec(LABEL, font=HEITI, size=None, kind=WD_STYLE_TYPE.CHARACTER, based_on=None),
    StyleSpec(
        COLOPHON,
        size=14,
        align="left",
        char_spacing=0,
        left=4 * SMALL_CHAR,
        hanging=4 * SMALL_CHAR,
        tabs=(("right", TEXT_WIDTH - SMALL_CHAR),),
    ),
    StyleSpec(PAGE_NUMBER, font=SONGTI, size=14, line=None, char_spacing=0),
    StyleSpec(TABLE_TEXT, size=14, align="left", line=None, char_spacing=0),
    StyleSpec(TABLE_HEAD, based_on=TABLE_TEXT, font=HEITI, size=14, align="center", line=None),
    StyleSpec(SMALL_TEXT, size=12, align="left", line=None, char_spacing=0),
    StyleSpec(SMALL_HEAD, based_on=SMALL_TEXT, font=HEITI, size=12, align="center", line=None),
)

SPECS_BY_NAME = {spec.name: spec for spec in STYLE_SPECS}


def define_styles(document: DocumentObject) -> None:
    """Create or reset every style of STYLE_SPECS in `document` (template building)."""
    for spec in STYLE_SPECS:
        _define(document, spec)


def _define(document: DocumentObject, spec: StyleSpec) -> None:
    styles = document.styles
    style = styles[spec.name] if spec.name in styles else styles.add_style(spec.name, spec.kind)
    element = style.element
    for tag in ("w:pPr", "w:rPr"):
        old = element.find(qn(tag))
        if old is not None:
            element.remove(old)
    style.base_style = styles[spec.based_on] if spec.based_on else None
    style.quick_style = True
    _character(style.font, element.get_or_add_rPr(), spec)
    if spec.kind == WD_STYLE_TYPE.PARAGRAPH:
        _paragraph(style, element.get_or_add_pPr(), spec)


def _character(font: Font, rpr: BaseOxmlElement, spec: StyleSpec) -> None:
    # Latin letters and digits in Times New Roman; Chinese in the style's own font.
    ooxml.set_fonts(rpr, LATIN, spec.font)
    if spec.size is not None:
        font.size = Pt(spec.size)
    font.bold = False
    if spec.color:
        font.color.rgb = RGBColor.from_string(spec.color)
    if spec.char_spacing is not None:
        spacing = ooxml.child(rpr, "w:spacing")
        spacing.set(qn("w:val"), str(spec.char_spacing))
    _sort_rpr(rpr)


def _sort_rpr(rpr: BaseOxmlElement) -> None:
    """Put the w:rPr children in schema order (python-docx appends some at the end)."""
    order = ["rFonts", "b", "bCs", "i", "color", "spacing", "sz", "szCs", "lang"]
    children = sorted(
        rpr,
        key=lambda e: (
            order.index(e.tag.split("}")[-1]) if e.tag.split("}")[-1] in order else len(order)
        ),
    )
    for element in children:
        rpr.append(element)


def no_hanging_in_libreoffice(ppr: BaseOxmlElement) -> None:
    """w:overflowPunct on: Word's default (a closing mark may hang into the margin), which
    LibreOffice reads inverted as "no hanging punctuation".

    LibreOffice (7.4) sometimes draws no glyph at all for a mark it hangs after a full
    line, with or without character spacing; without hanging it carries the line's last
    character over with the mark instead, and every mark is printed.
    """
    ooxml.set_on_off(ppr, "w:overflowPunct", True)


def keep_marks_printable(document: DocumentObject) -> None:
    """Normal of `document` (a user's template too) with no_hanging_in_libreoffice."""
    if NORMAL in document.styles:
        no_hanging_in_libreoffice(document.styles[NORMAL].element.get_or_add_pPr())


def _paragraph(style: Any, ppr: BaseOxmlElement, spec: StyleSpec) -> None:
    fmt = style.paragraph_format
    fmt.keep_with_next = spec.keep_next or None
    if spec.name == NORMAL:
        # No one-line widow or orphan at a page break (Word's default, LibreOffice's 2 lines).
        ooxml.set_on_off(ppr, "w:widowControl", True)
        ooxml.set_on_off(ppr, "w:autoSpaceDE", False)
        ooxml.set_on_off(ppr, "w:autoSpaceDN", False)
        no_hanging_in_libreoffice(ppr)
    for kind, position in spec.tabs:
        tab = ooxml.child(ooxml.ppr_child(ppr, "w:tabs"), "w:tab")
        tab.set(qn("w:val"), kind)
        tab.set(qn("w:pos"), str(position))
    spacing = ooxml.ppr_child(ppr, "w:spacing")
    spacing.set(qn("w:before"), str(spec.space_before))
    spacing.set(qn("w:after"), str(spec.space_after))
    spacing.set(qn("w:line"), str(spec.line or 240))
    spacing.set(qn("w:lineRule"), "exact" if spec.line else "auto")
    _indents(ppr, spec)
    if spec.align:
        ooxml.ppr_child(ppr, "w:jc").set(qn("w:val"), spec.align)
    if spec.outline is not None:
        ooxml.ppr_child(ppr, "w:outlineLvl").set(qn("w:val"), str(spec.outline))
    if spec.name == ISSUER:
        ooxml.set_borders(ppr, RED, bottom=12)


def _indents(ppr: BaseOxmlElement, spec: StyleSpec) -> None:
    values = {"w:left": spec.left, "w:firstLine": spec.first_line, "w:hanging": spec.hanging}
    values = {key: value for key, value in values.items() if value is not None}
    if not values:
        return
    ind = ooxml.ppr_child(ppr, "w:ind")
    for key, value in values.items():
        ind.set(qn(key), str(value))


def style_fonts(paragraph: Paragraph) -> str:
    """The East Asian font a paragraph's style resolves to (for tests and checks)."""
    style = paragraph.style
    while style is not None:
        rpr = style.element.rPr
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return str(fonts.get(qn("w:eastAsia")))
        style = style.base_style
    return ""


__all__ = ["STYLE_SPECS", "StyleSpec", "Twips", "define_styles", "keep_marks_printable"]
