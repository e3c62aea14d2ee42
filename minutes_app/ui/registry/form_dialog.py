"""A registry dialog's frame: a form, a red line for what is wrong, 保存 and 取消."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from minutes_app.domain.errors import UserError
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.ui.i18n import error_text
from minutes_app.ui.widgets import named


class FormDialog(QDialog):
    """Subclasses fill `form`, call `finish()` and store in `store()` (the record's key).

    A refused save keeps the dialog open with the reason under the fields.
    """

    saved = Signal(str)  # the key of what was stored

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def save(self) -> bool:
        try:
            key = self.store()
        except Unreadable:  # the date field says what to type; nothing is saved
            return False
        except UserError as exc:
            self.error.setText(error_text(exc))
            return False
        self.stored()
        self.saved.emit(key)
        self.accept()
        return True

    def store(self) -> str:
        raise NotImplementedError

    def stored(self) -> None:
        """Called after a successful store, before `saved` (e.g. to tell the window)."""
