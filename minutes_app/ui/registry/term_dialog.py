"""换届: start the next term on a chosen day (seats copied for review, positions closed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.services.registry_bodies import TermInfo
from minutes_app.services.registry_term import NewTerm, start_next_term
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.typed_entry import date_field, typed
from minutes_app.ui.widgets import named


class TermDialog(QDialog):
    started = Signal(object)  # NewTerm

    def __init__(self, ctx: AppContext, terms: list[TermInfo], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("termDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Start the next term"))
        current = terms[-1] if terms else None
        if current is None:
            intro = self.tr("No term is set up yet.")
        else:
            intro = (
                self.tr("Term %1 began on %2. The next term, %3, begins on the day below.")
                .replace("%1", str(current.number))
                .replace("%2", current.start.isoformat())
                .replace("%3", str(current.number + 1))
            )
        self.intro = named(QLabel(intro), "intro")
        self.intro.setWordWrap(True)
        self.explain = QLabel(
            self.tr(
                "Term %1 ends the day before. Every body's seats are copied to the new term "
                "for you to review, and the positions still held end on that day (reason: "
                "the change of term). Appoint the new officers afterwards."
            ).replace("%1", str(current.number) if current else "")
        )
        self.explain.setWordWrap(True)
        self.day = date_field(ctx.today(), "day")
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("New term begins on"), self.day.box(below=True))
        form.addRow(self.explain)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(480)

    def save(self) -> NewTerm | None:
        try:
            day: dt.date = typed(self.day)
        except Unreadable:  # the field says what to type; nothing is saved
            return None
        try:
            result = start_next_term(self.ctx.db, day)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return None
        self.ctx.registry_changed.emit()
        self.started.emit(result)
        text = (
            self.tr("Term %1 begins on %2: %3 seats copied for review, %4 positions ended.")
            .replace("%1", str(result.number))
            .replace("%2", result.start.isoformat())
            .replace("%3", str(result.seats_copied))
            .replace("%4", str(result.positions_closed))
        )
        dialogs.inform(self.parentWidget(), self.tr("New term started"), text)
        self.accept()
        return result
