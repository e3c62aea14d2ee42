"""Characters on the page: marks kept out of the condensed spacing, glyphs the fonts lack.

Body text is condensed by 0.25 pt (styles.NORMAL) so that 28 characters of 3号 fill the
156 mm line. A closing mark that falls after a full line hangs into the margin; when
the mark itself is condensed, LibreOffice drops it from the page and from the PDF
(measured: 、 and 。 vanished). Those marks therefore get their own run with the
spacing set back to 0, which both Word and LibreOffice draw.

仿宋_GB2312, 黑体 and 楷体_GB2312 cover the BMP's CJK and GB2312 symbols only: emoji and
characters outside the BMP would print as boxes, so they are replaced by 〓 (the
GB/T 9704 mark for a character that cannot be set) and named in a warning.
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from minutes_app.domain.messages import Message, msg
from minutes_app.io.docx import ooxml

HANGING_MARKS = "，。、；：？！）》”’〕】」』"
_MARK_RUNS = re.compile(f"([{re.escape(HANGING_MARKS)}]+)")
GETA = "〓"
# Emoji and pictographs in the BMP that the Chinese fonts lack (★☆ are in GB2312: kept).
_EMOJI_BMP = re.compile("[\u2600-\u2604\u2607-\u27bf\u2b00-\u2bff\u2300-\u23ff]")
_INVISIBLE = re.compile("[\u200d\ufe0e\ufe0f]")  # joiners and emoji variation selectors
_RPR_ORDER = (
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
)


def runs_of(text: str) -> list[tuple[str, bool]]:
    """Split text into (piece, is_mark): runs of hanging marks apart from the rest."""
    return [(piece, bool(_MARK_RUNS.fullmatch(piece))) for piece in _MARK_RUNS.split(text) if piece]


def uncondense(run: BaseOxmlElement) -> None:
    """Character spacing 0 on this run (overrides the style's −0.25 pt)."""
    rpr = run.get_or_add_rPr()
    spacing = ooxml.ordered_child(rpr, "w:spacing", _RPR_ORDER)
    spacing.set(qn("w:val"), "0")


def lacks_glyph(char: str) -> bool:
    """True for characters the documents' Chinese fonts cannot draw."""
    return ord(char) > 0xFFFF or bool(_EMOJI_BMP.match(char))


def replace_missing(text: str, missing: set[str]) -> str:
    """Text with emoji and non-BMP characters as 〓; what was replaced is added to `missing`."""
    text = _INVISIBLE.sub("", text)
    if all(ord(c) < 0x2300 or 0x2E80 <= ord(c) <= 0xFFFF for c in text):
        return text
    out = []
    for char in text:
        if lacks_glyph(char):
            missing.add(char)
            out.append(GETA)
        else:
            out.append(char)
    return "".join(out)


def missing_warning(missing: set[str]) -> Message:
    listed = tuple(f"“{c}” (U+{ord(c):04X})" for c in sorted(missing))
    return msg("docx.missing_glyphs", geta=GETA, chars=listed)
