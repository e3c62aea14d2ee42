"""Meeting papers as Word (or PDF): 纪要, 会议记录, 签到表, 议程, and the 决议汇编.

The writers in io.docx read the archive form; this module reads it from the database,
writes into a temporary file beside the target and renames it into place, so a failed
export never leaves half a document and never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import extract, select

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.tempnames import temp_prefix
from minutes_app.io import docx
from minutes_app.services.approval import approved_content
from minutes_app.services.archive_read import build_archive
from minutes_app.services.cleanup import sweep_folders
from minutes_app.services.naming import resolve_body, resolve_meeting
from minutes_app.store.database import Database
from minutes_app.store.models import Body, Meeting

KINDS = ("jiyao", "record", "signin", "agenda", "notice", "ballot", "news")
_WRITERS: dict[str, Callable[..., list[str]]] = {
    "jiyao": docx.write_jiyao,
    "record": docx.write_record,
    "signin": docx.write_signin,
    "agenda": docx.write_agenda,
    "notice": docx.write_notice,
    "ballot": docx.write_ballot,
    "news": docx.write_news,
}
DRAFT_MARKS = ("征求意见稿", "送审稿")


def meeting_archive(db: Database, key: str) -> dict[str, Any]:
    """The registry and this one meeting, in archive form.

    Approved minutes name everyone as they were named when approved (the approval log's
    content), whatever the registry says now.
    """
    with db.reading() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.key == key))
        if meeting_id is None:
            raise UserError(msg("meeting.not_found", key=key))
        archive = build_archive(session, dt.date.today(), [meeting_id])
        frozen = approved_content(session, key)
    if frozen is not None and archive["meetings"][0]["status"] == MeetingStatus.APPROVED:
        _as_approved(archive, frozen["names"])
    return archive


def _as_approved(archive: dict[str, Any], names: dict[str, Any]) -> None:
    """Lay the names frozen at approval over the registry the papers are written from."""
    archive["organisation"]["name"] = names["organisation"] or archive["organisation"]["name"]
    units = {u["key"]: u for u in archive["units"]}
    for key, name in names["units"].items():
        if key in units:
            units[key]["name"] = name
    for person in archive["people"]:
        frozen = names["people"].get(person["key"])
        if frozen is None:
            continue
        person["name"] = frozen["name"]
        person["unit"] = frozen["unit"]
        title = frozen["title"]
        person["positions"] = (
            [{"title": title, "from": None, "to": None, "by": None}] if title else []
        )
        person["title_in_unit"] = None if title else person.get("title_in_unit")
    committees = {c["key"]: c for c in archive["committees"]}
    for key, name in names["committees"].items():
        if key in committees:
            committees[key]["name"] = name


def body_year_archive(db: Database, body_key: str, year: int) -> dict[str, Any]:
    with db.reading() as session:
        body_id = session.scalar(select(Body.id).where(Body.key == body_key))
        if body_id is None:
            raise UserError(msg("body.not_found", key=body_key))
        ids = session.scalars(
            select(Meeting.id).where(
                Meeting.body_id == body_id, extract("year", Meeting.start) == year
            )
        ).all()
        return build_archive(session, dt.date.today(), ids)


def export_meeting(
    db: Database,
    key: str,
    kind: str,
    out: Path,
    template: Path | None = None,
    draft_mark: str = DRAFT_MARKS[0],
) -> list[str]:
    """Write one paper of a meeting; returns warnings (a template that was not used …).

    `draft_mark` is what an unapproved 纪要 says it is: 征求意见稿 or 送审稿.
    """
    if kind not in _WRITERS:
        raise UserError(msg("document.bad_kind", kind=kind, kinds="、".join(KINDS)))
    key = resolve_meeting(db, key)
    if draft_mark not in DRAFT_MARKS:
        marks = "、".join(DRAFT_MARKS)
        raise UserError(msg("document.bad_mark", mark=draft_mark, marks=marks))
    archive = meeting_archive(db, key)
    writer = _WRITERS[kind]
    converter = _converter(out)
    if kind != "jiyao":
        return _write(out, lambda path: writer(archive, key, path, template), converter)
    # Lay the body out once (.docx or PDF) so the 版记 may close the body's own page.
    room = _measure(archive, key, template, draft_mark, converter or docx.find_converter())
    return _write(
        out, lambda path: writer(archive, key, path, template, draft_mark, room=room), converter
    )


def _measure(
    archive: dict[str, Any],
    key: str,
    template: Path | None,
    draft_mark: str,
    converter: docx.Converter | None,
) -> docx.Room | None:
    """Where the 纪要's body ends laid out by `converter` (None: nothing can measure)."""
    if converter is None:
        return None
    try:
        return docx.measure_jiyao_room(archive, key, template, draft_mark, converter=converter)
    except (docx.TemplateError, docx.ArchiveLookupError, OSError):
        return None  # the export itself says what is wrong (a program file missing …)


