"""Ctrl+Z in the editor: the field's own undo while it holds unsaved typing, else the meeting's.

A QLineEdit or QPlainTextEdit takes Ctrl+Z for itself even when it has nothing of its
own to undo, so the Edit menu's shortcut never fires inside a text box. The filter lets
the shortcut through when the focused field has no undo of its own; `forget_typing`
clears a field's history once its text is saved, so what is left is the meeting's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


EDITOR_PROPERTY = "typingUndoEditor"  # set on each editor whose fields the filter watches


class TypingUndo(QObject):
    """One filter on the application for every editor: each editor only marks itself.

    The filter sees every event of the application, so it is installed once and rejects
    anything that is not a key event first (a type check, no enum conversion).
    """

    _installed_on: QObject | None = None  # the application it is installed on

    @classmethod
    def watch(cls, editor: QWidget) -> None:
        editor.setProperty(EDITOR_PROPERTY, True)
        app = QApplication.instance()
        if app is None or app is cls._installed_on:
            return
        app.installEventFilter(cls(app))
        cls._installed_on = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not any(event.matches(key) for key in _KEYS):
            return False
        if not isinstance(watched, QWidget) or not _in_editor(watched):
            return False
        return not _has_own_undo(watched, event.matches(QKeySequence.StandardKey.Undo))


def _in_editor(widget: QWidget | None) -> bool:
    """Inside an editor's own window, as QWidget.isAncestorOf walks (dialogs are not)."""
    while widget is not None:
        if widget.property(EDITOR_PROPERTY):
            return True
        if widget.isWindow():
            return False
        widget = widget.parentWidget()
    return False


def _has_own_undo(widget: QWidget, undo: bool) -> bool:
    """True when the field would undo (or redo) typing of its own; other widgets keep theirs."""
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return True


def forget_typing(root: QWidget) -> None:
    """Empty the own undo history of every text field under `root` (its text is saved)."""
    for line in root.findChildren(QLineEdit):
        if line.isUndoAvailable() and not isinstance(line.parent(), QAbstractSpinBox | QComboBox):
            position = line.cursorPosition()
            line.setText(line.text())  # setText clears the history
            line.setCursorPosition(position)
    for area in root.findChildren(QPlainTextEdit):
        area.document().clearUndoRedoStacks()
