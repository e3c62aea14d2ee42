"""All message boxes go through here, never through a blocking exec().

Each returns the box at once (window-modal, opened with open()) so tests can find and
answer it, and calls back when the user answers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Callable[[bool], None]


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("appMessageBox")
    box.setTextFormat(box.textFormat().PlainText)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def confirm(
    parent: QWidget | None, title: str, text: str, on_answer: Answer, yes_text: str | None = None
) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    if yes_text:
        yes.setText(yes_text)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _: on_answer(box.clickedButton() is yes))
    box.open()
    return box


def choose(parent: QWidget | None, title: str, text: str,
           choices: list[tuple[str, Callable[[], None]]]) -> QMessageBox:  # fmt: skip
    """An information box with extra buttons, each calling its action; Close does nothing."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    buttons = [(box.addButton(label, QMessageBox.ButtonRole.ActionRole), action)
               for label, action in choices]  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Close)

    def answered(_: int) -> None:
        for button, action in buttons:
            if box.clickedButton() is button:
                action()

    box.finished.connect(answered)
    box.open()
    return box
