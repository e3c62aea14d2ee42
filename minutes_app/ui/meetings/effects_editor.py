"""What a decision changes in the registry when it passes: roles, positions, committees."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.enums import DecisionKind, EffectType, MeetingStatus, UnitRole
from minutes_app.domain.records import Decision, Effect
from minutes_app.services import meeting_doc
from minutes_app.services.registry_committees import CreatedCommittee
from minutes_app.ui import labels
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import ErrorLabel, KeyCombo, lock
from minutes_app.ui.meetings.status_delegate import APPLIED_ROLE, TAG_ROLE, EffectStatusDelegate
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.registry.committee_dialogs import CommitteeDialog
from minutes_app.ui.widgets import named

# The effect a decision of each kind usually has, offered first.
KIND_EFFECT = {
    DecisionKind.GRANT_ROLE: EffectType.GRANT_ROLE,
    DecisionKind.REVOKE_ROLE: EffectType.REVOKE_ROLE,
    DecisionKind.APPOINT: EffectType.APPOINT,
    DecisionKind.DISMISS: EffectType.DISMISS,
    DecisionKind.ESTABLISH_COMMITTEE: EffectType.ESTABLISH_COMMITTEE,
    DecisionKind.ADOPT_DOCUMENT: EffectType.ADOPT_DOCUMENT,
}
UNIT_PAGE, PERSON_PAGE, COMMITTEE_PAGE, DOCUMENT_PAGE = range(4)
PAGE_OF = {
    EffectType.GRANT_ROLE: UNIT_PAGE,
    EffectType.REVOKE_ROLE: UNIT_PAGE,
    EffectType.APPOINT: PERSON_PAGE,
    EffectType.DISMISS: PERSON_PAGE,
    EffectType.ESTABLISH_COMMITTEE: COMMITTEE_PAGE,
    EffectType.DISSOLVE_COMMITTEE: COMMITTEE_PAGE,
    EffectType.ADOPT_DOCUMENT: DOCUMENT_PAGE,
}
# The committee list's last entry: make a committee for the effect to set up.
NEW_COMMITTEE = "\x00new-committee"


class EffectsEditor(QWidget):
    def __init__(self, keeper: MeetingKeeper, directory: Directory, decision_key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.decision_key = decision_key
        self._kind_seen: DecisionKind | None = None
        self._made: dict[str, CreatedCommittee] = {}  # committees 新建委员会… created here
        keeper.committees_changed.connect(self._committees_changed)
        self._build()

    def type_label(self, kind: EffectType) -> str:
        return {
            EffectType.GRANT_ROLE: self.tr("Grant a member role"),
            EffectType.REVOKE_ROLE: self.tr("Revoke a member role"),
            EffectType.APPOINT: self.tr("Appoint to a position"),
            EffectType.DISMISS: self.tr("Dismiss from a position"),
            EffectType.ESTABLISH_COMMITTEE: self.tr("Establish a committee"),
            EffectType.DISSOLVE_COMMITTEE: self.tr("Dissolve a committee"),
            EffectType.ADOPT_DOCUMENT: self.tr("Adopt a document"),
        }[kind]

    def _build(self) -> None:
        self.list = named(QListWidget(), "effectsList")
        self.list.setItemDelegate(EffectStatusDelegate(self.list))
        self.remove_button = named(QPushButton(self.tr("Remove effect")), "removeEffect")
        self.remove_button.clicked.connect(self.remove_effect)
        self.kind = named(KeyCombo(), "effectType")
        self.kind.set_choices([(t, self.type_label(t)) for t in EffectType])
        self.kind.currentIndexChanged.connect(self._show_page)
        self.pages = QStackedWidget()
        for page in (self._unit_page(), self._person_page(), self._committee_page(),
                     self._document_page()):  # fmt: skip
            self.pages.addWidget(page)
        self.add_button = named(QPushButton(self.tr("Add effect")), "addEffect")
        self.add_button.clicked.connect(self.add_effect)
        self.error = ErrorLabel(self.keeper)
        form = QHBoxLayout()
        form.addWidget(self.kind)
        form.addWidget(self.pages, 1)
        form.addWidget(self.add_button)
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Effects on the registry when passed")))
        self.timing = named(QLabel(), "effectTiming")
        self.timing.setWordWrap(True)
        layout.addWidget(self.timing)
        layout.addLayout(listed)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def _row(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate(widgets):
            grid.addWidget(widget, 0, column)
            grid.setColumnStretch(column, 1)
        return page

    def _unit_page(self) -> QWidget:
        self.unit = named(KeyCombo(searchable=True), "effectUnit")
        self.role = named(KeyCombo(), "effectRole")
        self.role.set_choices([(r, labels.unit_role(r)) for r in UnitRole])
        return self._row(self.unit, self.role)

    def _person_page(self) -> QWidget:
        self.person = named(KeyCombo(searchable=True), "effectPerson")
        self.position = named(QLineEdit(), "effectPosition")
        self.position.setPlaceholderText(self.tr("Position, e.g. assistant secretary-general"))
        return self._row(self.person, self.position)

    def _committee_page(self) -> QWidget:
        self.committee = named(KeyCombo(searchable=True), "effectCommittee")
        self.committee.picked.connect(self._committee_picked)
        self._typed_name = ""
        line = self.committee.lineEdit()
        assert line is not None
        line.textEdited.connect(self._remember_typed)
        line.editingFinished.connect(self._committee_typed)  # after the combo undid it
        return self._row(self.committee)

    def _remember_typed(self, text: str) -> None:
        self._typed_name = text

    def _committee_typed(self) -> None:
        """A typed name no committee has: offer to make it, rather than drop it."""
        name, self._typed_name = self._typed_name.strip(), ""
        known = [label for _key, label in self.directory.committee_choices()]
        if (name and self.kind.key() == EffectType.ESTABLISH_COMMITTEE
                and not any(name in label for label in known)):  # fmt: skip
            self.new_committee(name)

    def _committee_choices(self) -> list[tuple[str, str]]:
        """The committees; for 设立委员会 also a new one (no decision sets one up twice)."""
        known = self.directory.committee_choices()
        if self.kind.key() == EffectType.ESTABLISH_COMMITTEE:
            return [*known, (NEW_COMMITTEE, self.tr("New committee…"))]
        return known

    def _committee_picked(self, key: object) -> None:
        if key == NEW_COMMITTEE:
            self.new_committee()

    def new_committee(self, name: str = "") -> CommitteeDialog:
        """Ask name and kind, create it (its own transaction) and choose it for the effect.

        The effect's edit remembers it: undoing the edit removes the committee again
        when nothing else points at it, and redoing it puts the committee back.
        """
        dialog = CommitteeDialog(self.directory.db, None, self, name)
        dialog.saved.connect(partial(self._committee_made, dialog))
        dialog.rejected.connect(lambda: self.committee.set_key(None))
        dialog.open()
        return dialog

    def _committee_made(self, dialog: CommitteeDialog, key: str) -> None:
        if dialog.created is not None:
            self._made[key] = dialog.created
        self._committees_changed()
        self.committee.set_key(key)

    def _committees_changed(self) -> None:
        self.directory.reload()
        self.committee.set_choices(self._committee_choices())

    def _document_page(self) -> QWidget:
        self.document = named(QLineEdit(), "effectDocument")
        self.document.setPlaceholderText(self.tr("Title of the document, without 《》"))
        return self._row(self.document)

    def refresh(self, decision: Decision, status: list[tuple[str, bool]] | None = None) -> None:
        """Show the effects; `status` (as saved) says of each whether it took hold."""
        self.list.clear()
        self.timing.setText(self._timing())
        effects = decision.effects
        status = status if status is not None and len(status) == len(effects) else []
        for row, effect in enumerate(effects):
            self.list.addItem(self.describe(effect))
            if status:
                self._show_status(self.list.item(row), *status[row])
        self._fit_list(len(effects))
        self.unit.set_choices(self.directory.unit_choices())
        self.person.set_choices(self.directory.people_choices())
        if decision.kind != self._kind_seen and decision.kind in KIND_EFFECT:
            self.kind.set_key(KIND_EFFECT[decision.kind])  # offered first for the kind
        self._kind_seen = decision.kind
        self._show_page()
        editors = (self.remove_button, self.kind, self.pages, self.add_button)
        lock(editors, self.keeper.read_only)

    def _timing(self) -> str:
        """When the registry changes: the meeting's day, once it is held (docs/rules.md)."""
        doc = self.keeper.doc
        day = doc.start.date().isoformat()
        if doc.status is MeetingStatus.PLANNED:
            return self.tr(
                "They take effect only once the meeting is held and the decision passes "
                "(from %1, the meeting's day)."
            ).replace("%1", day)
        return self.tr(
            "They take effect from %1, the meeting's day, if the decision passes."
        ).replace("%1", day)

    def _show_status(self, item: QListWidgetItem, text: str, applied: bool) -> None:
        tag = self.tr("In force") if applied else self.tr("Not in force")
        item.setData(APPLIED_ROLE, applied)
        item.setData(TAG_ROLE, tag)
        item.setToolTip(f"{text}：{tag}")

    def status_text(self, row: int) -> str:
        """已生效 / 未生效 as shown beside the effect in `row` ("" while not known)."""
        item = self.list.item(row)
        return str(item.data(TAG_ROLE) or "") if item is not None else ""

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.remove_button, self.kind, self.unit, self.role, self.person,
                self.position, self.committee, self.document, self.add_button]  # fmt: skip

    def _fit_list(self, rows: int) -> None:
        """As tall as its effects (up to four); hidden while there are none."""
        self.list.setVisible(rows > 0)
        self.remove_button.setVisible(rows > 0)
        row = self.list.sizeHintForRow(0) if rows else 0
        self.list.setFixedHeight(min(rows, 4) * row + 2 * self.list.frameWidth() + 2)

    def _show_page(self) -> None:
        self.pages.setCurrentIndex(
            PAGE_OF[EffectType(self.kind.key() or EffectType.ADOPT_DOCUMENT)]
        )
        self.committee.set_choices(self._committee_choices())

    def describe(self, effect: Effect) -> str:
        kind = effect.type
        page = PAGE_OF[kind]
        if page == UNIT_PAGE:
            role = labels.unit_role(effect.role or "")
            detail = f"{self.directory.unit(effect.unit)} — {role}"
        elif page == PERSON_PAGE:
            detail = f"{self.directory.person(effect.person)} — {effect.title}"
        elif page == COMMITTEE_PAGE:
            detail = self.directory.committee(effect.committee)
        else:
            detail = f"《{effect.title}》"
        return f"{self.type_label(kind)}：{detail}"

    def new_effect(self) -> Effect | None:
        """The effect the form describes; None while one of its fields is empty."""
        kind = EffectType(self.kind.key())
        page = PAGE_OF[kind]
        if page == UNIT_PAGE:
            unit, role = self.unit.key(), self.role.key()
            given: tuple[str | None, ...] = (unit, role)
            effect = Effect(kind, unit=unit, role=UnitRole(role) if role else None)
        elif page == PERSON_PAGE:
            person, title = self.person.key(), self.position.text().strip()
            given, effect = (person, title), Effect(kind, person=person, title=title)
        elif page == COMMITTEE_PAGE:
            committee = self.committee.key()
            given, effect = (committee,), Effect(kind, committee=committee)
        else:
            title = self.document.text().strip().strip("《》")
            given, effect = (title,), Effect(kind, title=title)
        return None if any(value in (None, "") for value in given) else effect

    def add_effect(self) -> None:
        if self.pages.currentIndex() == COMMITTEE_PAGE and self.committee.key() == NEW_COMMITTEE:
            self.new_committee()
            return
        effect = self.new_effect()
        if effect is None:
            self.error.show_message(self.tr("Fill in every field of the effect first."))
            return
        change = partial(meeting_doc.add_effect, key=self.decision_key, effect=effect)
        made = self._made.pop(effect.committee, None) if effect.committee else None
        message = self.keeper.edit(self.tr("Add an effect"), change, (made,) if made else ())
        self.error.show_message(message)
        if message is None:
            self.position.clear()
            self.document.clear()

    def remove_effect(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            self.error.show_message(self.tr("Choose the effect to remove."))
            return
        change = partial(meeting_doc.remove_effect, key=self.decision_key, index=row)
        self.error.show_message(self.keeper.edit(self.tr("Remove an effect"), change))
