"""Where the body of a 纪要 ends when laid out (for the 版记's place).

The 纪要 is written once without its 版记 and converted to PDF by the converter at
hand (Word or WPS where installed, else LibreOffice: converters.find_converter); the
last page's text lines give the page the body ends on and the space left below its
last line. The body lines sit on the 579-twip grid from the text block's top, so that
space is counted in grid lines, whatever the fonts. Used for the PDF and for the .docx
alike: the .docx is then laid out for the office program of this computer (Word on
most secretaries' computers, so Word's own layout is the one measured). A document
measured by one program and opened in another may differ by a line: a body a line
longer pushes the 版记's row to the next page; where nothing can measure, the 版记
gets an even page of its own, which is right in every layout.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from minutes_app.domain.papers import PaperSource
from minutes_app.io.docx import styles
from minutes_app.io.docx.colophon import TEXT_HEIGHT, Room
from minutes_app.io.docx.converters import Converter, convert
from minutes_app.io.docx.jiyao import DRAFT_MARK, write_jiyao
from minutes_app.io.docx.pdf import PdfConversionError, convert_to_pdf

_TOP = (styles.PAGE_HEIGHT - styles.MARGIN_TOP) / 20  # the text block in PDF points
_BOTTOM = styles.MARGIN_BOTTOM / 20
_PITCH = styles.LINE_PITCH / 20


def measure_jiyao_room(
    source: PaperSource,
    meeting_key: str,
    template: str | Path | None = None,
    draft_mark: str = DRAFT_MARK,
    timeout: float = 120,
    converter: Converter | None = None,
) -> Room | None:
    """The page the 纪要's body ends on and the twips left below it.

    Laid out by `converter` (Word, WPS or LibreOffice), by LibreOffice when it is None.
    None when it cannot be measured (no converter, no pypdf, a failed conversion):
    the 版记 then goes to a page of its own.
    """
    with tempfile.TemporaryDirectory(prefix="minutes-layout-") as scratch:
        probe = Path(scratch) / "probe.docx"
        write_jiyao(source, meeting_key, probe, template, draft_mark, colophon=False)
        target = probe.with_suffix(".pdf")
        try:
            if converter is None:
                pdf = convert_to_pdf(probe, target, timeout)
            else:
                pdf = convert(converter, probe, target, timeout)
        except (PdfConversionError, OSError):  # OSError: the converter would not start
            return None
        return room_in(pdf)


def room_in(pdf: Path) -> Room | None:
    """Room below the last text line of the PDF's last page (None without pypdf)."""
    try:
        import pypdf  # optional: only the fitted PDF needs it
    except ImportError:
        return None
    reader = pypdf.PdfReader(str(pdf))
    pages = len(reader.pages)
    baselines: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        y = float(tm[5]) * float(cm[3]) + float(cm[5])
        if text.strip() and _BOTTOM < y < _TOP:
            baselines.append(y)

    reader.pages[pages - 1].extract_text(visitor_text=visit)
    if pages == 1 or not baselines:
        return Room(pages, 0)
    # The first line's baseline lies `offset` below its grid line's top (mod a pitch,
    # should the page open with a paragraph's space before).
    offset = (_TOP - max(baselines)) % _PITCH
    used = (_TOP - min(baselines)) + (_PITCH - offset)
    return Room(pages, max(0, TEXT_HEIGHT - round(used * 20)))
