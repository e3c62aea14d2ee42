"""Real Word list numbering for headings: 一、 （一） 1. （1）, renumbered by Word/WPS.

Typed numbers break as soon as a secretary inserts an item; a list defined in
numbering.xml (abstractNum with chineseCounting and decimal levels) renumbers itself.
Each document gets one abstract list and one instance (w:num) of it.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from minutes_app.io.docx import ooxml, styles
from minutes_app.io.docx.builder import Builder

# (format, text) of the four levels; the number is followed by nothing (no tab).
LEVELS = (
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
)
ABSTRACT_ID = 9101  # high, so it does not clash with a user template's lists


class Numbering:
    """The heading list of one document."""

    def __init__(self, doc: Builder) -> None:
        self.numbering = doc.document.part.numbering_part.element
        self.num_id = self._add_list()

    def _add_list(self) -> int:
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(ABSTRACT_ID))
        ooxml.child(abstract, "w:multiLevelType").set(qn("w:val"), "multilevel")
        for level, (fmt, text) in enumerate(LEVELS):
            abstract.append(_level(level, fmt, text))
        existing = self.numbering.findall(qn("w:abstractNum"))
        if any(a.get(qn("w:abstractNumId")) == str(ABSTRACT_ID) for a in existing):
            abstract.set(qn("w:abstractNumId"), str(ABSTRACT_ID + len(existing)))
        nums = self.numbering.findall(qn("w:num"))
        # abstractNum elements precede every w:num (schema order).
        if nums:
            nums[0].addprevious(abstract)
        else:
            self.numbering.append(abstract)
        num_id = 1 + max((int(n.get(qn("w:numId"))) for n in nums), default=0)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ooxml.child(num, "w:abstractNumId").set(qn("w:val"), abstract.get(qn("w:abstractNumId")))
        self.numbering.append(num)
        return num_id

    def heading(self, paragraph: Paragraph, level: int = 0) -> Paragraph:
        """Number `paragraph` at `level` (0: 一、, 1: （一）, 2: 1., 3: （1））."""
        ppr = paragraph._p.get_or_add_pPr()
        numpr = ooxml.ppr_child(ppr, "w:numPr")
        ooxml.child(numpr, "w:ilvl").set(qn("w:val"), str(level))
        ooxml.child(numpr, "w:numId").set(qn("w:val"), str(self.num_id))
        return paragraph


def _level(level: int, fmt: str, text: str) -> BaseOxmlElement:
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(level))
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", fmt),
        ("w:suff", "nothing"),
        ("w:lvlText", text),
        ("w:lvlJc", "left"),
    ):
        ooxml.child(lvl, tag).set(qn("w:val"), value)
    ppr = ooxml.child(lvl, "w:pPr")
    ind = ooxml.child(ppr, "w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(2 * styles.BODY_CHAR))
    return lvl
