"""Word export of meeting papers (no Qt here: io/ stays Qt-free).

Every writer takes a domain.papers.PaperSource: the organisation, units, people, bodies
and committees the papers name and the meetings (domain.records.Meeting), read from the
database by services.paper_reads, or from an archive file by
io.archive.papers_codec.paper_source_from_json (the sample archives).
It writes one .docx and returns a list of warnings (domain.messages.Message, code and
arguments: the window renders them in its language, the command line in Chinese; empty
when all went well):

    write_jiyao(source, meeting_key, out_path, template=None) -> list[Message]
        会议纪要, GB/T 9704 layout with the red house-style header and the 版记.
    write_record(source, meeting_key, out_path, template=None) -> list[Message]
        会议记录: facts table, notes, votes as cast (记名表决 ballots), actions, signatures.
    write_signin(source, meeting_key, out_path, template=None) -> list[Message]
        签到表 of the body's seats for the meeting's term, with blank 列席 rows.
    write_agenda(source, meeting_key, out_path, template=None) -> list[Message]
        议程: time, place, chair and numbered agenda items with presenters.
    write_notice(source, meeting_key, out_path, template=None) -> list[Message]
        会议通知 (关于召开…的通知) with the 回执 form as its attachment.
    write_ballot(source, meeting_key, out_path, template=None) -> list[Message]
        表决票 of the 无记名投票 motions and the 计票单.
    write_news(source, meeting_key, out_path, template=None) -> list[Message]
        会议简报: the newsletter article about the meeting.
    write_register(source, body_key, year, out_path, template=None) -> list[Message]
        决议汇编: the body's numbered resolutions of that year, in number order.

`template` is an optional path to the user's .docx (or .dotx). It is used when it
defines every style the document needs; otherwise the built-in template
(resources/templates/minutes-template.docx) is used and a warning such as
template.missing_styles (模板缺少样式“版头标志”，已改用内置模板) is returned. A file
that is not a Word document raises TemplateError (a ValueError). A meeting or body key
missing from the source raises ArchiveLookupError (a KeyError).

The 版记 goes to the foot of the next even page; measure_jiyao_room(source,
meeting_key, template, draft_mark, converter=None) -> Room | None lays the body out
with the converter (Word, WPS; LibreOffice when None) and pypdf so that
write_jiyao(..., room=room) can close the body's own last page with it when that
page is even and has room (used for the .docx and the PDF alike).

PDF where the secretary is: find_converter() -> Converter | None picks Microsoft
Word, else WPS Office (Windows COM; Word on macOS through AppleScript), else
LibreOffice; convert(converter, docx_path, pdf_path) runs it; pdf_available() says
which (or why none); missing_fonts() and font_warning() name the template's fonts
that fontconfig does not know (the PDF then shows substitutes).

PDF with LibreOffice: convert_to_pdf(docx_path, pdf_path, timeout=120) -> Path runs
LibreOffice headless with a fresh profile and raises LibreOfficeMissingError or
PdfConversionError (Chinese messages); libreoffice_available() is truthy when it
can run and carries the reason when it cannot.
"""

from minutes_app.io.docx.agenda import write_agenda
from minutes_app.io.docx.ballot import write_ballot
from minutes_app.io.docx.colophon import Room
from minutes_app.io.docx.converters import (
    Converter,
    NoConverterError,
    convert,
    find_converter,
    font_warning,
    missing_fonts,
    pdf_available,
)
from minutes_app.io.docx.jiyao import write_jiyao
from minutes_app.io.docx.layout import measure_jiyao_room
from minutes_app.io.docx.lookup import ArchiveLookupError
from minutes_app.io.docx.news import write_news
from minutes_app.io.docx.notice import write_notice
from minutes_app.io.docx.pdf import (
    Availability,
    LibreOfficeMissingError,
    PdfConversionError,
    convert_to_pdf,
    libreoffice_available,
)
from minutes_app.io.docx.record import write_record
from minutes_app.io.docx.register import write_register
from minutes_app.io.docx.signin import write_signin
from minutes_app.io.docx.template import TemplateError

__all__ = [
    "ArchiveLookupError",
    "Availability",
    "Converter",
    "LibreOfficeMissingError",
    "NoConverterError",
    "PdfConversionError",
    "Room",
    "TemplateError",
    "convert",
    "convert_to_pdf",
    "find_converter",
    "font_warning",
    "libreoffice_available",
    "measure_jiyao_room",
    "missing_fonts",
    "pdf_available",
    "write_agenda",
    "write_ballot",
    "write_jiyao",
    "write_news",
    "write_notice",
    "write_record",
    "write_register",
    "write_signin",
]
