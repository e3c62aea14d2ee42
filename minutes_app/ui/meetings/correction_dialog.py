"""登记更正: change one field of approved minutes, with the reason and who made it.

Non-modal (open(), never exec()). The service checks the whole meeting as any save does,
records the old and new value, and stores the new SHA-256; the dialog stays open with the
error in red when it refuses.
"""

from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.services import corrections, meeting_doc
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.meetings.corrections_view import field_label, shorten
from minutes_app.ui.meetings.fields import ERROR_STYLE
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.style import set_read_only
from minutes_app.ui.widgets import named

# Fields that may be empty (null); the others need text.
NULLABLE = ("title", "location", ".notes")


def default_user(ctx: AppContext) -> str:
    """Who corrects: the name set in the settings, else the name of the computer's user."""
    name = ctx.settings.value("user_name")
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        return ""


def new_value(path: str, text: str) -> str | None:
    text = text.strip()
    if not text and path.endswith(NULLABLE):
        return None
    return text


class CorrectionDialog(QDialog):
    def __init__(self, ctx: AppContext, keeper: MeetingKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Record a correction"))
        self.ctx = ctx
        self.keeper = keeper
        self.fields = meeting_doc.correctable_fields(keeper.doc)
        self.values = dict(self.fields)
        self._build()
        self._field_picked()

    def _build(self) -> None:
        self.field = named(QComboBox(), "correctionField")
        for path, value in self.fields:
            shown = f"{field_label(path)} — {shorten(value, 24)}" if value else field_label(path)
            self.field.addItem(shown, path)
        self.field.currentIndexChanged.connect(self._field_picked)
        self.old = named(QPlainTextEdit(), "correctionOld")
        set_read_only(self.old, True)
        self.old.setTabChangesFocus(True)
        self.old.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.new = named(QPlainTextEdit(), "correctionNew")
        self.new.setTabChangesFocus(True)
        self.new.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.reason = named(QLineEdit(), "correctionReason")
        self.reason.setPlaceholderText(
            self.tr("Required, e.g. a typing error noticed by the chair")
        )
        self.by = named(QLineEdit(default_user(self.ctx)), "correctionBy")
        self.error = named(QLabel(), "correctionError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Record correction"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Now reads"), self.old)
        form.addRow(self.tr("Correct to"), self.new)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Corrected by"), self.by)
        hint = QLabel(self.tr("The minutes stay approved; the correction is listed with them."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def path(self) -> str:
        return str(self.field.currentData())

    def _field_picked(self) -> None:
        value = self.values.get(self.path())
        self.old.setPlainText(value or "")
        self.new.setPlainText(value or "")
        self.error.hide()

    def choose(self, path: str) -> None:
        self.field.setCurrentIndex(self.field.findData(path))

    def submit(self) -> None:
        path = self.path()
        old: Any = self.values.get(path)
        try:
            corrections.record_correction(
                self.ctx.db, self.keeper.key, path, new_value(path, self.new.toPlainText()),
                self.reason.text(), self.by.text(), expected_old=old,
            )  # fmt: skip
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.keeper.reload()
        self.ctx.meetings_changed.emit()
        self.accept()
