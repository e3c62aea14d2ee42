"""Reading a member list as rows of cells: .xlsx through openpyxl, .csv in UTF-8 or GBK.

A csv from Excel on a Chinese Windows is GBK; one saved as "CSV UTF-8" starts with a
BOM. Both are read: UTF-8 (with or without BOM) is tried first, then GB18030 (a
superset of GBK).

The file is not trusted: a workbook's own size tag (`<dimension>`) is ignored (it may
understate the rows), the sheet read is the active one when visible, else the first
visible one, and a broken zip, cut XML or entity trick gives one line, not a crash.
A formula cell is read as `Formula` (its text), never evaluated: the import refuses it
where it would become a value. The one quote a csv export puts before text that a
spreadsheet would run (=, +, -, @) is taken off again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from minutes_app.domain.errors import UserError, shorten
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.text import unguard_formula

MAX_ROWS = 100_000  # a member list has hundreds; more is a wrong file
MAX_COLUMNS = 200


class Formula(str):
    """The text of a formula cell ("=HYPERLINK(…)"), kept apart from typed text."""


Cell = str | dt.date | None


@dataclass(frozen=True)
class RawRow:
    number: int  # the row number the user sees in Excel (1 = the first line of the file)
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in self.cells)


def read_rows(path: Path) -> list[RawRow]:
    """Every non-blank row of the sheet (or of the csv), with its row number."""
    if not path.is_file():
        raise UserError(msg("units_file.missing", path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    elif suffix == ".xls":
        raise UserError(msg("units_file.xls", name=path.name))
    else:
        raise UserError(msg("units_file.bad_kind", name=path.name))
    return [r for r in rows if not r.is_blank()]


def _cell(value: object, formula: bool = False) -> Cell:
    if value is None:
        return None
    if formula:
        return Formula(str(value))
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    return unguard_formula(str(value))


def _broken(path: Path, exc: BaseException) -> UserError:
    reason = shorten(f"{exc.__class__.__name__}: {exc}", 80)
    return UserError(msg("units_file.broken", name=path.name, reason=reason))


def _unreadable_errors() -> tuple[type[BaseException], ...]:
    """What a damaged or hostile workbook raises inside openpyxl (zip, zlib, XML)."""
    found: list[type[BaseException]] = [
        zipfile.BadZipFile,
        zlib.error,
        struct.error,
        OSError,
        LookupError,
        ValueError,
        TypeError,
        AttributeError,
        ArithmeticError,
        EOFError,
        ParseError,
        RuntimeError,
    ]
    try:
        from lxml import etree

        found.append(etree.LxmlError)
    except ImportError:  # pragma: no cover - openpyxl then uses the standard library
        pass
    return tuple(found)


def _xlsx_rows(path: Path) -> list[RawRow]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except _unreadable_errors() as exc:
        raise _broken(path, exc) from None
    try:
        sheet = _visible_sheet(book, path)
        sheet.reset_dimensions()  # the file's <dimension> tag may understate the rows
        return list(_sheet_rows(sheet, path))
    except UserError:
        raise
    except _unreadable_errors() as exc:
        raise _broken(path, exc) from None
    finally:
        book.close()


def _visible_sheet(book: Any, path: Path) -> Any:
    """The active sheet when it is visible, else the first visible one."""
    sheets = [s for s in book.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
    if not sheets:
        raise UserError(msg("units_file.no_sheet", name=path.name))
    try:
        active = book.active
    except (IndexError, AttributeError):
        active = None
    return active if active in sheets else sheets[0]


def _sheet_rows(sheet: Any, path: Path) -> Iterator[RawRow]:
    for number, row in enumerate(sheet.iter_rows(), 1):
        if number > MAX_ROWS:
            raise _too_long(path)
        cells = row[:MAX_COLUMNS]
        yield RawRow(
            number, tuple(_cell(c.value, getattr(c, "data_type", "") == "f") for c in cells)
        )


def _too_long(path: Path) -> UserError:
    return UserError(msg("units_file.too_long", name=path.name, limit=MAX_ROWS))


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError(msg("units_file.encoding")) from None


def _csv_rows(path: Path) -> list[RawRow]:
    """Rows numbered by the line they start on; an unclosed quote is refused by line."""
    text = decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)  # Excel writes ",", some tools tab or ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[RawRow] = []
    start = 1
    try:
        for values in reader:
            if len(rows) >= MAX_ROWS:
                raise _too_long(path)
            rows.append(RawRow(start, tuple(_cell(v) for v in values[:MAX_COLUMNS])))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(_csv_problem(path, start, str(exc))) from None
    return rows


def _csv_problem(path: Path, line: int, reason: str) -> Message:
    if "unexpected end of data" in reason or "newline inside string" in reason:
        return msg("units_file.csv_unclosed", name=path.name, line=line)
    if "expected after" in reason:
        return msg("units_file.csv_quote", name=path.name, line=line)
    return msg("units_file.csv_other", name=path.name, line=line, reason=shorten(reason, 60))
