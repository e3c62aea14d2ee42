"""Units, people and the history of either, as table models over the registry services.

The records come with their whole history (one query); `set_day` picks what held on
the chosen day in memory, so moving the 截至 date needs no query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor

from minutes_app.services.registry import (
    ROLE_ORDER,
    Change,
    Entry,
    PersonRecord,
    UnitRecord,
    role_rank,
)
from minutes_app.ui import labels
from minutes_app.ui.registry.table import (
    RowsModel,
    SearchProxy,
    day_text,
    manual_change,
    separator,
    since,
    source_text,
)

MANUAL_COLOUR = QColor("#8a4b00")


@dataclass(frozen=True)
class UnitRow:
    record: UnitRecord
    held: tuple[Entry, ...]  # roles held on the chosen day, highest first


@dataclass(frozen=True)
class PersonRow:
    record: PersonRecord
    held: tuple[Entry, ...]


class _DatedModel(RowsModel):
    """Records with history, shown as they stood on one day."""

    def __init__(self, organisation: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.day = dt.date.today()
        self._records: list[Any] = []
        self.separator = separator()
        self.role_names: dict[str, str] = {}

    def load(self, records: list[Any], day: dt.date) -> None:
        self._records = records
        self.separator = separator()
        self.role_names = {r.value: labels.unit_role(r.value) for r in ROLE_ORDER}
        self.set_day(day)

    def set_day(self, day: dt.date) -> None:
        self.day = day
        self.set_rows([self.row_for(r, day) for r in self._records])

    def row_for(self, record: Any, day: dt.date) -> Any:
        raise NotImplementedError

    def basis(self, entry: Entry) -> str:
        return source_text(entry.made_by, self.organisation, manual_change())

    def entries_tip(self, held: tuple[Entry, ...], name: Any) -> str:
        lines = []
        for e in held:
            start = since(e.start)
            number = f" {e.made_by.decision_number}" if e.made_by.decision_number else ""
            lines.append(f"{name(e.what)}: {start}, {self.basis(e)}{number}")
        return "\n".join(lines)


class UnitsModel(_DatedModel):
    NAME, CODE, ROLES, SINCE, BASIS, CONTACT, PHONE = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Credit code"), self.tr("Member roles"),
                self.tr("Since"), self.tr("By"), self.tr("Contact"), self.tr("Phone")]  # fmt: skip

    def row_for(self, record: UnitRecord, day: dt.date) -> UnitRow:
        return UnitRow(record, record.roles_on(day))

    def text(self, row: UnitRow, column: int) -> str:
        u, top = row.record, (row.held[0] if row.held else None)
        if column == self.NAME:
            return u.name
        if column == self.CODE:
            return u.credit_code or ""
        if column == self.ROLES:
            names = self.role_names
            return self.separator.join(names.get(e.what) or e.what for e in row.held)
        if column == self.SINCE:
            return day_text(top.start) if top else ""
        if column == self.BASIS:
            return self.basis(top) if top else ""
        return (u.contact if column == self.CONTACT else u.phone) or ""

    def sort_key(self, row: UnitRow, column: int) -> Any:
        if column == self.ROLES:
            return role_rank(row.held[0].what) if row.held else 99
        return None

    def tooltip(self, row: UnitRow, column: int) -> str | None:
        if column in (self.ROLES, self.SINCE, self.BASIS) and row.held:
            return self.entries_tip(row.held, labels.unit_role)
        return None


class UnitsProxy(SearchProxy):
    """Besides the text: the members of that day (role ""), one role, or every unit (None)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.role: str | None = ""

    def set_role(self, role: str | None) -> None:
        self.role = role
        self.refilter()

    def accepts(self, row: UnitRow) -> bool:
        if self.role is None:
            return True
        if self.role == "":
            return bool(row.held)
        return any(e.what == self.role for e in row.held)


class PeopleModel(_DatedModel):
    NAME, UNIT, TITLE, POSITIONS, SINCE, BASIS, PHONE = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Unit"), self.tr("Title in unit"), self.tr("Positions"),
                self.tr("Since"), self.tr("By"), self.tr("Phone")]  # fmt: skip

    def row_for(self, record: PersonRecord, day: dt.date) -> PersonRow:
        return PersonRow(record, record.positions_on(day))

    def text(self, row: PersonRow, column: int) -> str:
        p, top = row.record, (row.held[-1] if row.held else None)
        if column == self.NAME:
            return p.name
        if column == self.UNIT:
            return p.unit_name or ""
        if column == self.TITLE:
            return p.title_in_unit or ""
        if column == self.POSITIONS:
            return self.separator.join(e.what for e in row.held)
        if column == self.SINCE:
            return day_text(top.start) if top else ""
        if column == self.BASIS:
            return self.basis(top) if top else ""
        return p.phone or ""

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if column in (self.POSITIONS, self.SINCE, self.BASIS) and row.held:
            return self.entries_tip(row.held, str)
        return None


class PeopleProxy(SearchProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.officers_only = False

    def set_officers_only(self, value: bool) -> None:
        self.officers_only = value
        self.refilter()

    def accepts(self, row: PersonRow) -> bool:
        return bool(row.held) or not self.officers_only


class HistoryModel(RowsModel):
    """Every change of one unit's roles or one person's positions, oldest first."""

    DAY, CHANGE, BASIS = range(3)

    def __init__(self, organisation: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.organisation = organisation

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Change"), self.tr("By")]

    def text(self, row: Change, column: int) -> str:
        if column == self.DAY:
            return row.day.isoformat()
        if column == self.CHANGE:
            return self.change_text(row)
        number = f" {row.source.decision_number}" if row.source.decision_number else ""
        return source_text(row.source, self.organisation, manual_change()) + number

    def change_text(self, row: Change) -> str:
        if role_rank(row.what) < len(ROLE_ORDER):
            text = self.tr("Became %1") if row.started else self.tr("No longer %1")
            return text.replace("%1", labels.unit_role(row.what))
        text = self.tr("Took office as %1") if row.started else self.tr("Left office as %1")
        return text.replace("%1", row.what)

    def foreground(self, row: Change) -> Any:
        return MANUAL_COLOUR if row.source.by_hand else None
