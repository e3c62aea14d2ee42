"""The member list (会员名单): read from .xlsx/.csv for import, written for export."""

from minutes_app.io.units.columns import FIELDS, LABELS, Header, Mapping, find_header
from minutes_app.io.units.parse import (
    Existing,
    ImportPreview,
    ImportRow,
    UnitValues,
    fold,
    parse_rows,
)
from minutes_app.io.units.table import RawRow, read_rows
from minutes_app.io.units.write import MemberRow, write_member_list

__all__ = [
    "FIELDS",
    "LABELS",
    "Existing",
    "Header",
    "ImportPreview",
    "ImportRow",
    "Mapping",
    "MemberRow",
    "RawRow",
    "UnitValues",
    "find_header",
    "fold",
    "parse_rows",
    "read_rows",
    "write_member_list",
]
