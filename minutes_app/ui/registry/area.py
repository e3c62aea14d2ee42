"""The 名录 area: units, people, bodies, committees and documents as of one day.

`reload` reads the registry once (with its whole history); moving the 截至 date only
re-picks in memory what held that day. Changes elsewhere (a meeting saved, a role
changed) mark the area stale; it reloads at once when shown, or when next shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services import registry, registry_bodies
from minutes_app.ui.context import AppContext
from minutes_app.ui.registry.bodies_tab import BodiesTab, CommitteesTab, DocumentsTab
from minutes_app.ui.registry.people_tab import PeopleTab
from minutes_app.ui.registry.units_tab import UnitsTab
from minutes_app.ui.typed_entry import date_field
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow


class RegistryArea(QWidget):
    open_meeting = Signal(str)
    reloaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registryArea")
        self.ctx = ctx
        self._terms: list[registry_bodies.TermInfo] = []
        self._stale = True
        self._built = False
        ctx.registry_changed.connect(self.mark_stale)
        ctx.meetings_changed.connect(self.mark_stale)
        # Built and read when first shown: start-up should not pay for a hidden area.

    def __getattr__(self, name: str) -> Any:
        """A tab or field asked for before the area was first shown: build it now."""
        if name.startswith("__") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self._ensure_built()
        return getattr(self, name)

    def _ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self._build()

    def _build(self) -> None:
        self.as_of = date_field(self.ctx.today(), "asOf")
        self.as_of.entered.connect(self._day_changed)
        today = named(QPushButton(self.tr("Today")), "asOfToday")
        today.clicked.connect(lambda: self.set_day(self.ctx.today()))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.as_of)
        bar.addWidget(today)
        self.term_label = named(QLabel(), "termLabel")
        bar.addWidget(self.term_label)
        bar.addStretch(1)
        self.units = UnitsTab(self.ctx, self)
        self.people = PeopleTab(self.ctx, self)
        self.bodies = BodiesTab(self.ctx, self)
        self.committees = CommitteesTab(self.ctx, self)
        self.documents = DocumentsTab(self.ctx, self)
        self.tabs = named(QTabWidget(), "registryTabs")
        for tab, title in (
            (self.units, self.tr("Units")),
            (self.people, self.tr("People")),
            (self.bodies, self.tr("Bodies")),
            (self.committees, self.tr("Committees")),
            (self.documents, self.tr("Documents")),
        ):
            self.tabs.addTab(tab, title)
        for tab in (self.units, self.people, self.committees, self.documents):
            tab.open_meeting.connect(self.open_meeting)
        self.bodies.new_term.connect(self.start_next_term)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.as_of.message.setWordWrap(False)
        layout.addWidget(self.as_of.message)  # what to type, below: the bar stays one line
        layout.addWidget(self.tabs, 1)

    @property
    def day(self) -> dt.date:
        value: dt.date = self.as_of.value()  # the last date typed right
        return value

    def set_day(self, day: dt.date) -> None:
        if day != self.as_of.value():
            self.as_of.set_value(day)
            self._day_changed()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the whole registry once; each tab then shows the chosen day."""
        db, day = self.ctx.db, self.day
        self._terms = registry_bodies.load_terms(db)
        self.units.load(registry.load_units(db), day)
        self.people.load(registry.load_people(db), day)
        self.bodies.load(registry_bodies.load_bodies(db), self._terms, self._term_on(day))
        self.bodies.set_positions(self.people.positions_of)
        self.committees.load(registry_bodies.load_committees(db), day)
        self.documents.load(registry_bodies.documents(db), day)
        self._show_term(day)
        self._stale = False
        self.reloaded.emit()

    def _day_changed(self) -> None:
        """Moving the date: no query, every tab re-picks what held that day."""
        day = self.day
        self.units.set_day(day)
        self.people.set_day(day)
        self.bodies.set_term(self._term_on(day))
        self.committees.set_day(day)
        self.documents.set_day(day)
        self._show_term(day)

    def _term_on(self, day: dt.date) -> int | None:
        return registry_bodies.term_on(self._terms, day)

    def _show_term(self, day: dt.date) -> None:
        term = self._term_on(day)
        text = self.tr("Term %1").replace("%1", str(term)) if term else self.tr("No term yet")
        self.term_label.setText(text)

    def start_next_term(self) -> QWidget:
        from minutes_app.ui.registry.term_dialog import TermDialog

        dialog = TermDialog(self.ctx, self._terms, self)
        dialog.open()
        return dialog


def build_registry_area(ctx: AppContext, window: MainWindow) -> tuple[str, QWidget]:
    """The 名录 area for the sidebar; a decision's meeting opens in the meetings area."""
    area = RegistryArea(ctx, window)

    def open_meeting(key: str) -> None:
        window.show_area(window.meetings)
        window.meetings.open_meeting(key)

    area.open_meeting.connect(open_meeting)
    return QCoreApplication.translate("RegistryArea", "Registry"), area
