"""Which column holds what: found by the header's name, Chinese or English.

The header is the first row (within the first few) that names a 名称 column, so a
title line above the table ("天津市工程咨询协会会员名单") is skipped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.io.units.table import Cell, RawRow

# field -> header names that mean it (compared after normalising; first is the label)
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("名称", "单位名称", "会员名称", "会员单位名称", "单位", "name", "unit", "unit name"),
    "credit_code": ("统一社会信用代码", "信用代码", "社会信用代码", "credit_code", "credit code"),
    "category": ("会员类别", "类别", "会员级别", "会员类型", "role", "category"),
    "contact": ("联系人", "contact"),
    "phone": ("电话", "联系电话", "手机", "phone", "tel"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "email", "e-mail"),
    "address": ("地址", "通讯地址", "单位地址", "address"),
    "start": ("入会日期", "入会时间", "from", "since", "joined"),
}
LABELS = {field: names[0] for field, names in FIELDS.items()}
REQUIRED = ("name",)
HEADER_SEARCH = 10  # rows looked at for the header
EXACT_ONLY = {"单位", "unit", "tel", "from"}  # too short to match as a header's start

Mapping = dict[str, int | None]  # field -> column index (None: not imported)


def _norm(text: Cell) -> str:
    if not isinstance(text, str):
        return ""
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    return "".join(folded.split()).rstrip("*:：")


def guess_mapping(headers: list[str]) -> Mapping:
    """Each field's column by exact header name, then by a header that starts with it."""
    names = [_norm(h) for h in headers]
    mapping: Mapping = {}
    used: set[int] = set()
    for exact in (True, False):
        for field, aliases in FIELDS.items():
            if mapping.get(field) is not None:
                continue
            mapping[field] = _find(names, aliases, used, exact)
            if mapping[field] is not None:
                used.add(mapping[field])  # type: ignore[arg-type]
    return mapping


def _find(names: list[str], aliases: tuple[str, ...], used: set[int], exact: bool) -> int | None:
    for alias in aliases:
        wanted = "".join(alias.lower().split())
        for index, name in enumerate(names):
            if index in used or not name:
                continue
            prefix = not exact and wanted not in EXACT_ONLY and name.startswith(wanted)
            if name == wanted or prefix:
                return index
    return None


@dataclass(frozen=True)
class Header:
    number: int  # the header's row number
    names: list[str]
    mapping: Mapping


def find_header(rows: list[RawRow]) -> Header:
    """The header row and the columns guessed from it; UserError when there is none."""
    if not rows:
        raise UserError(msg("units_file.empty"))
    for row in rows[:HEADER_SEARCH]:
        names = [str(c).strip() if c is not None else "" for c in row.cells]
        mapping = guess_mapping(names)
        if mapping["name"] is not None:
            return Header(row.number, names, mapping)
    raise UserError(msg("units_file.no_name_column"))
