"""Where the file codecs find the data files they read at run time.

python-docx builds a new header, footer, styles or settings part from an XML file
beside its own modules (`docx/parts/../templates/…`): in a bundle without that folder
Word export fails with a bare "No such file or directory". These lookups name the
files exactly as the libraries compute them, so a check can say which one is missing.
"""

from __future__ import annotations

import os
import zipfile
from importlib import resources
from pathlib import Path

import docx
import docx.parts.hdrftr
import docx.parts.settings
import docx.parts.styles

from minutes_app.domain.resources import Resource

_DOCX_PARTS = (
    (docx.parts.hdrftr, "default-header.xml", "python-docx 的页眉部件模板"),
    (docx.parts.hdrftr, "default-footer.xml", "python-docx 的页脚部件模板"),
    (docx.parts.styles, "default-styles.xml", "python-docx 的样式部件模板"),
    (docx.parts.settings, "default-settings.xml", "python-docx 的设置部件模板"),
)


def docx_resources() -> tuple[Resource, ...]:
    """python-docx's part templates and the app's built-in Word template."""
    found = [
        Resource(
            label, os.path.join(os.path.split(module.__file__ or "")[0], "..", "templates", name)
        )
        for module, name, label in _DOCX_PARTS
    ]
    builtin = resources.files("minutes_app") / "resources" / "templates" / "minutes-template.docx"
    found.append(Resource("内置 Word 模板 minutes-template.docx", str(builtin)))
    return tuple(found)


def docx_text(path: Path) -> str:
    """All the text of a .docx body (paragraphs and table cells), for checking an export."""
    with zipfile.ZipFile(path):
        pass  # a clear BadZipFile before python-docx's own error
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)
