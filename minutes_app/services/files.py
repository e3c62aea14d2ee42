"""File formats the window offers, reached through services (facade over io/)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minutes_app.io.actions import EXTENSIONS as ACTION_EXTENSIONS
from minutes_app.io.actions import write_actions
from minutes_app.io.units import ImportPreview, ImportRow, Mapping

if TYPE_CHECKING:
    from minutes_app.io.docx.pdf import Availability

__all__ = ["ACTION_EXTENSIONS", "ImportPreview", "ImportRow", "Mapping", "write_actions"]


def libreoffice_available() -> Availability:
    from minutes_app.io.docx import libreoffice_available as available  # python-docx: lazily

    return available()


def pdf_available() -> Availability:
    """Whether a PDF can be made here (Word, WPS or LibreOffice), else the reason."""
    from minutes_app.io.docx import pdf_available as available  # python-docx: lazily

    return available()
