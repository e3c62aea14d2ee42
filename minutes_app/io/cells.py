"""Cell values for the spreadsheet exports (.xlsx and .csv), safe to open.

Text loses the characters no file may hold (domain.text) and never becomes a formula:
an xlsx text cell is typed as a string even when it starts with "=", and a csv field
starting with = + - @ tab or CR gets one leading quote, which `import-units` removes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutes_app.domain.text import clean_text, guard_formula

DATE_FORMAT = "yyyy-mm-dd"


def xlsx_cell(sheet: Any, value: object, *, styled: bool = False) -> Any:
    """The value as a write-only sheet accepts it: plain when that is safe, else a cell."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = clean_text(value)
        if not (styled or value.startswith("=")):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl makes "=…" a formula; it is the user's text
        return cell
    if isinstance(value, dt.date) or styled:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
        return cell
    return value


def csv_field(value: object) -> str:
    """A csv field: dates as 2024-08-11, None empty, formula-like text guarded."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return guard_formula(clean_text(value))
    return str(value)
