"""Small input widgets of the meeting editor: each commits once, when the user is done.

Each can be set from the saved meeting without signalling an edit, so showing the saved
values after a save (or after a refused edit) never saves again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.typed_dates import Unreadable, parse_date, parse_moment, parse_time
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.style import PROBLEM_PART, set_read_only, set_sheet_part

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
PROBLEM_SHEET = "QLineEdit { border: 1px solid #b00020; }"
Index = QModelIndex | QPersistentModelIndex


def heading(text: str) -> QLabel:
    """A bold title over a part of a panel (议题's decisions, 纪要's corrections)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def red_text(label: QLabel) -> None:
    """ERROR_STYLE through the palette: a style sheet per label costs each its own styling."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    label.setPalette(palette)


class ErrorLabel(QLabel):
    """A red line in a panel: why the last edit made there was not saved."""

    def __init__(self, keeper: MeetingKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editError")
        red_text(self)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        keeper.saved.connect(self.clear_message)

    def show_message(self, message: str | None) -> None:
        if not message:
            self.clear_message()
            return
        self.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class TextArea(QPlainTextEdit):
    """Multi-line text (works with an input method); commits when it loses focus."""

    committed = Signal(str)

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * min(lines, 2) + 12)
        self.setMaximumHeight(line * lines + 12)
        self._saved = ""

    def set_text(self, text: str | None) -> None:
        """Show the saved text, but never over what the user is typing here."""
        self._saved = text or ""
        typing = self.hasFocus() and self.document().isModified()
        if self.toPlainText() != self._saved and not typing:
            self.setPlainText(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        self.document().setModified(False)
        if self.toPlainText() != self._saved and not self.isReadOnly():
            self.committed.emit(self.toPlainText())


class LineField(QLineEdit):
    """One line of text; commits on Enter or when it loses focus, if it changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.editingFinished.connect(self.commit)

    def set_text(self, text: str | None) -> None:
        """Show the saved text, but never over what the user is typing here."""
        self._saved = text or ""
        typing = self.hasFocus() and self.isModified()
        if self.text() != self._saved and not typing:
            self.setText(self._saved)

    def commit(self) -> None:
        self.setModified(False)
        if self.text() != self._saved and not self.isReadOnly():
            self.committed.emit(self.text())

    def revert(self) -> None:
        self.setText(self._saved)


class ChoicesModel(QAbstractListModel):
    """A combo's (key, name) choices as one Python list: set at once, read as shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, str]] = []
        self._row_of: dict[Any, int] = {}

    def set_choices(self, rows: list[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {}
        for row, (key, _label) in enumerate(rows):
            self._row_of.setdefault(key, row)  # the first, as findData finds
        self.endResetModel()

    def row_of(self, key: Any) -> int:
        """The row of `key` without asking data() of every row (-1: not a choice)."""
        try:
            return self._row_of.get(key, -1)
        except TypeError:  # not hashable: never a key here
            return -1

    def text(self, row: int) -> str:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        return None


class KeyCombo(QComboBox):
    """Choices shown by name and kept by key; `picked` when the user chooses one.

    With `searchable`, typing part of a name offers the matches (for long lists of people).
    """

    picked = Signal(object)

    def __init__(self, searchable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = ChoicesModel(self)
        self.setModel(self._list)
        view = self.view()
        if isinstance(view, QListView):  # every row one line: sized by the first, not each
            view.setUniformItemSizes(True)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._choices: list[tuple[Any, str]] = []
        if searchable:  # long lists of long names: as wide as the layout allows
            self.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.setMinimumContentsLength(8)
            self._make_searchable()
        self.activated.connect(self._activated)

    def _make_searchable(self) -> None:
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._typed)

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        wanted = list(choices)
        if wanted == self._choices:
            return
        key = self.currentData()
        with QSignalBlocker(self):
            self._list.set_choices(wanted)  # one reset, not thousands of addItem calls
        self._choices = wanted
        self.set_key(key)

    def set_key(self, key: Any) -> None:
        """Show the choice of `key`; the first choice when there is none for it."""
        index = self._list.row_of(key)
        if index < 0 and key is not None:  # findData asks every row: 2,500 people
            index = self.findData(key)  # a key equal only once Qt converts it
        index = index if index >= 0 or not self.count() else 0
        line = self.lineEdit()
        with QSignalBlocker(self):
            if line is not None and index >= 0:
                # The text first: Qt then leaves the completer alone, which would
                # otherwise search 2,500 names for the one shown (only typing needs it).
                with QSignalBlocker(line):
                    line.setText(self._list.text(index))
            self.setCurrentIndex(index)
        if line is not None:
            line.setCursorPosition(0)  # a long name shows its start, not its end

    def key(self) -> Any:
        return self.currentData()

    def _activated(self, index: int) -> None:
        if index >= 0:
            self.picked.emit(self.itemData(index))

    def _typed(self) -> None:
        """A typed name that matches a choice picks it; anything else is undone."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.setEditText(self.itemText(self.currentIndex()))
        elif index != self.currentIndex():
            self.setCurrentIndex(index)
            self._activated(index)


