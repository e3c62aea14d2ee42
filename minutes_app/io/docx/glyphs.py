"""Glyphs the fonts lack.

仿宋_GB2312, 黑体 and 楷体_GB2312 cover the BMP's CJK and GB2312 symbols only: emoji and
characters outside the BMP would print as boxes, so they are replaced by 〓 (the
GB/T 9704 mark for a character that cannot be set) and named in a warning.
"""

from __future__ import annotations

import re

from minutes_app.domain.messages import Message, msg

GETA = "〓"
# Emoji and pictographs in the BMP that the Chinese fonts lack (★☆ are in GB2312: kept).
_EMOJI_BMP = re.compile("[\u2600-\u2604\u2607-\u27bf\u2b00-\u2bff\u2300-\u23ff]")
_INVISIBLE = re.compile("[\u200d\ufe0e\ufe0f]")  # joiners and emoji variation selectors


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
