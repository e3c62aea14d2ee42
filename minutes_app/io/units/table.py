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
        raise UserError(f"找不到文件 {path}；请检查路径")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    elif suffix == ".xls":
        raise UserError(f"{path.name} 是旧版 Excel 文件（.xls）；请在 Excel 中另存为 .xlsx 再导入")
    else:
        raise UserError(f"{path.name} 不是 .xlsx 或 .csv 文件；请导出为这两种格式之一再导入")
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
    return UserError(
        f"无法读取 {path.name}：不是有效的 .xlsx 文件，或文件已损坏（{reason}）；"
        "请在 Excel 中打开并另存为 .xlsx 后再导入"
    )


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
        raise UserError(
            f"{path.name} 中没有可见的工作表；请在 Excel 中取消隐藏名单所在的表后再导入"
        )
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
    return UserError(f"{path.name} 超过{MAX_ROWS}行，不像是会员名单；请检查是否选对了文件")


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError(
            "无法识别文件的编码（既不是 UTF-8 也不是 GBK）；请在 Excel 中另存为“CSV UTF-8”再导入"
        ) from None


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
                raise UserError(
                    f"{path.name} 超过{MAX_ROWS}行，不像是会员名单；请检查是否选对了文件"
                )
            rows.append(RawRow(start, tuple(_cell(v) for v in values[:MAX_COLUMNS])))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(_csv_problem(path, start, str(exc))) from None
    return rows


def _csv_problem(path: Path, line: int, reason: str) -> str:
    if "unexpected end of data" in reason or "newline inside string" in reason:
        what = "的双引号没有配对（引号从这一行开始，直到文件末尾都没有结束）"
    elif "expected after" in reason:
        what = "的双引号用法不对（引号结束后紧跟着其他文字）"
    else:
        what = f"的格式有误（{shorten(reason, 60)}）"
    return f"{path.name} 第{line}行{what}；请在 Excel 中打开并重新保存为 csv 后再导入"