class ParsedField(LineField):
    """A date or time typed as text (domain.typed_dates); `entered` with the value.

    Empty is None where the value is optional. A wrong entry saves nothing: the field
    turns red and `message`, the label next to it, says what to type.
    """

    entered = Signal(object)

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.year = dt.date.today().year  # for 9月30日: set to the meeting's year
        self._value: Any = None
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        red_text(self.message)
        self.message.hide()
        self.committed.connect(self._typed)

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        raise NotImplementedError

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Show the saved value (quietly) and forget any refused entry."""
        self._value = value
        self._show_problem(None)
        self.set_text(self.format(value) if value is not None else "")

    def current(self) -> Any:
        """The value of the text as it stands, committed or not (a dialog's OK reads it).

        Raises Unreadable, saying what to type beside the field, when it is no value.
        """
        text = self.text()
        if not text.strip() and self.optional:
            return None
        try:
            value = self.parse(text)
        except Unreadable:
            self._show_problem(self.hint())
            raise
        self._show_problem(None)
        return value

    def box(self, below: bool = False) -> QWidget:
        """The field with its message beside it (or `below` it, on one line: a dialog
        then grows to show it whole), for a form row."""
        row = QWidget()
        layout = QVBoxLayout(row) if below else QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(self.message)
        if below:
            layout.setSpacing(2)
            self.message.setWordWrap(False)
        return row

    def _typed(self, text: str) -> None:
        if not text.strip() and self.optional:
            self._accept(None)
            return
        try:
            value = self.parse(text)
        except Unreadable:
            self._show_problem(self.hint())
            return
        self._accept(value)

    def _accept(self, value: Any) -> None:
        self._value = value  # until the saved value is shown (set_value)
        self._show_problem(None)
        self.set_text(self.format(value) if value is not None else "")
        self.entered.emit(value)

    def _show_problem(self, text: str | None) -> None:
        set_sheet_part(self, PROBLEM_PART, PROBLEM_SHEET if text else "")
        self.message.setText(text or "")
        self.message.setVisible(bool(text))


class TimeField(ParsedField):
    """11:30, 1130, 9:00, 9点半."""

    def parse(self, text: str) -> dt.time:
        return parse_time(text)

    def format(self, value: dt.time) -> str:
        return value.strftime("%H:%M")

    def hint(self) -> str:
        return self.tr("Type a time such as 11:30 or 1130")


class DateField(ParsedField):
    """2024-9-30, 2024/9/30, 2024年9月30日, 9月30日 (in the meeting's year)."""

    def parse(self, text: str) -> dt.date:
        return parse_date(text, self.year)

    def format(self, value: dt.date) -> str:
        return value.isoformat()

    def hint(self) -> str:
        return self.tr("Type a date such as 2024-9-30, 2024年9月30日 or 9月30日")


class MomentField(ParsedField):
    """A date and a time: 2024-8-11 9:00."""

    def parse(self, text: str) -> dt.datetime:
        return parse_moment(text, self.year)

    def format(self, value: dt.datetime) -> str:
        return value.strftime("%Y-%m-%d %H:%M")

    def hint(self) -> str:
        return self.tr("Type a date and time such as 2024-8-11 9:00")


def lock(widgets: Iterable[QWidget], read_only: bool) -> None:
    """Read-only: text stays selectable, everything else is disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            set_read_only(widget, read_only)  # and grey, as read-only looks
        elif isinstance(widget, QAbstractSpinBox):
            set_read_only(widget, read_only)
            widget.setEnabled(not read_only)
        else:
            widget.setEnabled(not read_only)


def set_quietly(widget: QWidget, setter: str, value: Any) -> None:
    """Call `widget.<setter>(value)` without the widget signalling a user edit."""
    with QSignalBlocker(widget):
        getattr(widget, setter)(value)


def moment_text(value: dt.datetime | None) -> str:
    """2024-03-01 09:30 (seconds only when there are some), as the archive writes it."""
    if value is None:
        return ""
    if value.second == 0 and value.microsecond == 0:
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat(sep=" ", timespec="seconds")
