"""The 出席 tab: the seats with one click per status, proxy holders, notes, and observers."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.enums import Attendance
from minutes_app.domain.person_words import OBSERVER_LABEL, person_words
from minutes_app.domain.records import Meeting
from minutes_app.services import meeting_doc
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.choice_delegate import ChoiceDelegate
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import ErrorLabel, KeyCombo, lock
from minutes_app.ui.meetings.undo import Change, MeetingKeeper
from minutes_app.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex
FITTED_COLUMNS = (AttendanceModel.NAME, AttendanceModel.HOLDER)


class HolderDelegate(QStyledItemDelegate):
    """A list of the seats present, to pick who holds a proxy."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        person = index.data(Qt.ItemDataRole.UserRole + 1)
        for key, name in self.attendance.holder_choices(person):
            combo.addItem(name, key)
        combo.activated.connect(partial(self._picked, combo))
        return combo

    def _picked(self, combo: QComboBox, _index: int) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """At least wide enough for the names, even when the column is narrow."""
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    def __init__(self, keeper: MeetingKeeper, directory: Directory, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.model = AttendanceModel(self)
        self.model.status_picked.connect(self.set_status)
        self.model.holder_picked.connect(self.set_holder)
        self.model.note_edited.connect(self.set_note)
        self._build()

    def _build(self) -> None:
        self.error = ErrorLabel(self.keeper)
        self.all_present = named(QPushButton(self.tr("Mark the rest present")), "allPresent")
        self.all_present.setToolTip(self.tr("Every seat not yet marked becomes present"))
        self.all_present.clicked.connect(self.mark_rest_present)
        self.hint = named(QLabel(), "attendanceHint")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_table(), 3)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Observers (non-voting)")))
        layout.addLayout(self._build_observers(), 1)

    def _build_table(self) -> QTableView:
        table = self.table = named(QTableView(), "attendanceTable")
        table.setModel(self.model)
        choice = ChoiceDelegate(table)
        for column in AttendanceModel.STATUS_COLUMNS:
            table.setItemDelegateForColumn(column, choice)
        table.setItemDelegateForColumn(AttendanceModel.HOLDER, HolderDelegate(self.model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A council has a hundred seats or more: measure the first rows, not every cell.
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(AttendanceModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendanceModel.NOTE, QHeaderView.ResizeMode.Stretch)
        for column in FITTED_COLUMNS:  # measured once per refresh (see _fit_columns)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # A status cell is one round mark: as wide as its heading, never measured per row.
        metrics = header.fontMetrics()
        for column in AttendanceModel.STATUS_COLUMNS:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(48, metrics.horizontalAdvance(title) + 24))
        return table

    def _build_observers(self) -> QHBoxLayout:
        self.observers = named(QListWidget(), "observersList")
        self.observers.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.observer_pick = named(KeyCombo(searchable=True), "observerPick")
        self.observer_note = named(QLineEdit(), "observerNote")  # 监事长列席: kept as typed
        self.observer_note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_observer = named(QPushButton(self.tr("Add observer")), "addObserver")
        self.add_observer.clicked.connect(self._add_observer)
        self.remove_observer = named(QPushButton(self.tr("Remove observer")), "removeObserver")
        self.remove_observer.clicked.connect(self._remove_observer)
        side = QVBoxLayout()
        side.addWidget(self.observer_pick)
        side.addWidget(self.observer_note)
        buttons = QHBoxLayout()  # side by side: the tab stays short on a small screen
        buttons.addWidget(self.add_observer)
        buttons.addWidget(self.remove_observer)
        side.addLayout(buttons)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.observers, 2, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        return row

    def refresh(self) -> None:
        doc = self.keeper.doc
        self.directory.as_of(doc.start.date())  # 职务 as held on the meeting's day
        self.model.set_state(self.directory.seats, doc.attendance, self.directory.names,
                             self.keeper.read_only)  # fmt: skip
        self._fit_columns()
        self._show_observers(doc)
        self.hint.setText(
            self.tr("Click a column (or press Space) to set a seat's attendance.")
            if self.directory.seats
            else self.tr("This body has no seats for this term yet; add them in the registry.")
        )
        read_only = self.keeper.read_only
        lock((self.all_present, self.observer_pick, self.observer_note, self.add_observer,
              self.remove_observer), read_only)  # fmt: skip

    def _fit_columns(self) -> None:
        """Name and proxy holder as wide as their longest entry, measured once here.

        Left to Qt (ResizeToContents), each column was measured again on every layout
        pass and data change: five times over while a meeting opened.
        """
        header = self.table.horizontalHeader()
        for column in FITTED_COLUMNS:
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)

    def _show_observers(self, doc: Meeting) -> None:
        seats = set(self.directory.seat_keys())
        observing = [e.person for e in doc.attendance if e.status is Attendance.OBSERVER]
        self.observers.clear()
        notes = {e.person: e.note or "" for e in doc.attendance}
        for key in observing:
            # As the 纪要 prints it: 钱国华（监事长）, not 钱国华（监事长列席）.
            words = person_words("", self.directory.person(key), self.directory.title(key),
                                 notes.get(key, ""), OBSERVER_LABEL)  # fmt: skip
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.observers.addItem(item)
        taken = seats | set(observing)
        self.observer_pick.set_choices(
            [choice for choice in self.directory.people_choices() if choice[0] not in taken]
        )

    def _edit(self, text: str, change: Change) -> None:
        self.error.show_message(self.keeper.edit(text, change))

    def set_status(self, person: str, status: str) -> None:
        entry = meeting_doc.attendance_entry(self.keeper.doc, person)
        note = entry.note if entry else None
        chosen = Attendance(status)
        holder = self._default_holder(person) if chosen is Attendance.PROXY else None

        def change(doc: Meeting) -> None:
            meeting_doc.set_attendance(doc, person, chosen, holder, note)
            meeting_doc.drop_stale_ballots(doc)

        self._edit(self.tr("Mark attendance"), change)
        if holder is not None and self.model.status_of(person) is Attendance.PROXY:
            self.table.edit(self.model.index(self.model.row_of(person), AttendanceModel.HOLDER))

    def _default_holder(self, person: str) -> str | None:
        """The chair if present, else the first seat present: changed in the next column."""
        present = [key for key, _ in self.model.holder_choices(person)]
        chair = self.keeper.doc.chair
        return chair if chair in present else next(iter(present), None)

    def set_holder(self, person: str, holder: str) -> None:
        entry = meeting_doc.attendance_entry(self.keeper.doc, person)
        change = partial(meeting_doc.set_attendance, person=person, status=Attendance.PROXY,
                         proxy_holder=holder, note=entry.note if entry else None)  # fmt: skip
        self._edit(self.tr("Change the proxy holder"), change)

    def set_note(self, person: str, note: str) -> None:
        entry = meeting_doc.attendance_entry(self.keeper.doc, person)
        if entry is None:
            return
        change = partial(meeting_doc.set_attendance, person=person,
                         status=entry.status, proxy_holder=entry.proxy_holder,
                         note=note or None)  # fmt: skip
        self._edit(self.tr("Change the note"), change)

    def mark_rest_present(self) -> None:
        seats = self.directory.seat_keys()
        change = partial(meeting_doc.mark_unlisted, people=seats, status=Attendance.PRESENT)
        self._edit(self.tr("Mark the rest present"), change)

    def _add_observer(self) -> None:
        person = self.observer_pick.key()
        if person is None:
            self.error.show_message(self.tr("Choose a person to add as an observer."))
            return
        note = self.observer_note.text().strip() or None
        change = partial(meeting_doc.set_attendance, person=person, status=Attendance.OBSERVER,
                         note=note)  # fmt: skip
        self._edit(self.tr("Add an observer"), change)
        self.observer_note.clear()

    def _remove_observer(self) -> None:
        item = self.observers.currentItem()
        if item is None:
            self.error.show_message(self.tr("Choose the observer to remove."))
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        change = partial(meeting_doc.set_attendance, person=person, status=None)
        self._edit(self.tr("Remove an observer"), change)
