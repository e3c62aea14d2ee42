"""Who carries out an action item: a person, a unit or a committee (exactly one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from minutes_app.domain.records import Owner
from minutes_app.ui.meetings.directory import Choices, Directory
from minutes_app.ui.meetings.fields import KeyCombo
from minutes_app.ui.widgets import named

OWNER_KINDS = ("person", "unit", "committee")


class OwnerPicker(QWidget):
    picked = Signal(object)  # an Owner naming a person, a unit or a committee

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.kind = named(KeyCombo(), "ownerKind")
        self.kind.set_choices(
            [("person", self.tr("Person")), ("unit", self.tr("Unit")),
             ("committee", self.tr("Committee"))]
        )  # fmt: skip
        self.kind.picked.connect(self._kind_picked)
        self.owner = named(KeyCombo(searchable=True), "ownerName")
        self.owner.setMinimumContentsLength(14)
        self.owner.picked.connect(self._owner_picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.owner, 1)

    def choices(self, kind: str) -> Choices:
        if kind == "unit":
            return self.directory.unit_choices()
        if kind == "committee":
            return self.directory.committee_choices()
        return self.directory.people_choices()

    def set_owner(self, owner: Owner) -> None:
        kind = next((k for k in OWNER_KINDS if getattr(owner, k) is not None), "person")
        self.kind.set_key(kind)
        self.owner.set_choices(self.choices(kind))
        self.owner.set_key(getattr(owner, kind))

    def _kind_picked(self, kind: str) -> None:
        self.owner.set_choices(self.choices(kind))
        self.owner.setCurrentIndex(0)
        if self.owner.key() is not None:
            self.picked.emit(Owner(**{kind: self.owner.key()}))

    def _owner_picked(self, key: str | None) -> None:
        if key is not None:
            self.picked.emit(Owner(**{self.kind.key(): key}))
