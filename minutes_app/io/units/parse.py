"""Rows of a member list → units to add, or the error of each bad row.

Nothing here touches the database: the names and credit codes already registered
come in as `Existing`, so duplicates of an existing unit or of an earlier row are found
by credit code or by name (compared with full-width and half-width forms folded).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from minutes_app.domain import credit_code
from minutes_app.domain.enums import UNIT_ROLE_ZH, UnitRole
from minutes_app.domain.errors import shorten
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.text import first_unsafe, unsafe
from minutes_app.domain.validation import NAME_MAX, TITLE_MAX
from minutes_app.io.units.columns import FIELDS, LABELS, Header, Mapping
from minutes_app.io.units.table import Cell, Formula, RawRow

_ROLES = {zh: role.value for role, zh in UNIT_ROLE_ZH.items()}
_ROLES |= {r.value: r.value for r in UnitRole}
_RANK = {role.value: rank for rank, role in enumerate(UnitRole)}
_SPLIT = re.compile(r"[、,，/;；\s]+")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
LIMITS = {
    "contact": ("联系人", NAME_MAX),
    "phone": ("电话", 100),
    "email": ("邮箱", NAME_MAX),
    "address": ("地址", TITLE_MAX),
}


@dataclass(frozen=True)
class UnitValues:
    name: str
    credit_code: str | None
    roles: tuple[str, ...]  # role values, highest tier first; never empty
    contact: str | None
    phone: str | None
    email: str | None
    address: str | None
    start: dt.date | None  # 入会日期; None: the day of the import


@dataclass(frozen=True)
class ImportRow:
    number: int  # the row number in the file
    shown: dict[str, str]  # field -> the text as given, for the preview
    values: UnitValues | None
    error: str | None  # in Chinese, as the command line says it
    problem: Message | None = None  # the same, coded: the window shows it in its language

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class ImportPreview:
    header: Header
    mapping: Mapping
    rows: tuple[ImportRow, ...]

    @property
    def good(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    def first_error(self) -> str | None:
        """第3行：统一社会信用代码第18位校验码应为X，实为Y…, or None when all rows are good."""
        problem = self.first_problem()
        return problem.render() if problem else None

    def first_problem(self) -> Message | None:
        if not self.rows:
            return msg("units_file.header_only")
        bad = self.bad
        if not bad:
            return None
        return msg("units_file.row", number=bad[0].number, problem=bad[0].problem or "")


@dataclass
class Existing:
    """Units already registered: folded name -> name, credit code -> name."""

    names: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, code: str | None) -> None:
        self.names[fold(name)] = name
        if code:
            self.codes[code] = name


def fold(name: str) -> str:
    """A name as compared for duplicates: full-width folded, blanks removed."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell.isoformat() if isinstance(cell, dt.date) else cell.strip()


def parse_rows(
    rows: list[RawRow], header: Header, mapping: Mapping, existing: Existing
) -> ImportPreview:
    """Every row after the header, parsed or with its error."""
    seen_names: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    out = []
    for row in rows:
        if row.number <= header.number:
            continue
        cells = {
            f: (row.cells[i] if i is not None and i < len(row.cells) else None)
            for f, i in mapping.items()
        }
        shown = {f: _text(c) for f, c in cells.items()}
        try:
            values = _values(cells, shown)
            _duplicates(values, row.number, existing, seen_names, seen_codes)
        except _RowError as exc:
            out.append(ImportRow(row.number, shown, None, exc.problem.render(), exc.problem))
            continue
        out.append(ImportRow(row.number, shown, values, None))
    return ImportPreview(header, dict(mapping), tuple(out))


class _RowError(Exception):
    def __init__(self, problem: Message) -> None:
        super().__init__(problem.render())
        self.problem = problem


def _refuse_unsafe(cells: dict[str, Cell], shown: dict[str, str]) -> None:
    """Formula cells and characters no file may hold are refused, naming the column."""
    for f, cell in cells.items():
        label = LABELS.get(f, f)
        if isinstance(cell, Formula):
            raise _RowError(msg("unit_row.formula", label=label, cell=shorten(cell)))
        index = first_unsafe(shown.get(f, ""))
        if index is not None:
            raise _RowError(unsafe(shown[f], index, label))
    if "\n" in shown.get("name", "") or "\r" in shown.get("name", ""):
        raise _RowError(msg("unit_row.line_break", name=shorten(shown["name"])))


def _values(cells: dict[str, Cell], shown: dict[str, str]) -> UnitValues:
    _refuse_unsafe(cells, shown)
    name = shown.get("name", "")
    if not name:
        raise _RowError(msg("unit_row.no_name"))
    if len(name) > NAME_MAX:
        raise _RowError(msg("unit_row.name_too_long", length=len(name), limit=NAME_MAX))
    code = None
    if shown.get("credit_code"):
        code = credit_code.normalize(shown["credit_code"])
        problem = credit_code.fault(code)
        if problem is not None:
            raise _RowError(problem)
    roles = _roles(shown.get("category", ""))
    start = _date(cells.get("start"))
    extra = {f: (shown.get(f) or None) for f in LIMITS}
    for f, (label, limit) in LIMITS.items():
        if extra[f] is not None and len(extra[f] or "") > limit:
            raise _RowError(msg("unit_row.too_long", label=label, limit=limit))
    if extra["email"] is not None and "@" not in (extra["email"] or ""):
        raise _RowError(msg("unit_row.email", email=shorten(extra["email"])))
    return UnitValues(
        name, code, roles, extra["contact"], extra["phone"], extra["email"], extra["address"], start
    )


def _roles(text: str) -> tuple[str, ...]:
    """会员类别 → role values; a unit of any tier is also a 会员单位."""
    found = {UnitRole.MEMBER_UNIT.value}
    for part in filter(None, _SPLIT.split(text)):
        role = _ROLES.get(part) or _ROLES.get(part + "单位") or _ROLES.get(part.lower())
        if role is None:
            known = "、".join(UNIT_ROLE_ZH.values())
            raise _RowError(msg("unit_row.category", part=shorten(part), known=known))
        found.add(role)
    return tuple(sorted(found, key=_RANK.__getitem__))


def _date(cell: Cell) -> dt.date | None:
    if cell is None or isinstance(cell, dt.date):
        return cell
    text = unicodedata.normalize("NFKC", cell).strip()
    if not text:
        return None
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    try:
        if match:
            return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        pass
    raise _RowError(msg("unit_row.date", cell=shorten(cell)))


def _duplicates(
    values: UnitValues,
    number: int,
    existing: Existing,
    seen_names: dict[str, int],
    seen_codes: dict[str, int],
) -> None:
    folded = fold(values.name)
    code = values.credit_code
    if code and code in existing.codes:
        raise _RowError(msg("unit_row.code_registered", name=existing.codes[code]))
    if folded in existing.names:
        raise _RowError(msg("unit_row.name_registered", name=existing.names[folded]))
    if code and code in seen_codes:
        raise _RowError(msg("unit_row.code_repeated", row=seen_codes[code]))
    if folded in seen_names:
        raise _RowError(msg("unit_row.name_repeated", row=seen_names[folded]))
    seen_names[folded] = number
    if code:
        seen_codes[code] = number


__all__ = ["FIELDS", "Existing", "ImportPreview", "ImportRow", "UnitValues", "parse_rows"]
