"""Reading generated Word documents back: python-docx objects, raw XML and all text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject


def open_docx(path: Path) -> DocumentObject:
    return docx.Document(str(path))


def part_xml(path: Path, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(part).decode("utf-8")


def all_text(path: Path) -> str:
    """Every w:t of the document body, headers and footers included, concatenated."""
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if re.match(r"word/(document|footer\d*)\.xml", n)]
        xml = "".join(package.read(name).decode("utf-8") for name in parts)
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def decisions_of(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for item in meeting["agenda"] for d in item["decisions"]]


def actions_of(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for item in meeting["agenda"] for a in item["actions"]]


def names_of(archive: dict[str, Any], meeting: dict[str, Any]) -> list[str]:
    people = {p["key"]: p["name"] for p in archive["people"]}
    return [people[entry["person"]] for entry in meeting["attendance"]]
