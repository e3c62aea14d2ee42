"""A change by hand (手工调整): grant or end a unit's role, a person's position, with the
reason the history will show. Nothing is saved without a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.services import registry_edit
from minutes_app.services.registry import ROLE_ORDER, Entry, PersonRecord, UnitRecord
from minutes_app.ui import labels
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.registry.table import since
from minutes_app.ui.typed_entry import date_field, typed
from minutes_app.ui.widgets import named

TITLES = ("会长", "副会长", "秘书长", "副秘书长", "秘书长助理", "监事长", "监事", "党支部书记")


class ChangeDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        target: UnitRecord | PersonRecord,
        day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changeDialog")
        self.ctx = ctx
        self.target = target
        self.is_unit = isinstance(target, UnitRecord)
        entries = target.roles if isinstance(target, UnitRecord) else target.positions
        self.open_entries: list[Entry] = [e for e in entries if e.end is None]
        self.setWindowTitle(self.tr("Change by hand: %1").replace("%1", target.name))
        self._build(day)

    def _build(self, day: dt.date) -> None:
        grant_text = self.tr("Grant a role") if self.is_unit else self.tr("Appoint to a position")
        end_text = self.tr("End a role") if self.is_unit else self.tr("End a position")
        self.grant = named(QRadioButton(grant_text), "grant")
        self.end = named(QRadioButton(end_text), "end")
        group = QButtonGroup(self)
        group.addButton(self.grant)
        group.addButton(self.end)
        self.grant.setChecked(True)
        self.what = named(QComboBox(), "what")
        if self.is_unit:
            for role in ROLE_ORDER:
                self.what.addItem(labels.unit_role(role.value), role.value)
        else:
            self.what.setEditable(True)
            self.what.addItems(list(TITLES))
            self.what.setCurrentText("")
        self.entry = named(QComboBox(), "entry")
        for e in self.open_entries:
            name = labels.unit_role(e.what) if self.is_unit else e.what
            start = since(e.start)
            self.entry.addItem(f"{name} ({start})", e.id)
        self.day = date_field(day, "day")
        self.reason = named(QPlainTextEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("Required: why this changes without a decision"))
        self.reason.setFixedHeight(80)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.day_hint = named(QLabel(), "dayHint")
        form = QFormLayout(self)
        form.addRow(self.grant)
        form.addRow(self.end)
        form.addRow(self.tr("Role") if self.is_unit else self.tr("Position"), self.what)
        form.addRow(self.tr("Which"), self.entry)
        form.addRow(self.day_hint, self.day.box(below=True))
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.end.setEnabled(bool(self.open_entries))
        self.grant.toggled.connect(self._mode)
        self._mode()
        self.resize(460, self.sizeHint().height())

    def _mode(self) -> None:
        granting = self.grant.isChecked()
        self.what.setEnabled(granting)
        self.entry.setEnabled(not granting)
        self.day_hint.setText(self.tr("From") if granting else self.tr("Ends on (not included)"))

    def save(self) -> bool:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.setText(self.tr("Give the reason for this change: it has no decision."))
            return False
        try:
            day: dt.date = typed(self.day)
        except Unreadable:  # the field says what to type; nothing is saved
            return False
        try:
            self._apply(day, reason)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return False
        self.ctx.registry_changed.emit()
        self.saved.emit()
        self.accept()
        return True

    def _apply(self, day: dt.date, reason: str) -> None:
        db, key = self.ctx.db, self.target.key
        if self.grant.isChecked():
            if self.is_unit:
                registry_edit.grant_role(db, key, self.what.currentData(), day, reason)
            else:
                registry_edit.appoint(db, key, self.what.currentText(), day, reason)
            return
        entry_id = self.entry.currentData()
        if entry_id is None:
            raise UserError(self.tr("Choose what ends."))
        if self.is_unit:
            registry_edit.end_role(db, entry_id, day, reason)
        else:
            registry_edit.end_position(db, entry_id, day, reason)
