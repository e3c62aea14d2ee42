"""Small dialogs for committees: new or renamed committee, a member added, a term ended.

They take the database, not the window's context, so the meeting editor can open the
new-committee dialog too; `saved` says what was stored and the caller refreshes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from minutes_app.domain.enums import CommitteeKind, CommitteeRole
from minutes_app.domain.errors import UserError
from minutes_app.services import catalog
from minutes_app.services import registry_committees as rc
from minutes_app.services.database import Database
from minutes_app.services.registry_bodies import CommitteeRecord
from minutes_app.ui.meetings.directory import person_label
from minutes_app.ui.meetings.fields import KeyCombo
from minutes_app.ui.registry.form_dialog import FormDialog
from minutes_app.ui.registry.table import since
from minutes_app.ui.typed_entry import date_field, typed
from minutes_app.ui.widgets import named


class _Dialog(FormDialog):
    def __init__(self, db: Database, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.db = db

    def finish(self) -> None:
        super().finish()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())


def kind_label(kind: CommitteeKind) -> str:
    if kind is CommitteeKind.BRANCH:
        return QCoreApplication.translate("Committees", "Branch")
    return QCoreApplication.translate("Committees", "Expert committee")


def role_label(role: CommitteeRole) -> str:
    if role is CommitteeRole.CHAIR:
        return QCoreApplication.translate("Committees", "Chair")
    if role is CommitteeRole.VICE_CHAIR:
        return QCoreApplication.translate("Committees", "Vice chair")
    if role is CommitteeRole.SECRETARY_GENERAL:
        return QCoreApplication.translate("Committees", "Secretary-general")
    return QCoreApplication.translate("Committees", "Member")


class CommitteeDialog(_Dialog):
    """A new committee (name and kind), or a new name for one."""

    def __init__(self, db: Database, committee: CommitteeRecord | None,
                 parent: QWidget | None = None, name: str = "") -> None:  # fmt: skip
        super().__init__(db, "committeeDialog", parent)
        self.committee = committee
        self.created: rc.CreatedCommittee | None = None
        self.setWindowTitle(self.tr("Rename committee") if committee else self.tr("New committee"))
        self.name = named(QLineEdit(committee.name if committee else name), "name")
        self.name.setMinimumWidth(320)
        self.form.addRow(self.tr("Name"), self.name)
        self.kind = named(QComboBox(), "kind")
        for kind in CommitteeKind:
            self.kind.addItem(kind_label(kind), kind.value)
        if committee is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(committee.kind)))
            self.kind.setEnabled(False)  # renaming keeps the kind
        self.form.addRow(self.tr("Kind"), self.kind)
        self.finish()

    def store(self) -> str:
        if self.committee is not None:
            rc.rename_committee(self.db, self.committee.key, self.name.text())
            return self.committee.key
        fields = rc.CommitteeFields(self.name.text(), CommitteeKind(self.kind.currentData()))
        self.created = rc.create_committee(self.db, fields)
        return self.created.key


class MemberDialog(_Dialog):
    """A person on the committee with a role, from a day, optionally until one."""

    def __init__(self, db: Database, committee: CommitteeRecord, day: dt.date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(db, "memberDialog", parent)
        self.committee = committee
        self.setWindowTitle(self.tr("Add member: %1").replace("%1", committee.name))
        self.person = named(KeyCombo(searchable=True), "person")
        self.person.set_choices([(p.key, person_label(p)) for p in catalog.people(db, day)])
        self.form.addRow(self.tr("Person"), self.person)
        self.role = named(QComboBox(), "role")
        for role in CommitteeRole:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(CommitteeRole.MEMBER.value))
        self.form.addRow(self.tr("Role"), self.role)
        self.start = date_field(day, "start")
        self.form.addRow(self.tr("From"), self.start.box(below=True))
        self.end = date_field(None, "end", optional=True)
        self.end.year = day.year
        self.end.setToolTip(self.tr("Empty while the membership has no end"))
        self.form.addRow(self.tr("Ends on (not included)"), self.end.box(below=True))
        self.finish()

    def store(self) -> str:
        person = self.person.key()
        if person is None:
            raise UserError(self.tr("Choose the person first."))
        start: dt.date = typed(self.start)
        end: dt.date | None = typed(self.end)
        member = rc.Membership(person, CommitteeRole(self.role.currentData()), start, end)
        rc.add_member(self.db, self.committee.key, member)
        return self.committee.key


class EndMemberDialog(_Dialog):
    """The day a member leaves the committee (that day not included)."""

    def __init__(self, db: Database, committee: CommitteeRecord, day: dt.date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(db, "endMemberDialog", parent)
        self.committee = committee
        self.setWindowTitle(self.tr("End membership: %1").replace("%1", committee.name))
        self.entry = named(QComboBox(), "entry")
        for m in committee.members:
            if m.end is None and m.entry is not None:
                start = f" ({since(m.start)})" if m.start else ""
                self.entry.addItem(f"{m.name} — {m.role or ''}{start}", m.entry)
        self.form.addRow(self.tr("Member"), self.entry)
        self.day = date_field(day, "day")
        self.form.addRow(self.tr("Ends on (not included)"), self.day.box(below=True))
        self.finish()

    def store(self) -> str:
        entry = self.entry.currentData()
        if entry is None:
            raise UserError(self.tr("Choose the member whose term ends."))
        day: dt.date = typed(self.day)
        rc.end_membership(self.db, entry, day)
        return self.committee.key
