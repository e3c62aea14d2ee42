"""The preview of a member-list import: each row as parsed, or its error in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from minutes_app.services.files import ImportRow
from minutes_app.ui.i18n import current_language
from minutes_app.ui.registry.table import RowsModel, SearchProxy

ERROR_COLOUR = QColor("#b00020")
FIELDS = ("name", "credit_code", "category", "contact", "phone", "email", "address", "start")


class PreviewModel(RowsModel):
    ROW, PROBLEM = 0, 1  # then one column per field

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Problem"), *(self.field_label(f) for f in FIELDS)]

    def field_label(self, field: str) -> str:
        return {
            "name": self.tr("Name"),
            "credit_code": self.tr("Credit code"),
            "category": self.tr("Member category"),
            "contact": self.tr("Contact"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "start": self.tr("Joined on"),
        }[field]

    def text(self, row: ImportRow, column: int) -> str:
        if column == self.ROW:
            return str(row.number)
        if column == self.PROBLEM:
            return row.problem.render(current_language()) if row.problem else row.error or ""
        return row.shown.get(FIELDS[column - 2], "")

    def sort_key(self, row: ImportRow, column: int) -> Any:
        return row.number if column == self.ROW else None

    def foreground(self, row: ImportRow) -> Any:
        return None if row.ok else ERROR_COLOUR


class PreviewProxy(SearchProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bad_only = False

    def set_bad_only(self, value: bool) -> None:
        self.bad_only = value
        self.refilter()

    def accepts(self, row: ImportRow) -> bool:
        return not self.bad_only or not row.ok
