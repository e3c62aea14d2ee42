"""The corrections recorded on approved minutes, and how a field path reads to a user."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from minutes_app.domain.records import Correction
from minutes_app.ui.meetings.fields import moment_text
from minutes_app.ui.widgets import named

_ITEM = re.compile(r"agenda\[(\d+)\]\.(title|notes|presenter)$")
_DECISION = re.compile(r"agenda\[(\d+)\]\.decisions\[(\d+)\]\.text$")
SHORT = 40


def field_label(path: str) -> str:
    """`agenda[1].notes` → "Item 2: notes" (议题2 记录); an unknown path as it is."""
    translate = QCoreApplication.translate
    if path == "title":
        return translate("CorrectionFields", "Title of the meeting")
    if path == "location":
        return translate("CorrectionFields", "Place")
    match = _DECISION.match(path)
    if match:
        text = translate("CorrectionFields", "Item %1, decision %2: text")
        return text.replace("%1", str(int(match[1]) + 1)).replace("%2", str(int(match[2]) + 1))
    match = _ITEM.match(path)
    if match:
        text = {
            "title": translate("CorrectionFields", "Item %1: title"),
            "notes": translate("CorrectionFields", "Item %1: notes"),
            "presenter": translate("CorrectionFields", "Item %1: presenter"),
        }[match[2]]
        return text.replace("%1", str(int(match[1]) + 1))
    return path


def shorten(value: Any, limit: int = SHORT) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CorrectionsView(QTableWidget):
    """When, what, from, to, why and who: one row per recorded correction, oldest first."""

    COLUMNS = ("at", "field", "old", "new", "reason", "by")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        named(self, "correctionsTable")
        titles = [self.tr("When"), self.tr("Field"), self.tr("Was"), self.tr("Now"),
                  self.tr("Reason"), self.tr("By")]  # fmt: skip
        self.setHorizontalHeaderLabels(titles)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # Was, now and reason share the room left, never below ten characters each:
        # a narrow window scrolls sideways instead of crushing them to "…".
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("更正") * 5)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(
            header.sizeHint().height() + 3 * self.verticalHeader().defaultSectionSize()
        )

    def show_corrections(self, corrections: list[Correction]) -> None:
        self.setRowCount(len(corrections))
        for row, entry in enumerate(corrections):
            values = {
                "at": moment_text(entry.at),
                "field": field_label(entry.field or ""),
                "old": shorten(entry.old),
                "new": shorten(entry.new),
                "reason": entry.reason or "",
                "by": entry.by or "",
            }
            for column, name in enumerate(self.COLUMNS):
                item = QTableWidgetItem(values[name])
                full = getattr(entry, name) if name in ("old", "new", "field") else values[name]
                item.setToolTip("" if full is None else str(full))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
