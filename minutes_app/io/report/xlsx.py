"""The figures as a workbook: one sheet per table, header row frozen, text cells as text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from minutes_app.domain.report import Figures
from minutes_app.domain.report_tables import Cell, Rate, tables
from minutes_app.domain.report_text import ZH
from minutes_app.domain.titles import chinese_date

HEADER_FILL = PatternFill("solid", fgColor="FFDDE3EA")
_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


def write_report_xlsx(f: Figures, organisation: str, out_path: str | Path) -> int:
    """Write the workbook; returns the number of sheets."""
    wb = Workbook(write_only=True)
    about = wb.create_sheet("说明")
    scope = f.body.name if f.body else "各会议机构"
    span = f"{chinese_date(f.period.start)}至{chinese_date(f.period.end)}"
    facts = (
        ("单位", organisation),
        ("统计期", f"{f.period.label}（{span}）"),
        ("范围", scope),
        ("逾期判定日", chinese_date(f.actions.as_of)),
    )
    for label, value in facts:
        about.append([_text(about, label), _text(about, value)])
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 50
    count = 1
    for table in tables(f, ZH):
        ws = wb.create_sheet(ZH(table.key).translate(_BAD)[:31])
        ws.freeze_panes = "A2"
        for index in range(1, len(table.columns) + 1):
            ws.column_dimensions[get_column_letter(index)].width = 30 if index <= 2 else 12
        ws.append([_header(ws, title) for title in table.columns])
        for row in table.rows:
            ws.append([_cell(ws, v) for v in row])
        count += 1
    wb.save(str(out_path))
    return count


def _cell(ws: WriteOnlyWorksheet, value: Cell) -> WriteOnlyCell | int | float | None:
    if isinstance(value, Rate):
        if value.value is None:
            return _text(ws, "—")
        cell = WriteOnlyCell(ws, value=round(value.value, 4))
        cell.number_format = "0.0%"
        return cell
    if isinstance(value, str):
        return _text(ws, value)
    return value


def _text(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A string cell, even when it starts with = (never a formula)."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _header(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = _text(ws, text)
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return cell
