"""Small WordprocessingML helpers python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# Order of the children of w:pPr that matter here (ECMA-376 §17.3.1.26).
_PPR_ORDER = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
)


def set_fonts(rpr: BaseOxmlElement, latin: str, east_asian: str) -> None:
    """Set w:rFonts explicitly and drop the theme attributes that would override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)


def strip_theme_fonts(element: BaseOxmlElement) -> None:
    """Remove theme font attributes anywhere below `element`."""
    for fonts in element.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)


def child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The first `tag` child of parent, created (at the end) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


_TBLPR_ORDER = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
)


def ordered_child(parent: BaseOxmlElement, tag: str, order: tuple[str, ...]) -> BaseOxmlElement:
    """The `tag` child of parent, inserted where the schema's `order` wants it."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    rank = order.index(tag)
    for position, existing in enumerate(parent):
        name = "w:" + existing.tag.split("}")[-1]
        if name in order and order.index(name) > rank:
            parent.insert(position, element)
            return element
    parent.append(element)
    return element


def ppr_child(ppr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The `tag` child of a w:pPr, inserted in schema order when missing."""
    return ordered_child(ppr, tag, _PPR_ORDER)


def set_borders(ppr: BaseOxmlElement, color: str, **sides: int) -> None:
    """Paragraph borders: sides given as top=12 (eighths of a point), single lines."""
    borders = ppr_child(ppr, "w:pBdr")
    for side in ("top", "left", "bottom", "right", "between"):
        if side not in sides:
            continue
        edge = borders.find(qn(f"w:{side}"))
        if edge is None:
            edge = OxmlElement(f"w:{side}")
            _insert_border(borders, edge, side)
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(sides[side]))
        edge.set(qn("w:space"), "1")
        edge.set(qn("w:color"), color)


def _insert_border(borders: BaseOxmlElement, edge: BaseOxmlElement, side: str) -> None:
    order = ("top", "left", "bottom", "right", "between", "bar")
    for position, existing in enumerate(borders):
        if order.index(existing.tag.split("}")[-1]) > order.index(side):
            borders.insert(position, edge)
            return
    borders.append(edge)


def set_on_off(ppr: BaseOxmlElement, tag: str, on: bool) -> None:
    """An on/off property of w:pPr (w:widowControl, w:autoSpaceDE …)."""
    ppr_child(ppr, tag).set(qn("w:val"), "1" if on else "0")


def add_field(paragraph_element: BaseOxmlElement, instruction: str, shown: str) -> None:
    """Append a complex field (begin, instruction, separate, result, end) as runs."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = OxmlElement("w:r")
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run.append(mark)
        else:
            code = OxmlElement("w:instrText")
            code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            code.text = f" {text} "
            run.append(code)
        paragraph_element.append(run)
    result = OxmlElement("w:r")
    result_text = OxmlElement("w:t")
    result_text.text = shown
    result.append(result_text)
    paragraph_element.append(result)
    end = OxmlElement("w:r")
    end_mark = OxmlElement("w:fldChar")
    end_mark.set(qn("w:fldCharType"), "end")
    end.append(end_mark)
    paragraph_element.append(end)


def plain_full_width(tbl_pr: BaseOxmlElement, width: int) -> None:
    """Make a table exactly `width` wide, without cell margins left and right."""
    table_width = ordered_child(tbl_pr, "w:tblW", _TBLPR_ORDER)
    table_width.set(qn("w:w"), str(width))
    table_width.set(qn("w:type"), "dxa")
    margins = ordered_child(tbl_pr, "w:tblCellMar", _TBLPR_ORDER)
    for side in ("left", "right"):
        edge = child(margins, f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")


def side_margins(tbl_pr: BaseOxmlElement, width: int) -> None:
    """Give every cell of a table `width` twips of margin left and right."""
    margins = ordered_child(tbl_pr, "w:tblCellMar", _TBLPR_ORDER)
    for side in ("left", "right"):
        edge = child(margins, f"w:{side}")
        edge.set(qn("w:w"), str(width))
        edge.set(qn("w:type"), "dxa")
