"""Above the tabs of approved minutes: when they were approved, their SHA-256, corrections.

Approved minutes are read-only; the one way to change them is a recorded correction,
made in a non-modal dialog opened from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.meetings.correction_dialog import CorrectionDialog
from minutes_app.ui.meetings.fields import moment_text
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named

BAR_STYLE = (
    "#approvalBar { background: #fff8e1; border-radius: 4px; }"
    " #approvalBar QLabel { color: #5d4037; }"
)
HASH_SHOWN = 16


class ApprovalBar(QWidget):
    def __init__(self, ctx: AppContext, keeper: MeetingKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("approvalBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BAR_STYLE)
        self.ctx = ctx
        self.keeper = keeper
        self.dialog: CorrectionDialog | None = None
        self.locked = named(QLabel(), "lockedLabel")
        self.hash = named(QLabel(), "hashLabel")
        self.hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = named(QLabel(), "correctionsCount")
        self.correct_button = named(QPushButton(self.tr("Record a correction…")), "correctButton")
        self.correct_button.setToolTip(
            self.tr("Change a field of the approved minutes, with the reason; it is recorded")
        )
        self.correct_button.clicked.connect(self.open_correction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.locked)
        layout.addSpacing(12)
        layout.addWidget(self.hash)
        layout.addSpacing(12)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(self.correct_button)

    def refresh(self) -> None:
        doc = self.keeper.doc
        self.setVisible(self.keeper.read_only)
        if doc.approved_at:
            text = self.tr("Minutes approved on %1; read-only")
            self.locked.setText(text.replace("%1", moment_text(doc.approved_at)))
        else:
            self.locked.setText(self.tr("Minutes approved; read-only"))
        digest = (doc.figures.hash if doc.figures else None) or ""
        self.hash.setVisible(bool(digest))
        self.hash.setText(f"SHA-256 {digest[:HASH_SHOWN]}…")
        self.hash.setToolTip(self.tr("SHA-256 of the approved minutes:\n%1").replace("%1", digest))
        corrections = len(doc.corrections)
        self.count.setVisible(corrections > 0)
        self.count.setText(
            self.tr("%1 correction(s) recorded, listed in the Minutes tab").replace(
                "%1", str(corrections)
            )
        )

    def open_correction(self) -> CorrectionDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = CorrectionDialog(self.ctx, self.keeper, self)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
