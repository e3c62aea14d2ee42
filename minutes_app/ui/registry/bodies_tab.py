"""会议机构, 委员会 and 制度文件: small lists, each with its detail beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services.registry_bodies import BodyRecord, CommitteeRecord, Document, TermInfo
from minutes_app.ui.context import AppContext
from minutes_app.ui.registry.committee_edits import CommitteeEdits
from minutes_app.ui.registry.models_bodies import (
    BodiesModel,
    CommitteesModel,
    CommitteesProxy,
    DocumentsModel,
    HoldersModel,
    SeatRow,
)
from minutes_app.ui.registry.table import ROW_ROLE, SearchProxy, make_table, selected_row
from minutes_app.ui.widgets import named


def _search(name: str, placeholder: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _split(top: QWidget, bottom: QWidget, name: str) -> QSplitter:
    split = named(QSplitter(Qt.Orientation.Vertical), name)
    split.addWidget(top)
    split.addWidget(bottom)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 2)
    return split


class BodiesTab(QWidget):
    """Bodies with their rules; below, the seats of the chosen term."""

    new_term = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodiesTab")
        self.model = BodiesModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.seats = HoldersModel(False, self)
        self.seats_proxy = SearchProxy(self)
        self.seats_proxy.setSourceModel(self.seats)
        self.positions: Callable[[str], str] = lambda _key: ""
        self.table = make_table("bodiesTable", self.proxy, [200, 120, 140, 200])
        self.table.selectionModel().selectionChanged.connect(self._show_seats)
        self.seat_table = make_table("seatsTable", self.seats_proxy, [50, 110, 280, 200, 0, 0])
        for column in (HoldersModel.START, HoldersModel.END):
            self.seat_table.hideColumn(column)
        self.term = named(QComboBox(), "termChoice")
        self.term.currentIndexChanged.connect(self._term_chosen)
        self.next_term = named(QPushButton(self.tr("Start the next term…")), "newTerm")
        self.next_term.clicked.connect(self.new_term)
        self.seat_title = named(QLabel(), "seatTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.seat_title, 1)
        bar.addWidget(QLabel(self.tr("Term")))
        bar.addWidget(self.term)
        bar.addWidget(self.next_term)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.seat_table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_split(self.table, lower, "bodiesSplit"), 1)

    def load(self, bodies: list[BodyRecord], terms: list[TermInfo], term: int | None) -> None:
        self.term.blockSignals(True)
        self.term.clear()
        for t in terms:
            self.term.addItem(self.tr("Term %1").replace("%1", str(t.number)), t.number)
        self.term.blockSignals(False)
        self.model.set_rows(bodies)
        self.set_term(term)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def set_term(self, term: int | None) -> None:
        """The term in force on the chosen day."""
        self.term.blockSignals(True)
        self.term.setCurrentIndex(self.term.findData(term))
        self.term.blockSignals(False)
        self._term_chosen()

    def set_positions(self, positions: Callable[[str], str]) -> None:
        """How to find a seat holder's positions on the shown day (by person key)."""
        self.positions = positions
        self._show_seats()

    def _term_chosen(self) -> None:
        self.model.set_term(self.term.currentData())
        self._show_seats()

    def _show_seats(self) -> None:
        body = selected_row(self.table)
        term = self.term.currentData()
        if body is None:
            self.seat_title.setText(self.tr("Select a body to see its seats"))
            self.seats.set_rows([])
            return
        holders = body.seats_of(term)
        self.seat_title.setText(
            self.tr("%1: %2 seats").replace("%1", body.name).replace("%2", str(len(holders)))
        )
        self.seats.set_rows([SeatRow(n, h, self.positions(h.person_key))
                             for n, h in enumerate(holders, 1)])  # fmt: skip


