"""Open the template a document is written on: the user's, or the built-in one."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from minutes_app.domain.messages import Message, msg

BUILTIN_TEMPLATE = "minutes-template.docx"
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


class TemplateError(ValueError):
    """The template file cannot be used at all (not a .docx, unreadable)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.coded = message


def builtin_template_bytes() -> bytes:
    """The built-in template shipped in minutes_app/resources/templates/."""
    folder = resources.files("minutes_app").joinpath("resources", "templates")
    return folder.joinpath(BUILTIN_TEMPLATE).read_bytes()


def open_template(
    template: str | Path | None, required: Iterable[str], warnings: list[Message]
) -> DocumentObject:
    """A fresh document on `template`, emptied of its body text.

    A user's template that lacks a style in `required` is not used: a warning naming
    the style is appended to `warnings` and the built-in template is used instead. A
    file that is not a Word document raises TemplateError.
    """
    if template is not None:
        document = _load_user_template(Path(template))
        missing = [name for name in required if name not in document.styles]
        if not missing:
            _clear_body(document)
            return document
        names = tuple(f"“{name}”" for name in missing)
        warnings.append(msg("template.missing_styles", styles=names))
    document = docx.Document(io.BytesIO(builtin_template_bytes()))
    _clear_body(document)
    return document


def _load_user_template(path: Path) -> DocumentObject:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or error
        raise TemplateError(msg("template.unreadable", path=path, reason=reason)) from error
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(msg("template.not_docx", name=path.name))
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except Exception as error:  # python-docx raises many kinds on foreign packages
        raise TemplateError(msg("template.broken", name=path.name, reason=error)) from error


def _as_document(data: bytes) -> bytes:
    """A .dotx (Word template) repackaged as a .docx; other packages unchanged."""
    source = zipfile.ZipFile(io.BytesIO(data))
    types = (
        source.read("[Content_Types].xml") if "[Content_Types].xml" in source.namelist() else b""
    )
    if _DOTX_MAIN.encode() not in types:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(_DOTX_MAIN.encode(), _DOCX_MAIN.encode())
            target.writestr(info, content)
    return out.getvalue()


def _clear_body(document: DocumentObject) -> None:
    """Remove the template's sample text, keeping the final section properties."""
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
