"""One decision: its text, kind, vote and outcome (with the basis), number and effects."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.enums import Choice, DecisionKind, Outcome, VoteMethod
from minutes_app.domain.records import Decision, Meeting, PassRule, Result, Vote
from minutes_app.services import meeting_doc
from minutes_app.ui import labels
from minutes_app.ui.meetings.ballots_model import BallotsModel
from minutes_app.ui.meetings.choice_delegate import ChoiceDelegate
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.effects_editor import KIND_EFFECT, EffectsEditor
from minutes_app.ui.meetings.fields import ErrorLabel, KeyCombo, TextArea, lock, set_quietly
from minutes_app.ui.meetings.rule_editor import RuleEditor
from minutes_app.ui.meetings.undo import Change, MeetingKeeper
from minutes_app.ui.widgets import named, show_built

TALLY_METHODS = (VoteMethod.SHOW_OF_HANDS, VoteMethod.SECRET_BALLOT)
OUTCOME_COLOURS = {Outcome.PASSED: "#1b5e20", Outcome.FAILED: "#b71c1c",
                   Outcome.INQUORATE: "#e65100"}  # fmt: skip
NO_RESULT = Result(Outcome.NO_VOTE)
MAX_BALLOT_ROWS = 10


class DecisionEditor(QFrame):
    grew = Signal()  # a part built on first use joined it: the Tab order takes it in

    def __init__(self, keeper: MeetingKeeper, directory: Directory, key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName(f"decision-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.keeper = keeper
        self.directory = directory
        self.key = key
        self.ballots = BallotsModel(self)
        self.ballots.choice_picked.connect(self._ballot_picked)
        self._effects: EffectsEditor | None = None  # built once a decision can have some
        self.rule = RuleEditor(directory)
        self.rule.edited.connect(self._rule_edited)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.number = named(QLabel(), "decisionNumber")
        self.remove_button = named(QPushButton(self.tr("Remove decision")), "removeDecision")
        self.remove_button.clicked.connect(self.remove)
        self.text = named(TextArea(lines=3), "decisionText")
        self.text.committed.connect(self._text_committed)
        self.kind = named(KeyCombo(), "decisionKind")
        self.kind.set_choices([(k, labels.decision_kind(k)) for k in DecisionKind])
        self.kind.picked.connect(self._kind_picked)
        self.method = named(KeyCombo(), "voteMethod")
        methods = [None, *VoteMethod]
        self.method.set_choices([(m, labels.vote_method(m)) for m in methods])
        self.method.picked.connect(self._method_picked)
        names = ("votesFor", "votesAgainst", "votesAbstain")
        self.tallies = [self._tally_box(name) for name in names]
        self.outcome = named(QLabel(), "outcome")
        self.basis = named(QLabel(), "basis")
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel(self.keeper)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(self._head_row())
        layout.addWidget(self.text)
        layout.addLayout(self._vote_row())
        layout.addWidget(self.rule)
        self.ballots_panel = QWidget()  # filled for the first roll call shown
        self._ballots_built = False
        layout.addWidget(self.ballots_panel)
        layout.addLayout(self._outcome_row())
        layout.addWidget(self.error)

    @property
    def effects(self) -> EffectsEditor:
        """Its effects on the registry, built on first use: most decisions have none."""
        if self._effects is None:
            self._effects = EffectsEditor(self.keeper, self.directory, self.key)
            self._layout.addWidget(self._effects)
            self.grew.emit()
        return self._effects

    def _head_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addWidget(self.number, 1)
        row.addWidget(self.remove_button)
        return row

    def _tally_box(self, name: str) -> QSpinBox:
        box = named(QSpinBox(), name)
        box.setRange(0, 9999)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(self._tallies_changed)
        return box

    def _vote_row(self) -> QGridLayout:
        grid = QGridLayout()
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("Kind"), self.kind),
            (self.tr("Vote"), self.method),
            (self.tr("For"), self.tallies[0]),
            (self.tr("Against"), self.tallies[1]),
            (self.tr("Abstain"), self.tallies[2]),
        ]
        self.tally_labels: list[QLabel] = []
        for column, (text, widget) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
            if column >= 2:
                self.tally_labels.append(label)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        return grid

    def _build_ballots(self) -> None:
        self.ballots_view = named(QTableView(), "ballotsTable")
        self.ballots_view.setModel(self.ballots)
        choice = ChoiceDelegate(self.ballots_view)
        for column in BallotsModel.CHOICE_COLUMNS:
            self.ballots_view.setItemDelegateForColumn(column, choice)
        self.ballots_view.setTabKeyNavigation(False)
        self.ballots_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.ballots_view.verticalHeader().hide()
        header = self.ballots_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rest_for = named(QPushButton(self.tr("The rest vote for")), "restFor")
        self.rest_for.clicked.connect(self._rest_for)
        self.ballots_hint = QLabel()
        layout = QVBoxLayout(self.ballots_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.ballots_hint, 1)
        row.addWidget(self.rest_for)
        layout.addLayout(row)
        layout.addWidget(self.ballots_view)
        show_built(self.ballots_panel)
        self._ballots_built = True
        self.grew.emit()

    def _outcome_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.outcome)
        row.addWidget(self.basis, 1)
        return row

    def decision(self) -> Decision:
        return meeting_doc.decision(self.keeper.doc, self.key)

    def refresh(self, number: int, effect_status: list[tuple[str, bool]] | None = None) -> None:
        """Show the saved decision; `effect_status`: whether each effect took hold."""
        decision = self.decision()
        self.heading.setText(self.tr("Decision %1").replace("%1", str(number)))
        result = decision.result or NO_RESULT
        self.number.setText(result.number or "")
        self.text.set_text(decision.text)
        self.kind.set_key(decision.kind)
        vote = decision.vote
        method = vote.method if vote else None
        self.method.set_key(method)
        self._show_tallies(method, result)
        self._show_ballots(vote)
        self._show_outcome(result)
        with_effects = bool(decision.effects) or decision.kind in KIND_EFFECT
        if with_effects or self._effects is not None:
            self.effects.setVisible(with_effects)
            self.effects.refresh(decision, effect_status)
        self.rule.show_rule(decision.rule, self.keeper.read_only)
        editors = [self.remove_button, self.text, self.kind, self.method, *self.tallies]
        if self._ballots_built:
            editors.append(self.rest_for)
        lock(editors, self.keeper.read_only)

    def _show_tallies(self, method: VoteMethod | None, result: Result) -> None:
        shown = method in TALLY_METHODS
        counts = (result.for_, result.against, result.abstain)
        for box, label, count in zip(self.tallies, self.tally_labels, counts, strict=True):
            box.setVisible(shown)
            label.setVisible(shown)
            set_quietly(box, "setValue", count or 0)

    def _show_ballots(self, vote: Vote | None) -> None:
        roll_call = vote is not None and vote.method is VoteMethod.ROLL_CALL
        self.ballots_panel.setVisible(roll_call)
        if vote is None or not roll_call:
            return
        if not self._ballots_built:
            self._build_ballots()
        voters = [(p, self.directory.person(p)) for p in meeting_doc.voting_people(self.keeper.doc)]
        self.ballots.set_state(voters, vote.ballots, self.keeper.read_only)
        missing = self.ballots.missing()
        hint = self.tr("Every person voting has a ballot.")
        if missing:
            hint = self.tr("%1 of %2 have not voted yet.").replace("%1", str(missing))
            hint = hint.replace("%2", str(len(voters)))
        self.ballots_hint.setText(hint)
        rows = min(len(voters), MAX_BALLOT_ROWS)
        height = self.ballots_view.horizontalHeader().sizeHint().height()
        height += rows * self.ballots_view.verticalHeader().defaultSectionSize() + 4
        self.ballots_view.setFixedHeight(height)

    def _show_outcome(self, result: Result) -> None:
        self.outcome.setText(labels.outcome(result.outcome))
        colour = OUTCOME_COLOURS.get(result.outcome, "#616161")
        self.outcome.setStyleSheet(f"font-weight: bold; color: {colour};")
        self.basis.setText(result.basis)

    def _edit(self, text: str, change: Change) -> None:
        self.error.show_message(self.keeper.edit(text, change))

    def _rule_edited(self, rule: PassRule | None) -> None:
        if rule is None:
            change = partial(meeting_doc.set_rule, key=self.key, fraction=None)
        else:
            change = partial(meeting_doc.set_rule, key=self.key, fraction=rule.fraction,
                             inclusive=rule.inclusive, of=rule.of)  # fmt: skip
        self._edit(self.tr("Change the voting rule"), change)

    def _kind_picked(self, kind: str) -> None:
        change = partial(meeting_doc.update_decision, key=self.key, kind=DecisionKind(kind))
        self._edit(self.tr("Change the kind"), change)

    def _text_committed(self, text: str) -> None:
        change = partial(meeting_doc.update_decision, key=self.key, text=text.strip())
        self._edit(self.tr("Edit the decision"), change)

    def _method_picked(self, method: str | None) -> None:
        result = self.decision().result or NO_RESULT
        tallies = (result.for_ or 0, result.against or 0, result.abstain or 0)
        vote_method = VoteMethod(method) if method else None
        change = partial(meeting_doc.set_vote, key=self.key, method=vote_method, tallies=tallies)
        self._edit(self.tr("Change the vote method"), change)

    def _tallies_changed(self) -> None:
        if self.method.key() not in TALLY_METHODS:
            return
        method = VoteMethod(self.method.key())
        tallies = (self.tallies[0].value(), self.tallies[1].value(), self.tallies[2].value())
        change = partial(meeting_doc.set_vote, key=self.key, method=method, tallies=tallies)
        self._edit(self.tr("Record the vote"), change)

    def _ballot_picked(self, person: str, choice: str) -> None:
        change = partial(meeting_doc.set_ballot, key=self.key, person=person,
                         choice=Choice(choice))  # fmt: skip
        self._edit(self.tr("Record a ballot"), change)

    def _rest_for(self) -> None:
        self._edit(self.tr("Record the rest as for"), partial(_rest_for, key=self.key))

    def remove(self) -> None:
        change = partial(meeting_doc.remove_decision, key=self.key)
        self._edit(self.tr("Remove a decision"), change)

    def focus_chain(self) -> list[QWidget]:
        """Its fields in the order Tab visits them."""
        fields: list[QWidget] = [self.remove_button, self.text, self.kind, self.method]
        fields += [*self.tallies, *self.rule.focus_chain()]
        if self._ballots_built:
            fields += [self.rest_for, self.ballots_view]
        return fields + (self._effects.focus_chain() if self._effects else [])

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.selectAll()


def _rest_for(doc: Meeting, key: str) -> None:
    vote = meeting_doc.decision(doc, key).vote
    voted = {b.person for b in (vote.ballots if vote else [])}
    for person in meeting_doc.voting_people(doc):
        if person not in voted:
            meeting_doc.set_ballot(doc, key, person, Choice.FOR)
