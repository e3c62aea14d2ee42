"""Meeting papers as Word (or PDF): 纪要, 会议记录, 签到表, 议程, and the 决议汇编.

The writers in io.docx read typed records (domain.papers.PaperSource); this module reads
them from the tables (services.paper_reads: only what the meetings name), then
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
from dataclasses import replace
from pathlib import Path

from sqlalchemy import extract, select

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.papers import ApprovedNames, NamedPerson, PaperSource, Person, Position
from minutes_app.domain.tempnames import temp_prefix
from minutes_app.io import docx
from minutes_app.services.approval import approved_names
from minutes_app.services.cleanup import sweep_folders
from minutes_app.services.naming import resolve_body, resolve_meeting
from minutes_app.services.paper_reads import paper_source
from minutes_app.store.database import Database
from minutes_app.store.models import Body, Meeting

KINDS = ("jiyao", "record", "signin", "agenda", "notice", "ballot", "news")
_WRITERS: dict[str, Callable[..., list[Message]]] = {
    "jiyao": docx.write_jiyao,
    "record": docx.write_record,
    "signin": docx.write_signin,
    "agenda": docx.write_agenda,
    "notice": docx.write_notice,
    "ballot": docx.write_ballot,
    "news": docx.write_news,
}
DRAFT_MARKS = ("征求意见稿", "送审稿")


def meeting_papers(db: Database, key: str) -> PaperSource:
    """The registry records this one meeting names, and the meeting, as the papers read them.

    Approved minutes name everyone as they were named when approved (the approval log's
    content), whatever the registry says now.
    """
    with db.reading() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.key == key))
        if meeting_id is None:
            raise UserError(msg("meeting.not_found", key=key))
        frozen = approved_names(session, key)
        then = frozen.unit_keys() if frozen else set()
        source = paper_source(session, [meeting_id], dt.date.today(), unit_keys=then)
    if frozen is not None and source.meetings[0].status == MeetingStatus.APPROVED:
        return _as_approved(source, frozen)
    return source


def _as_approved(source: PaperSource, names: ApprovedNames) -> PaperSource:
    """Lay the names frozen at approval over the registry."""
    units, committees = names.units, names.committees
    return replace(
        source,
        organisation=replace(
            source.organisation, name=names.organisation or source.organisation.name
        ),
        units=tuple(replace(u, name=units[u.key]) if u.key in units else u for u in source.units),
        people=tuple(_as_named(p, names.people.get(p.key)) for p in source.people),
        committees=tuple(
            replace(c, name=committees[c.key]) if c.key in committees else c
            for c in source.committees
        ),
    )


def _as_named(person: Person, frozen: NamedPerson | None) -> Person:
    """A person as the approved minutes named them: name, unit and the one 职务 held."""
    if frozen is None:
        return person
    return replace(
        person,
        name=frozen.name,
        unit=frozen.unit,
        positions=(Position(frozen.title),) if frozen.title else (),
        title_in_unit=None if frozen.title else person.title_in_unit,
    )


def body_year_papers(db: Database, body_key: str, year: int) -> PaperSource:
    """A body's meetings of one year (for its 决议汇编), and what they name."""
    with db.reading() as session:
        body_id = session.scalar(select(Body.id).where(Body.key == body_key))
        if body_id is None:
            raise UserError(msg("body.not_found", key=body_key))
        ids = session.scalars(
            select(Meeting.id).where(
                Meeting.body_id == body_id, extract("year", Meeting.start) == year
            )
        ).all()
        return paper_source(session, ids, dt.date.today(), body_ids=[body_id])


def export_meeting(
    db: Database,
    key: str,
    kind: str,
    out: Path,
    template: Path | None = None,
    draft_mark: str = DRAFT_MARKS[0],
) -> list[Message]:
    """Write one paper of a meeting; returns warnings (a template that was not used …),
    as messages the window renders in its language and the command line in Chinese.

    `draft_mark` is what an unapproved 纪要 says it is: 征求意见稿 or 送审稿.
    """
    if kind not in _WRITERS:
        raise UserError(msg("document.bad_kind", kind=kind, kinds="、".join(KINDS)))
    key = resolve_meeting(db, key)
    if draft_mark not in DRAFT_MARKS:
        marks = "、".join(DRAFT_MARKS)
        raise UserError(msg("document.bad_mark", mark=draft_mark, marks=marks))
    source = meeting_papers(db, key)
    writer = _WRITERS[kind]
    converter = _converter(out)
    if kind != "jiyao":
        return _write(out, lambda path: writer(source, key, path, template), converter)
    # Lay the body out once (.docx or PDF) so the 版记 may close the body's own page.
    room = _measure(source, key, template, draft_mark, converter or docx.find_converter())
    return _write(
        out, lambda path: writer(source, key, path, template, draft_mark, room=room), converter
    )


def _measure(
    source: PaperSource,
    key: str,
    template: Path | None,
    draft_mark: str,
    converter: docx.Converter | None,
) -> docx.Room | None:
    """Where the 纪要's body ends laid out by `converter` (None: nothing can measure)."""
    if converter is None:
        return None
    try:
        return docx.measure_jiyao_room(source, key, template, draft_mark, converter=converter)
    except (docx.TemplateError, docx.ArchiveLookupError, OSError):
        return None  # the export itself says what is wrong (a program file missing …)


def export_register(
    db: Database, body_key: str, year: int, out: Path, template: Path | None = None
) -> list[Message]:
    body_key = resolve_body(db, body_key)
    source = body_year_papers(db, body_key, year)

    def write(path: Path) -> list[Message]:
        return docx.write_register(source, body_key, year, path, template)

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
    out: Path, write: Callable[[Path], list[Message]], converter: docx.Converter | None = None
) -> list[Message]:
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
