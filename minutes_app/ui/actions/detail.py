"""One action item: where it came from, owner, due date with its 延期 history, status and
the dated progress notes; a note can be added here, and the item closed."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.actions import ActionDetail, ActionRef, ProgressNote
from minutes_app.domain.errors import UserError
from minutes_app.services import actions
from minutes_app.ui import dialogs, labels
from minutes_app.ui.actions.forms import CloseActionDialog, typed_date
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.typed_entry import date_field
from minutes_app.ui.widgets import named, scrolled


def _label(name: str, wrap: bool = True) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FollowUpDetail(QStackedWidget):
    open_meeting = Signal(str)
    edited = Signal()  # a note was added or the item closed
    extend_requested = Signal()  # the area opens the (undoable) dialogs
    reassign_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDetail")
        self.ctx = ctx
        self.detail: ActionDetail | None = None
        self.close_dialog: CloseActionDialog | None = None
        self.empty = named(QLabel(self.tr("Choose an action item to see its progress.")), "noItem")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self.addWidget(scrolled(self._one_page(), "itemScroll"))  # small screens scroll
        self.addWidget(self._many_page())

    # ---- layout --------------------------------------------------------------------

    def _one_page(self) -> QWidget:
        self.title = _label("itemTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.origin = named(QLabel(), "itemOrigin")
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.RichText)
        self.origin.linkActivated.connect(self.open_meeting)
        self.decision = _label("itemDecision")
        self.owner = _label("itemOwner")
        self.due = _label("itemDue")
        self.history = _label("itemDueHistory")
        self.status = _label("itemStatus")
        self.reassign_button = named(QPushButton(self.tr("Reassign…")), "reassignOne")
        self.reassign_button.clicked.connect(self.reassign_requested)
        self.extend_button = named(QPushButton(self.tr("Extend…")), "extendOne")
        self.extend_button.clicked.connect(self.extend_requested)
        facts = QFormLayout()
        facts.addRow(self.tr("Owner"), self._with(self.owner, self.reassign_button))
        facts.addRow(self.tr("Due"), self._with(self.due, self.extend_button))
        facts.addRow("", self.history)
        facts.addRow(self.tr("Status"), self.status)
        self.notes = named(QTextBrowser(), "progressNotes")
        self.notes.setOpenLinks(False)
        self.notes.setMinimumHeight(60)
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in (self.title, self.origin, self.decision):
            layout.addWidget(widget)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Progress")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self._note_form())
        layout.setContentsMargins(8, 0, 0, 0)
        return page

    def _with(self, label: QLabel, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button)
        return row

    def _note_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a progress note"))
        self.note_date = date_field(self.ctx.today(), "noteDate")
        self.note_status = named(QComboBox(), "noteStatus")
        self.note_status.addItem(self.tr("Keep status"), None)
        for value in ("open", "in_progress"):
            self.note_status.addItem(labels.action_status(value), value)
        self.note_text = named(QPlainTextEdit(), "noteText")
        self.note_text.setPlaceholderText(self.tr("What happened, and when"))
        self.note_text.setFixedHeight(58)
        self.note_text.textChanged.connect(self._enable_note)
        self.add_button = named(QPushButton(self.tr("Add note")), "addNote")
        self.add_button.clicked.connect(self.add_note)
        self.close_button = named(QPushButton(self.tr("Close…")), "closeItem")
        self.close_button.clicked.connect(self.ask_close)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Date")))
        row.addWidget(self.note_date)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.note_status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.note_text)
        layout.addLayout(row)
        self.note_date.message.setWordWrap(True)
        layout.addWidget(self.note_date.message)  # what to type, when the date is no date
        layout.addLayout(buttons)
        self._enable_note()
        return box

    def _many_page(self) -> QWidget:
        page = QWidget()
        self.many = named(QLabel(), "selectionCount")
        self.many.setAlignment(Qt.AlignmentFlag.AlignCenter)
        reassign = named(QPushButton(self.tr("Reassign owner…")), "reassignMany")
        reassign.clicked.connect(self.reassign_requested)
        extend = named(QPushButton(self.tr("Extend due dates…")), "extendMany")
        extend.clicked.connect(self.extend_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.many)
        for button in (reassign, extend):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)
        return page

    # ---- showing -------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.detail = None
        self.setCurrentIndex(0)

    def show_many(self, count: int) -> None:
        self.detail = None
        self.many.setText(self.tr("%1 action items selected").replace("%1", str(count)))
        self.setCurrentIndex(2)

    def show_item(self, ref: ActionRef) -> None:
        try:
            detail = actions.get_action(self.ctx.db, ref)
        except UserError:
            self.show_nothing()
            return
        same = self.detail is not None and self.detail.row.ref == ref
        self.detail = detail
        self._fill(detail)
        if not same:
            self.note_text.clear()
            self.note_status.setCurrentIndex(0)
        self.setCurrentIndex(1)

    def _fill(self, d: ActionDetail) -> None:
        row, today = d.row, self.ctx.today()
        self.title.setText(row.title)
        link = f'<a href="{html.escape(row.meeting_key)}">{html.escape(row.meeting_title)}</a>'
        self.origin.setText(
            self.tr("From %1 on %2, item “%3”")
            .replace("%1", link).replace("%2", row.meeting_day.isoformat())
            .replace("%3", html.escape(d.agenda_title))
        )  # fmt: skip
        decision = " ".join(filter(None, (d.decision_number, row.decision_text)))
        self.decision.setText(self.tr("Decision: %1").replace("%1", decision) if decision else "")
        self.decision.setVisible(bool(decision))
        self.owner.setText(row.owner_name or self.tr("(no owner)"))
        self.due.setText(self._due_text(d, today))
        self.history.setText(self._history_text(d))
        self.history.setVisible(bool(d.extensions))
        self.status.setText(labels.action_status(row.status))
        self.extend_button.setEnabled(row.is_open)
        self.close_button.setEnabled(row.is_open)
        self.notes.setHtml(self._notes_html(d.notes))
        day = max(today, row.meeting_day)
        self.note_date.year = day.year
        self.note_date.set_value(day)

    def _due_text(self, d: ActionDetail, today: dt.date) -> str:
        row = d.row
        if row.due is None:
            return self.tr("No due date")
        text = row.due.isoformat()
        if row.is_overdue(today):
            days = (today - row.due).days
            text += "  " + self.tr("overdue by %1 days").replace("%1", str(days))
        return text

    def _history_text(self, d: ActionDetail) -> str:
        if not d.extensions:
            return ""
        first = d.original_due.isoformat() if d.original_due else "—"
        return (
            self.tr("Originally due %1; extended %2 times")
            .replace("%1", first).replace("%2", str(len(d.extensions)))
        )  # fmt: skip

    def _notes_html(self, notes: tuple[ProgressNote, ...]) -> str:
        """Newest first: date, status (or 延期) and the note, wrapped to the panel."""
        if not notes:
            none_yet = self.tr("No progress noted yet.")  # outside the f-string: lupdate sees it
            return f"<p style='color:gray'>{html.escape(none_yet)}</p>"
        rows = []
        for note in reversed(notes):
            date, status, text = (html.escape(c) for c in self._note_cells(note))
            rows.append(
                f"<tr><td width='1%' style='white-space:nowrap'>{date}</td>"
                f"<td width='1%' style='white-space:nowrap'>{status}</td><td>{text}</td></tr>"
            )
        return "<table cellspacing='0' cellpadding='3' width='100%'>" + "".join(rows) + "</table>"

    def _note_cells(self, note: ProgressNote) -> tuple[str, str, str]:
        status = labels.action_status(note.status) if note.status else ""
        text = note.note
        if note.is_extension:
            old = note.due_from.isoformat() if note.due_from else "—"
            new = note.due_to.isoformat() if note.due_to else "—"
            moved = self.tr("Due date %1 → %2").replace("%1", old).replace("%2", new)
            text = f"{moved}: {text}" if text else moved
            status = self.tr("Extended")
        return (note.on.isoformat(), status, text.replace("\n", " "))

    # ---- editing -------------------------------------------------------------------

    def _enable_note(self) -> None:
        self.add_button.setEnabled(bool(self.note_text.toPlainText().strip()))

    def add_note(self) -> None:
        if self.detail is None:
            return
        ref, status = self.detail.row.ref, self.note_status.currentData()
        day = typed_date(self.note_date)
        if day is None:
            return
        self._edit(lambda: actions.add_note(self.ctx.db, ref, self.note_text.toPlainText(),
                                            on=day, status=status))  # fmt: skip

    def ask_close(self) -> CloseActionDialog | None:
        if self.detail is None:
            return None
        row = self.detail.row
        dialog = CloseActionDialog(row.title, max(self.ctx.today(), row.meeting_day), self)
        dialog.submitted.connect(
            lambda status, day, note: self.close_item(row.ref, status, day, note)
        )
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def close_item(self, ref: ActionRef, status: str, day: dt.date, note: str) -> None:
        close = actions.close_action if status == "done" else actions.cancel_action
        self._edit(lambda: close(self.ctx.db, ref, note, on=day))

    def _edit(self, work: Callable[[], object]) -> None:
        try:
            work()
        except UserError as exc:
            dialogs.error(self, self.tr("Not saved"), error_text(exc))
            return
        self.note_text.clear()
        self.note_status.setCurrentIndex(0)
        self.edited.emit()
