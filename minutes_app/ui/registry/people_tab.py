"""人员: people with their unit and the positions they held on the chosen day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.titles import title_on
from minutes_app.services.registry import PersonRecord, history
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.registry.history import HistoryPanel
from minutes_app.ui.registry.models import PeopleModel, PeopleProxy
from minutes_app.ui.registry.record_tab import RecordTab
from minutes_app.ui.registry.table import make_table
from minutes_app.ui.widgets import named


class PeopleTab(RecordTab):
    open_meeting = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleTab")
        self.ctx = ctx
        self.model = PeopleModel(ctx.organisation, self)
        self.proxy = PeopleProxy(self)
        self.proxy.setSourceModel(self.model)
        self._by_key: dict[str, PersonRecord] = {}
        self._build()

    def _build(self) -> None:
        self.search = named(QLineEdit(), "personSearch")
        self.search.setPlaceholderText(self.tr("Search name, unit, position…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.officers = named(QCheckBox(self.tr("Office holders only")), "officersOnly")
        self.officers.toggled.connect(self._filter)
        self.table = make_table("peopleTable", self.proxy, [100, 250, 180, 170, 90, 260])
        self.table.selectionModel().selectionChanged.connect(self._show_history)
        self.history = HistoryPanel(self.ctx.organisation, self)
        self.history.open_meeting.connect(self.open_meeting)
        self.count = named(QLabel(), "personCount")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.officers)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addPerson", self.tr("New person…"), self.add_person),
            ("editPerson", self.tr("Edit…"), self.edit_person),
            ("changePosition", self.tr("Change position…"), self.change_position),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        split = named(QSplitter(Qt.Orientation.Vertical), "peopleSplit")
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    def _filter(self) -> None:
        self.proxy.officers_only = self.officers.isChecked()
        self.proxy.set_text(self.search.text())
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 people")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def selected(self) -> PersonRecord | None:
        record: PersonRecord | None = super().selected()
        return record

    def load(self, records: list[PersonRecord], day: dt.date) -> None:
        self._by_key = {p.key: p for p in records}
        super().load(records, day)

    def positions_of(self, key: str) -> str:
        """The 职务 a seat holder is named by on the shown day (the seats table)."""
        person = self._by_key.get(key)
        if person is None:
            return ""
        held = [(e.what, e.start, e.end) for e in person.positions]
        return title_on(held, self.model.day) or ""

    def _show_history(self) -> None:
        p = self.selected()
        self.history.show_changes(p.name if p else None, history(p.positions) if p else [])

    def add_person(self) -> QWidget:
        from minutes_app.ui.registry.edit_dialogs import PersonDialog

        dialog = PersonDialog(self.ctx, None, self)
        dialog.open()
        return dialog

    def edit_person(self) -> QWidget | None:
        from minutes_app.ui.registry.edit_dialogs import PersonDialog

        person = self.selected()
        if person is None:
            dialogs.inform(self, self.tr("Edit person"), self.tr("Select a person first."))
            return None
        dialog = PersonDialog(self.ctx, person, self)
        dialog.open()
        return dialog

    def change_position(self) -> QWidget | None:
        from minutes_app.ui.registry.change_dialog import ChangeDialog

        person = self.selected()
        if person is None:
            dialogs.inform(self, self.tr("Change position"), self.tr("Select a person first."))
            return None
        dialog = ChangeDialog(self.ctx, person, self.model.day, self)
        dialog.open()
        return dialog
