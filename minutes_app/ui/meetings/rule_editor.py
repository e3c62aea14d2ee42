"""A decision's own pass rule: 本项适用特别表决规则 (e.g. 章程 changes need 2/3以上).

Unticked, the fields show the body's rule, greyed; ticking starts from it. The outcome
and its basis are worked out again by the save, with the rule that applies.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from minutes_app.domain.enums import Base
from minutes_app.domain.records import PassRule
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import KeyCombo, lock, set_quietly
from minutes_app.ui.widgets import named

FRACTIONS = ("1/2", "2/3", "3/4", "4/5", "3/5")


class RuleEditor(QWidget):
    edited = Signal(object)  # the decision's own PassRule, or None for the body's

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._saved: PassRule | None = None
        self.own = named(QCheckBox(self.tr("Special voting rule for this decision")), "ownRule")
        self.own.setToolTip(self.tr("E.g. amending the constitution needs 2/3 where the body's "
                                    "rule is a simple majority"))  # fmt: skip
        self.own.toggled.connect(self._toggled)
        self.fraction = named(QComboBox(), "ruleFraction")
        self.fraction.setEditable(True)
        self.fraction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.fraction.addItems(FRACTIONS)
        pattern = QRegularExpression(r"\d{1,3}/\d{1,3}")
        self.fraction.setValidator(QRegularExpressionValidator(pattern, self.fraction))
        self.fraction.setMinimumContentsLength(4)
        self.fraction.activated.connect(self._changed)
        line = self.fraction.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._changed)
        self.inclusive = named(KeyCombo(), "ruleInclusive")
        self.inclusive.set_choices([(True, self.tr("or more")),
                                    (False, self.tr("more than"))])  # fmt: skip
        self.inclusive.picked.connect(self._changed)
        self.of = named(KeyCombo(), "ruleBase")
        self.of.set_choices([(Base.PRESENT, self.tr("of those present")),
                             (Base.SEATS, self.tr("of all seats")),
                             (Base.CAST, self.tr("of votes cast"))])  # fmt: skip
        self.of.picked.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own)
        layout.addWidget(self.fraction)
        layout.addWidget(self.inclusive)
        layout.addWidget(self.of)
        layout.addStretch(1)

    def body_rule(self) -> PassRule:
        body = self.directory.body_info
        if body is None:
            return PassRule("2/3", True, Base.PRESENT)
        return PassRule(body.pass_fraction, body.pass_inclusive, Base(body.pass_of))

    def focus_chain(self) -> list[QWidget]:
        return [self.own, self.fraction, self.inclusive, self.of]

    def show_rule(self, rule: PassRule | None, read_only: bool) -> None:
        self._saved = rule
        shown = rule or self.body_rule()
        set_quietly(self.own, "setChecked", rule is not None)
        line = self.fraction.lineEdit()
        if not (line is not None and line.hasFocus() and line.isModified()):
            set_quietly(self.fraction, "setEditText", shown.fraction)
        self.inclusive.set_key(shown.inclusive)
        self.of.set_key(shown.of)
        lock((self.own,), read_only)
        lock((self.fraction, self.inclusive, self.of), read_only or rule is None)

    def current(self) -> PassRule | None:
        if not self.own.isChecked():
            return None
        of = self.of.key()
        return PassRule(self.fraction.currentText().strip(), bool(self.inclusive.key()),
                        Base(of) if of else Base.PRESENT)  # fmt: skip

    def _toggled(self, checked: bool) -> None:
        lock((self.fraction, self.inclusive, self.of), not checked)
        self._changed()

    def _changed(self) -> None:
        line = self.fraction.lineEdit()
        if line is not None:
            line.setModified(False)
        rule = self.current()
        if rule != self._saved:
            self.edited.emit(rule)
