"""人员: people with their unit and the positions they held on the chosen day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QWidget,
)

from minutes_app.domain.titles import title_on
from minutes_app.services.registry import PersonRecord, history
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.registry.models import PeopleModel, PeopleProxy
from minutes_app.ui.registry.record_tab import RecordTab, TabParts
from minutes_app.ui.widgets import named


class PeopleTab(RecordTab):
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
        self.officers = named(QCheckBox(self.tr("Office holders only")), "officersOnly")
        self.officers.toggled.connect(self._filter)
        self._lay_out(
            TabParts("personSearch", "peopleTable", "personCount", "peopleSplit"),
            self.ctx.organisation,
            self.tr("Search name, unit, position…"),
            self.officers,
            [100, 250, 180, 170, 90, 260],
            (
                ("addPerson", self.tr("New person…"), self.add_person),
                ("editPerson", self.tr("Edit…"), self.edit_person),
                ("changePosition", self.tr("Change position…"), self.change_position),
            ),
        )

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
