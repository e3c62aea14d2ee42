"""Deleting asks nothing: the status bar says what went, with 撤销 beside it.

`removed_records` compares a meeting before and after an edit and names the agenda
items, decisions and action items that are gone; `UndoNotice` shows that sentence and
an Undo button that undoes the edit (the meeting's one undo history).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.domain.records import Meeting
from minutes_app.ui.widgets import named

NOTICE_MS = 15_000
SHORT = 30  # characters of a title quoted in the notice


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def removed_records(before: Meeting, after: Meeting) -> list[str]:
    """What `after` lost of `before`: one phrase per agenda item, decision or action."""
    items = {i.key for i in after.agenda}
    decisions = {d.key for d in after.decisions()}
    actions = {t.key for t in after.actions()}
    gone: list[str] = []
    for item in before.agenda:
        if item.key not in items:
            gone.append(
                QCoreApplication.translate("Removal", "agenda item “%1”").replace(
                    "%1", _quoted(item.title)
                )
            )
            continue
        decision = QCoreApplication.translate("Removal", "decision “%1”")
        action = QCoreApplication.translate("Removal", "action item “%1”")
        gone += [decision.replace("%1", _quoted(d.text))
                 for d in item.decisions if d.key not in decisions]  # fmt: skip
        gone += [action.replace("%1", _quoted(t.title))
                 for t in item.actions if t.key not in actions]  # fmt: skip
    return gone


class UndoNotice(QWidget):
    """“Deleted agenda item “…”” and an Undo button, for a while after the deletion."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.stack = stack
        self.label = named(QLabel(), "undoNoticeText")
        self.button = named(
            QPushButton(QCoreApplication.translate("Removal", "Undo")), "undoNoticeButton"
        )
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self._index = -1
        self.hide()

    def tell(self, gone: list[str]) -> None:
        self.label.setText(
            QCoreApplication.translate("Removal", "Deleted %1.").replace(
                "%1", QCoreApplication.translate("Removal", ", ").join(gone)
            )
        )
        self._index = self.stack.index()  # the step that deleted
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        if self.stack.index() == self._index and self.stack.canUndo():
            self.stack.undo()
        self.hide()
