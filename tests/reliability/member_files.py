"""Member lists (会员名单) as files, good and broken, for the import tests and the fuzzer."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

NAMES = ["天津甲公司", "天津乙公司", "天津丙公司", "天津丁公司", "天津戊公司"]
SHEET = "xl/worksheets/sheet1.xml"

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


def xlsx_bytes(
    rows: list[list[object]], *, hidden_first: list[list[object]] | None = None
) -> bytes:
    """A workbook holding `rows`; with `hidden_first`, a hidden sheet before it."""
    book = Workbook()
    first = book.active
    assert first is not None
    if hidden_first is not None:
        for row in hidden_first:
            first.append(row)
        first.sheet_state = "hidden"
        sheet = book.create_sheet("名单")
        book.active = 1
    else:
        sheet = first
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def member_rows(names: list[str] = NAMES) -> list[list[object]]:
    return [["名称", "会员类别"], *[[name, "会员单位"] for name in names]]


def rewrite(data: bytes, member: str, change: object) -> bytes:
    """The zip with one member's bytes changed by `change(bytes) -> bytes | None`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == member:
                body = change(body)  # type: ignore[operator]
                if body is None:
                    continue
            target.writestr(info.filename, body)
    return out.getvalue()


def lying_dimension(data: bytes) -> bytes:
    """The sheet claims to end at row 3 (A1:B3), whatever it holds."""
    return rewrite(data, SHEET, lambda b: re.sub(rb'<dimension ref="[^"]*"/>',
                                                 b'<dimension ref="A1:B3"/>', b))  # fmt: skip


def with_prolog(data: bytes, prolog: str, entity: str) -> bytes:
    """The sheet XML behind a DOCTYPE declaring entities, one used in the first cell."""

    def change(body: bytes) -> bytes:
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", body)
        body = body.replace(b"<t>", f"<t>&{entity};".encode(), 1)
        return prolog.encode() + body

    return rewrite(data, SHEET, change)


def no_worksheet(data: bytes) -> bytes:
    data = rewrite(data, SHEET, lambda b: None)
    return rewrite(data, "xl/workbook.xml", lambda b: re.sub(rb"<sheet [^>]*/>", b"", b))


def cut_sheet(data: bytes, keep: float = 0.6) -> bytes:
    return rewrite(data, SHEET, lambda b: b[: int(len(b) * keep)])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
