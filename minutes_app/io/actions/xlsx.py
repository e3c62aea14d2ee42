"""督办事项 as an Excel workbook: header row, frozen panes, real dates, filters, overdue fill."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from minutes_app.domain.actions import ActionRow
from minutes_app.io.actions.columns import COLUMNS, HEADERS, Value, values
from minutes_app.io.cells import xlsx_cell

SHEET = "督办事项"
OVERDUE_FILL = PatternFill("solid", fgColor="FFF8D7DA")
HEADER_FILL = PatternFill("solid", fgColor="FFDDE3EA")


def write_xlsx(path: Path, rows: Sequence[ActionRow], as_of: dt.date, organisation: str) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "C2"  # the header row and 序号/督办事项 stay in view
    for index, width in enumerate((6, *(c.width for c in COLUMNS)), 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(rows) + 1}"
    ws.append([_header(ws, text) for text in HEADERS])
    for number, row in enumerate(rows, 1):
        cells = values(number, row, as_of)
        ws.append(
            _overdue(ws, cells) if row.is_overdue(as_of) else [xlsx_cell(ws, v) for v in cells]
        )
    _about(
        wb.create_sheet("说明"),
        len(rows),
        sum(r.is_overdue(as_of) for r in rows),
        as_of,
        organisation,
    )
    wb.save(path)
    return len(rows)


def _header(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(horizontal="center", vertical="center")
    return cell


def _overdue(ws: WriteOnlyWorksheet, cells: list[Value]) -> list[WriteOnlyCell]:
    styled = []
    for value in cells:
        cell = xlsx_cell(ws, value, styled=True)
        cell.fill = OVERDUE_FILL
        styled.append(cell)
    return styled


def _about(ws: WriteOnlyWorksheet, total: int, overdue: int, as_of: dt.date, org: str) -> None:
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    for label, value in (
        ("单位", org),
        ("逾期判定日", as_of),
        ("事项数", total),
        ("其中逾期", overdue),
        ("说明", "逾期：完成时限早于判定日且未完成（未开始或进行中）的事项，以底色标出"),
    ):
        ws.append([label, xlsx_cell(ws, value)])
