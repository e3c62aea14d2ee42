"""Reading a member list as rows of cells: .xlsx through openpyxl, .csv in UTF-8 or GBK.

A csv from Excel on a Chinese Windows is GBK; one saved as "CSV UTF-8" starts with a
BOM. Both are read: UTF-8 (with or without BOM) is tried first, then GB18030 (a
superset of GBK).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.errors import UserError

Cell = str | dt.date | None


@dataclass(frozen=True)
class RawRow:
    number: int  # the row number the user sees in Excel (1 = the first line of the file)
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in self.cells)


def read_rows(path: Path) -> list[RawRow]:
    """Every non-blank row of the first sheet (or of the csv), with its row number."""
    if not path.exists():
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


def _cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    return str(value)


def _xlsx_rows(path: Path) -> list[RawRow]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"无法读取 {path.name}：不是有效的 .xlsx 文件（{exc}）；"
                        "请在 Excel 中打开并另存为 .xlsx 后再导入") from None  # fmt: skip
    try:
        sheet = book.worksheets[0]
        return [
            RawRow(number, tuple(_cell(v) for v in values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1)
        ]
    finally:
        book.close()


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
    text = decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)  # Excel writes ",", some tools tab or ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [
            RawRow(number, tuple(_cell(v) for v in values))
            for number, values in enumerate(reader, 1)
        ]
    except csv.Error as exc:
        message = f"{path.name} 的 csv 格式有误（{exc}）；请在 Excel 中打开并重新保存"
        raise UserError(message) from None
