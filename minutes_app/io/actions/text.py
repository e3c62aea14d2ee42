"""Text the user typed, made safe for the file formats (kept as typed in the database)."""

from __future__ import annotations

import re

# XML 1.0 cannot hold C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)
