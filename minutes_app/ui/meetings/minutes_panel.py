"""The 纪要 tab: the meeting's title and the 纪要's own details (期号, 印发, 抄送).

What the 纪要 export prints in its header and 版记. An empty title is the generated one
(shown greyed as the placeholder); an empty 印发单位 is the organisation's 秘书处. On
approved minutes the tab also lists the corrections recorded since.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import MinutesBlock
from minutes_app.services import meeting_doc
from minutes_app.ui.meetings.corrections_view import CorrectionsView
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import (
    DateField,
    ErrorLabel,
    LineField,
    heading,
    lock,
)
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named, scrolled, show_built

FORM_MAX_WIDTH = 900
COPY_TO_JOIN = "，"


class MinutesPanel(QWidget):
    def __init__(self, keeper: MeetingKeeper, directory: Directory, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.built = False  # its fields are made when the tab is first shown

    def showEvent(self, event: QShowEvent) -> None:
        if not self.built:
            self._build()
            self.built = True
            self.refresh()
            show_built(self)  # Qt showed this panel's children before it had any
            # Laid out at once, as if it had been there all along (see AgendaPanel).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        super().showEvent(event)

    def _build(self) -> None:
        self.title = named(LineField(), "meetingOwnTitle")
        self.title.setToolTip(
            self.tr("Leave empty to use the title made from body, term and number")
        )
        self.title.committed.connect(self._title_committed)
        self.issue_no = named(LineField(), "minutesIssueNo")
        self.issue_no.setPlaceholderText(self.tr("e.g. No. 5"))
        self.issue_no.committed.connect(
            lambda text: self._set(
                self.tr("Change the issue number"), issue_no=text.strip() or None
            )
        )
        self.issued_by = named(LineField(), "minutesIssuedBy")
        self.issued_by.committed.connect(
            lambda text: self._set(self.tr("Change the issuer"), issued_by=text.strip() or None)
        )
        self.issued_on = named(DateField(optional=True), "minutesIssuedOn")
        self.issued_on.setToolTip(self.tr("Type the date, e.g. 2024-8-15; empty for none"))
        width = self.issued_on.fontMetrics().horizontalAdvance("2024年12月31日")
        self.issued_on.setMinimumWidth(width + 24)
        self.issued_on.entered.connect(self._date_entered)
        self.copy_to = named(LineField(), "minutesCopyTo")
        self.copy_to.setPlaceholderText(self.tr("Names separated by ， or 、"))
        self.copy_to.committed.connect(self._copy_to_committed)
        self.error = ErrorLabel(self.keeper)
        self.corrections = CorrectionsView()
        self.corrections_heading = heading(self.tr("Corrections recorded since approval"))
        page = QWidget()
        layout = QVBoxLayout(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scrolled(page, "minutesScroll")  # scrolls on a small screen
        outer.addWidget(self.scroll_area)
        layout.addWidget(self._form_box())
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.corrections_heading)
        layout.addWidget(self.corrections, 1)
        layout.addStretch(0)

    def _form_box(self) -> QWidget:
        date_row = QHBoxLayout()
        date_row.addWidget(self.issued_on)
        date_row.addWidget(self.issued_on.message, 1)
        hint = QLabel(
            self.tr("These appear in the header and at the foot of the exported minutes.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161;")
        box = QWidget()
        box.setMaximumWidth(FORM_MAX_WIDTH)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Issue number"), self.issue_no)
        form.addRow(self.tr("Issued by"), self.issued_by)
        form.addRow(self.tr("Date of issue"), date_row)
        form.addRow(self.tr("Copy to"), self.copy_to)
        form.addRow("", hint)
        return box

    def focus_chain(self) -> list[QWidget]:
        return [self.title, self.issue_no, self.issued_by, self.issued_on,
                self.copy_to, self.corrections]  # fmt: skip

    def generated_title(self) -> str:
        doc = self.keeper.doc
        return self.directory.generated_title(doc.term, doc.sequence)

    def refresh(self) -> None:
        if not self.built:  # shown from the saved meeting when the tab is first shown
            return
        doc = self.keeper.doc
        self.title.setPlaceholderText(self.generated_title())
        self.title.set_text(doc.title)
        minutes = doc.minutes or MinutesBlock()
        self.issue_no.set_text(minutes.issue_no)
        self.issued_by.setPlaceholderText(self.directory.default_issuer)
        self.issued_by.set_text(minutes.issued_by)
        day = doc.start.date()
        self.issued_on.year = day.year  # 8月15日 is in the meeting's year
        self.issued_on.setPlaceholderText(f"{day.year}-{day.month}-{day.day}")
        self.issued_on.set_value(minutes.issued_on)
        self.copy_to.set_text(COPY_TO_JOIN.join(minutes.copy_to))
        read_only = self.keeper.read_only
        lock((self.title, self.issue_no, self.issued_by, self.issued_on, self.copy_to), read_only)
        corrections = doc.corrections
        self.corrections.show_corrections(corrections)
        shown = read_only or bool(corrections)
        self.corrections_heading.setVisible(shown)
        self.corrections.setVisible(shown)

    def _set(self, text: str, **fields: Any) -> None:
        change = partial(meeting_doc.set_minutes, default_issuer=self.directory.default_issuer,
                         **fields)  # fmt: skip
        self.error.show_message(self.keeper.edit(text, change))

    def _title_committed(self, text: str) -> None:
        change = partial(meeting_doc.set_title, title=text, generated=self.generated_title())
        self.error.show_message(self.keeper.edit(self.tr("Change the title"), change))
        self.title.set_text(self.keeper.doc.title)  # the generated one: the placeholder

    def _date_entered(self, day: dt.date | None) -> None:
        self._set(self.tr("Change the date of issue"), issued_on=day)

    def _copy_to_committed(self, text: str) -> None:
        names = meeting_doc.split_names(text)
        self._set(self.tr("Change who receives a copy"), copy_to=names)
        minutes = self.keeper.doc.minutes
        saved = minutes.copy_to if minutes else []
        self.copy_to.set_text(COPY_TO_JOIN.join(saved))  # as saved, with one separator
