"""The member list as .xlsx or .csv: one row per unit, Chinese headers.

The columns are the ones the import reads, so an exported list can be edited and read
back. The csv is UTF-8 with a BOM, which Excel opens with the Chinese intact.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.tempnames import temp_prefix
from minutes_app.io.cells import csv_field, xlsx_cell

HEADERS = (
    "序号",
    "名称",
    "统一社会信用代码",
    "会员类别",
    "入会日期",
    "身份起始日期",
    "依据",
    "联系人",
    "电话",
    "邮箱",
    "地址",
)
WIDTHS = (6, 40, 22, 30, 12, 14, 50, 10, 16, 24, 40)


@dataclass(frozen=True)
class MemberRow:
    name: str
    credit_code: str | None
    categories: str  # 副会长单位、会员单位
    joined: dt.date | None  # start of the 会员单位 role held that day
    since: dt.date | None  # start of the highest role held that day
    basis: str  # the decision behind the highest role, or 手工调整
    contact: str | None
    phone: str | None
    email: str | None
    address: str | None

    def cells(self, number: int) -> list[object]:
        return [
            number,
            self.name,
            self.credit_code,
            self.categories,
            self.joined,
            self.since,
            self.basis,
            self.contact,
            self.phone,
            self.email,
            self.address,
        ]


def write_member_list(path: Path, rows: list[MemberRow], title: str) -> None:
    """Write .xlsx or .csv (by the suffix) through a temporary file, then replace."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(msg("units_out.bad_kind", name=path.name))
    if not path.parent.is_dir():
        raise UserError(msg("units_out.no_folder", folder=path.parent))
    with _replacing(path) as tmp:
        if suffix == ".xlsx":
            _xlsx(tmp, rows, title)
        else:
            _csv(tmp, rows)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    try:
        fd, name = tempfile.mkstemp(
            prefix=temp_prefix("members"), suffix=path.suffix, dir=path.parent
        )
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        refused = msg("units_out.folder_refused", folder=path.parent, reason=reason)
        raise UserError(refused) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(msg("units_out.in_use", path=path)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _csv(path: Path, rows: list[MemberRow]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for number, row in enumerate(rows, 1):
            writer.writerow(csv_field(c) for c in row.cells(number))


def _xlsx(path: Path, rows: list[MemberRow], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31] or "会员名单")
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for number, row in enumerate(rows, 1):
        sheet.append([xlsx_cell(sheet, v) for v in row.cells(number)])
    book.save(path)