def export_register(
    db: Database, body_key: str, year: int, out: Path, template: Path | None = None
) -> list[str]:
    body_key = resolve_body(db, body_key)
    archive = body_year_archive(db, body_key, year)

    def write(path: Path) -> list[str]:
        return docx.write_register(archive, body_key, year, path, template)

    return _write(out, write, _converter(out))


def _converter(out: Path) -> docx.Converter | None:
    """For a PDF: Word, else WPS, else LibreOffice; a clear error when there is none."""
    if out.suffix.lower() != ".pdf":
        return None
    converter = docx.find_converter()
    if converter is None:
        raise UserError(msg("pdf.no_converter"))
    return converter


def _write(
    out: Path, write: Callable[[Path], list[str]], converter: docx.Converter | None = None
) -> list[str]:
    """Write to a temp file beside `out`, convert to PDF with `converter`, rename into place."""
    out = out.expanduser().resolve()
    folder = out.parent
    if not folder.is_dir():
        raise UserError(msg("folder.missing", folder=folder))
    sweep_folders([folder])  # what a killed export left there
    pdf = converter is not None
    try:
        fd, name = tempfile.mkstemp(prefix=temp_prefix("document"), suffix=".docx", dir=folder)
    except OSError as exc:
        raise UserError(msg("out.folder_refused", folder=folder, reason=exc.strerror)) from None
    os.close(fd)
    tmp = Path(name)
    tmp_pdf = tmp.with_suffix(".pdf")
    try:
        warnings = write(tmp)
        if converter is not None:
            _to_pdf(converter, tmp, tmp_pdf)
            warning = docx.font_warning(docx.missing_fonts())
            warnings += [warning] if warning else []
        final = tmp_pdf if pdf else tmp
        os.chmod(final, 0o600)
        os.replace(final, out)
    except (docx.TemplateError, docx.ArchiveLookupError) as exc:
        raise UserError(exc.coded) from None
    except PermissionError:
        raise UserError(msg("document.in_use", name=out.name)) from None
    except OSError as exc:
        if _is_program_file(exc, (tmp, tmp_pdf, out)):  # not the user's folder at fault
            missing = msg("document.program_file", name=exc.filename, reason=exc.strerror)
            raise UserError(missing) from None
        raise UserError(msg("out.cannot_write", path=out, reason=exc.strerror)) from None
    finally:
        for leftover in (tmp, tmp_pdf):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return warnings


def _is_program_file(exc: OSError, ours: tuple[Path, ...]) -> bool:
    """A file the writer reads that is not missing (python-docx's part templates …)."""
    if exc.errno != errno.ENOENT or not exc.filename:
        return False
    return Path(os.fsdecode(exc.filename)).resolve() not in ours


def _to_pdf(converter: docx.Converter, source: Path, target: Path) -> None:
    try:
        docx.convert(converter, source, target)
    except docx.PdfConversionError as exc:
        raise UserError(exc.coded) from None
