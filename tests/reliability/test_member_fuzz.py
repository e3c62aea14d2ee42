"""Hostile member lists through the import service: no crash, no partial write.

Each case is a small .xlsx or .csv made from a fixed seed: cells that are formulas,
control and bidi characters, huge or typed (numbers, dates, booleans) values, then the
file itself broken: bytes flipped, cut short, a lying `<dimension>` tag, entity tricks,
hidden or missing sheets, cut sheet XML, unclosed quotes, NUL bytes, odd encodings.
Every case must either import every one of its rows or fail with a one-line UserError
of at most 300 characters and leave every table byte for byte as it was.
1,000 cases in CI (500 of each kind), 160 locally.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutes_app.domain.errors import UserError
from minutes_app.services.registry_import import import_member_file, preview, read_member_file
from minutes_app.store.database import open_database

_here = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("member_files", _here / "member_files.py")
assert _spec is not None and _spec.loader is not None
mf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mf)
_spec = importlib.util.spec_from_file_location("hostile_input", _here / "test_hostile_input.py")
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

CASES = 500 if os.environ.get("CI") else 80  # of each kind
HEADERS = ["名称", "单位名称", "会员类别", "统一社会信用代码", "联系人", "电话", "邮箱", "入会日期",
           "地址", "序号", "name", ""]  # fmt: skip
ODD = ["=1+1", "+86 22", "-5", "@SUM(A1)", "'=A1", '=HYPERLINK("http://x","y")', "\u202e反向",
       "\x85", "\x7f", "会员单位、理事单位", "理事单位", "副会长", "不认识", "a@b.cn", "ab.cn",
       "2024-02-30", "2024-08-11", "20240811", "长" * 201, "长" * 100_000, " ", "",
       "911201000000000001", "9112010000000000X1", "😀𠀀", "天津\n公司"]  # fmt: skip
CSV_ONLY = ["\x00", "\x1b", "a\x0bb", "\ud800"]  # what an xlsx cannot even be written with


def cell(rng: random.Random, n: int, kind: str, calm: bool) -> object:
    roll = rng.random() * (0.5 if calm else 1)
    if roll < 0.45:
        return f"天津{kind}{n}号公司{rng.randrange(10**6)}"
    if roll < 0.85:
        return rng.choice(ODD + (CSV_ONLY if kind == "csv" else []))
    return rng.choice([None, 0, -1, 2**63, 3.5, True, dt.date(2024, 8, 11),
                       dt.datetime(1900, 1, 1, 0, 0)])  # fmt: skip


def rows_for(rng: random.Random, n: int, kind: str) -> list[list[object]]:
    header = rng.sample(HEADERS, rng.randint(1, 5))
    if rng.random() < 0.7 and "名称" not in header:
        header[0] = "名称"
    calm = rng.random() < 0.4  # mostly good rows: the import path is fuzzed too
    rows = range(rng.randint(0, 6))
    body = [[cell(rng, n * 100 + r, kind, calm) for _ in header] for r in rows]
    return [header, *body]


def _flip(rng: random.Random, data: bytes) -> bytes:
    body = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        body[rng.randrange(len(body))] ^= 1 << rng.randrange(8)
    return bytes(body)


def _cut(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


XLSX_DAMAGE: list[Callable[[random.Random, bytes], bytes]] = [
    lambda rng, d: d,
    lambda rng, d: d,
    _flip,
    _cut,
    lambda rng, d: mf.lying_dimension(d),
    lambda rng, d: mf.with_prolog(d, mf.BILLION_LAUGHS, "lol9"),
    lambda rng, d: mf.with_prolog(d, mf.EXTERNAL, "ext"),
    lambda rng, d: mf.no_worksheet(d),
    lambda rng, d: mf.cut_sheet(d, rng.random()),
    lambda rng, d: mf.rewrite(d, "xl/workbook.xml", lambda b: _flip(rng, b)),
    lambda rng, d: mf.rewrite(d, mf.SHEET, lambda b: b.replace(b"<c ", b'<c t="e" ', 1)),
    lambda rng, d: mf.rewrite(d, mf.SHEET, lambda b: b.replace(b"<row", b'<row r="-1"', 1)),
]


def xlsx_case(rng: random.Random, n: int) -> bytes:
    rows = rows_for(rng, n, "xlsx")
    decoy = rows_for(rng, n, "xlsx") if rng.random() < 0.2 else None
    data = mf.xlsx_bytes(rows, hidden_first=decoy)
    return rng.choice(XLSX_DAMAGE)(rng, data)


def csv_case(rng: random.Random, n: int) -> bytes:
    rows = rows_for(rng, n, "csv")
    sep = rng.choice([",", ",", "\t", ";"])
    lines = []
    for row in rows:
        fields = ["" if v is None else str(v) for v in row]
        quoted = [f'"{f}"' if ("," in f or "\n" in f or rng.random() < 0.1) else f for f in fields]
        lines.append(sep.join(quoted))
    text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
    encoding = rng.choice(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"])
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf-8")
                       else "replace")  # fmt: skip
    damage = rng.random()
    if damage < 0.15:
        data = data.replace(b",", b',"', 1)  # an unclosed quote
    elif damage < 0.25:
        data = _flip(rng, data)
    elif damage < 0.3 and data:
        data = _cut(rng, data)
    elif damage < 0.35:
        data += b"\x00" * rng.randint(1, 5)
    return data


def run_cases(kind: str, make: Callable[[random.Random, int], bytes], db: Any, db_path: Path,
              folder: Path) -> collections.Counter[str]:  # fmt: skip
    outcomes: collections.Counter[str] = collections.Counter()
    for n in range(CASES):
        rng = random.Random(f"{kind}-{n}")
        path = folder / f"case{n}.{kind}"
        path.write_bytes(make(rng, n))
        before = hostile.table_hash(db_path)
        try:
            rows = len(preview(db, read_member_file(path)).rows)
            result = import_member_file(db, path, today=dt.date(2024, 12, 1))
        except UserError as exc:
            message = str(exc)
            assert message and "\n" not in message and "\r" not in message, (n, message)
            assert len(f"minutes-app: {message}") <= 300, (n, len(message))
            assert hostile.table_hash(db_path) == before, (n, message)
            outcomes["refused"] += 1
        else:
            assert result.added == rows and result.dropped == 0, (n, result)
            outcomes["imported"] += 1
        path.unlink()
    return outcomes


def test_hostile_member_files_never_crash_nor_write_partly(tmp_path: Path) -> None:
    db_path = tmp_path / "fuzz.db"
    db = open_database(db_path)
    try:
        xlsx = run_cases("xlsx", xlsx_case, db, db_path, tmp_path)
        csv = run_cases("csv", csv_case, db, db_path, tmp_path)
    finally:
        db.dispose()
    print(f"member files: xlsx {dict(xlsx)}, csv {dict(csv)}")
    for outcomes in (xlsx, csv):
        assert sum(outcomes.values()) == CASES
        assert outcomes["refused"] > 0 and outcomes["imported"] > 0  # both paths exercised
