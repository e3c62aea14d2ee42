"""The filters above the 督办 table: status, overdue, due within N days, owner, body, term,
meeting and free text. The choices come from the rows themselves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from minutes_app.domain.actions import OPEN, ActionFilter, ActionRow
from minutes_app.ui import labels
from minutes_app.ui.widgets import named

NOT_FINISHED = "not_finished"
STATUSES = ("open", "in_progress", "done", "cancelled")


class FollowUpFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = named(QComboBox(), "statusFilter")
        self.status.addItem(self.tr("Not finished"), NOT_FINISHED)
        self.status.addItem(self.tr("Any status"), None)
        for value in STATUSES:
            self.status.addItem(labels.action_status(value), value)
        self.overdue = named(QCheckBox(self.tr("Overdue only")), "overdueFilter")
        self.due_within = named(QSpinBox(), "dueWithinFilter")
        self.due_within.setRange(0, 365)
        self.due_within.setSpecialValueText(self.tr("any time"))
        self.due_within.setSuffix(self.tr(" days"))
        self.owner = self._combo("ownerFilter", self.tr("All owners"))
        self.body = self._combo("bodyFilter", self.tr("All bodies"))
        self.term = self._combo("termFilter", self.tr("All terms"))
        self.meeting = self._combo("meetingFilter", self.tr("All meetings"))
        self.meeting.setMinimumContentsLength(10)
        self.text = named(QLineEdit(), "textFilter")
        self.text.setPlaceholderText(self.tr("Search items, owners, meetings"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = named(QPushButton(self.tr("Clear filters")), "clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self._lay_out()
        for combo in (self.status, self.owner, self.body, self.term, self.meeting):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.due_within.valueChanged.connect(self.changed)
        self.text.textChanged.connect(self.changed)

    def _combo(self, name: str, all_text: str) -> KeyCombo:
        combo = named(KeyCombo(all_text), name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7)  # wider when there is room
        combo.setMaxVisibleItems(20)
        return combo

    def _lay_out(self) -> None:
        """Two rows: three filters each, then the search box above 逾期 and 清除."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = ((self.tr("Status"), self.status), (self.tr("Due within"), self.due_within),
                 (self.tr("Owner"), self.owner))  # fmt: skip
        second = ((self.tr("Body"), self.body), (self.tr("Term"), self.term),
                  (self.tr("Meeting"), self.meeting))  # fmt: skip
        for row, pairs in enumerate((first, second)):
            for n, (text, widget) in enumerate(pairs):
                grid.addWidget(QLabel(text), row, 2 * n)
                grid.addWidget(widget, row, 2 * n + 1)
        grid.addWidget(self.text, 0, 6, 1, 2)
        grid.addWidget(self.overdue, 1, 6)
        grid.addWidget(self.clear_button, 1, 7)
        for column in (1, 3, 5, 6):
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(5, 2)

    def current(self) -> ActionFilter:
        status = self.status.currentData()
        statuses = OPEN if status == NOT_FINISHED else frozenset({status} if status else ())
        within = self.due_within.value()
        return ActionFilter(
            statuses=statuses,
            overdue=self.overdue.isChecked(),
            due_within=within or None,
            owner=_owner_key(self.owner.key()),
            body=self.body.key(),
            term=self.term.key(),
            meeting=self.meeting.key(),
            text=self.text.text(),
        )

    def set_choices(self, rows: Iterable[ActionRow]) -> None:
        """Fill owner, body, term and meeting from the rows, keeping what was chosen."""
        owners: dict[str, str] = {}
        bodies: dict[str, str] = {}
        terms: set[int] = set()
        meetings: dict[str, tuple[Any, str]] = {}
        for row in rows:
            if row.owner:
                owners[f"{row.owner.kind}:{row.owner.key}"] = row.owner.name
            bodies[row.body_key] = row.body_name
            terms.add(row.term)
            meetings[row.meeting_key] = (row.meeting_day, row.meeting_title)
        self.owner.set_choices(sorted(owners.items(), key=lambda kv: kv[1]))
        self.body.set_choices(sorted(bodies.items(), key=lambda kv: kv[1]))
        term_text = self.tr("Term %1")
        self.term.set_choices([(t, term_text.replace("%1", str(t))) for t in sorted(terms)])
        newest = sorted(meetings.items(), key=lambda kv: kv[1][0], reverse=True)
        self.meeting.set_choices([(k, f"{day.isoformat()} {title}") for k, (day, title) in newest])

    def show_overdue(self) -> None:
        """Every overdue item: other filters off, overdue on (one `changed`)."""
        with QSignalBlocker(self):
            self.clear()
            self.overdue.setChecked(True)
        self.changed.emit()

    def clear(self) -> None:
        with QSignalBlocker(self):
            for combo in (self.owner, self.body, self.term, self.meeting):
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(0)
            with QSignalBlocker(self.status):
                self.status.setCurrentIndex(0)
            with QSignalBlocker(self.overdue):
                self.overdue.setChecked(False)
            with QSignalBlocker(self.due_within):
                self.due_within.setValue(0)
            with QSignalBlocker(self.text):
                self.text.clear()
        self.changed.emit()


def _owner_key(data: str | None) -> tuple[str, str] | None:
    """The combo keeps "kind:key" (a plain string compares reliably in findData)."""
    if not data:
        return None
    kind, _, key = data.partition(":")
    return (kind, key)


class KeyCombo(QComboBox):
    """ "All …" first, then choices shown by name and kept by key in a plain list.

    Thousands of owners are added in one call (addItems), which item data would not allow.
    """

    def __init__(self, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_text = all_text
        self.keys: list[Any] = [None]
        self._choices: list[tuple[Any, str]] = []
        self.addItem(all_text)

    def key(self) -> Any:
        index = self.currentIndex()
        return self.keys[index] if 0 <= index < len(self.keys) else None

    def set_key(self, key: Any) -> None:
        self.setCurrentIndex(self.keys.index(key) if key in self.keys else 0)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        """Replace the choices (not "All …"), keeping the chosen key; no signal."""
        if choices == self._choices:
            return
        keep = self.key()
        with QSignalBlocker(self):
            self.clear()
            self.addItems([self.all_text, *(text for _key, text in choices)])
            self.keys = [None, *(key for key, _text in choices)]
            self._choices = choices
            self.set_key(keep)