class CommitteesTab(QWidget):
    """Committees in being on the day, with their members and the decision that set them up."""

    open_meeting = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeesTab")
        self.ctx = ctx
        self.model = CommitteesModel(ctx.organisation, self)
        self.proxy = CommitteesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.members = HoldersModel(True, self)
        self.members_proxy = SearchProxy(self)
        self.members_proxy.setSourceModel(self.members)
        self.search = _search("committeeSearch", self.tr("Search committees…"))
        self.search.textChanged.connect(self._filter)
        self.show_all = named(QCheckBox(self.tr("Also those not in being")), "allCommittees")
        self.show_all.toggled.connect(self._filter)
        self.open_button = named(QPushButton(self.tr("Open meeting")), "openCommitteeMeeting")
        self.open_button.clicked.connect(self._open)
        self.table = make_table("committeesTable", self.proxy, [240, 100, 90, 300, 90])
        self.table.selectionModel().selectionChanged.connect(self._show_members)
        self.table.doubleClicked.connect(self._open)
        self.member_table = make_table("membersTable", self.members_proxy,
                                       [50, 110, 260, 110, 90, 90])  # fmt: skip
        self.detail = named(QLabel(), "committeeDetail")
        self.detail.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_all)
        bar.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.member_table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self._edit_buttons())
        layout.addWidget(_split(self.table, lower, "committeesSplit"), 1)

    def _edit_buttons(self) -> QHBoxLayout:
        self.edit = CommitteeEdits(self.ctx, self, lambda: self.model.day)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("newCommittee", self.tr("New committee…"), self.edit.new),
            ("renameCommittee", self.tr("Rename…"), lambda: self.edit.rename(self.selected())),
            ("deleteCommittee", self.tr("Delete"), lambda: self.edit.delete(self.selected())),
            ("addMember", self.tr("Add member…"), lambda: self.edit.add_member(self.selected())),
            ("endMember", self.tr("End membership…"),
             lambda: self.edit.end_member(self.selected())),
        ):  # fmt: skip
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self.edit.saved.connect(self.select_key)
        return row

    def selected(self) -> CommitteeRecord | None:
        found: CommitteeRecord | None = selected_row(self.table)
        return found

    def select_key(self, key: str) -> None:
        """After a change is saved and the tab reloaded: show that committee."""
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(ROW_ROLE)
            if record is not None and record.key == key:
                self.table.selectRow(row)
                return

    def load(self, committees: list[CommitteeRecord], day: dt.date) -> None:
        self.model.day = day
        self.model.set_rows(committees)
        self._filter()

    def set_day(self, day: dt.date) -> None:
        self.model.set_day(day)
        self._filter()

    def _filter(self) -> None:
        self.proxy.all = self.show_all.isChecked()
        self.proxy.set_text(self.search.text())
        self._show_members()

    def _show_members(self) -> None:
        c = self.selected()
        self.open_button.setEnabled(c is not None and c.established is not None)
        self.detail.setText(self.edit.describe(c))
        for name in ("renameCommittee", "addMember", "endMember"):
            self.buttons[name].setEnabled(c is not None)
        self.buttons["deleteCommittee"].setEnabled(c is not None and not c.in_use)
        shown = [] if c is None else c.members  # over time: 起止 in the From and To columns
        self.members.set_rows([SeatRow(n, h, "") for n, h in enumerate(shown, 1)])

    def _open(self, index: QModelIndex | None = None) -> None:
        c = index.data(ROW_ROLE) if isinstance(index, QModelIndex) else selected_row(self.table)
        if c is not None and c.established is not None and c.established.meeting_key:
            self.open_meeting.emit(c.established.meeting_key)


class DocumentsTab(QWidget):
    """制度文件 adopted up to the day, with the meeting and decision."""

    open_meeting = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self.model = DocumentsModel(ctx.organisation, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = _search("documentSearch", self.tr("Search documents…"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.open_button = named(QPushButton(self.tr("Open meeting")), "openDocumentMeeting")
        self.open_button.clicked.connect(self._open)
        self.table = make_table("documentsTable", self.proxy, [380, 100, 300])
        self.table.doubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def load(self, documents: list[Document], day: dt.date) -> None:
        self.model.load(documents, day)

    def set_day(self, day: dt.date) -> None:
        self.model.set_day(day)

    def _open(self, index: QModelIndex | None = None) -> None:
        doc = index.data(ROW_ROLE) if isinstance(index, QModelIndex) else selected_row(self.table)
        if doc is not None and doc.source.meeting_key:
            self.open_meeting.emit(doc.source.meeting_key)
