"""First start: the organisation's name, its current term and its bodies' 章程 rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.services.setup import DEFAULT_BODIES, BodyRules, set_up
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.typed_entry import date_field, typed
from minutes_app.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex
BASES = ("present", "seats", "cast")


class BodyRulesModel(QAbstractTableModel):
    """Editable rules per body; 以上/过半数 as check boxes."""

    NAME, SHORT, QUORUM, QUORUM_INCL, PASS, PASS_INCL, BASE = range(7)

    def __init__(self, rules: list[BodyRules], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = [dict(r.__dict__) for r in rules]

    def headers(self) -> list[str]:
        return [
            self.tr("Body"),
            self.tr("Short name"),
            self.tr("Quorum"),
            self.tr("Quorum counts the number itself (以上)"),
            self.tr("To pass"),
            self.tr("Pass counts the number itself (以上)"),
            self.tr("Of"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    _FIELDS = (
        "name",
        "short_name",
        "quorum_fraction",
        "quorum_inclusive",
        "pass_fraction",
        "pass_inclusive",
        "pass_of",
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.QUORUM_INCL, self.PASS_INCL):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][self._FIELDS[index.column()]]
        if index.column() in (self.QUORUM_INCL, self.PASS_INCL):
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("以上 (at least)") if value else self.tr("过半数 (more than)")
            return None
        if index.column() == self.BASE and role == Qt.ItemDataRole.DisplayRole:
            return self.base_label(str(value or ""))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        return None

    def base_label(self, base: str) -> str:
        """What a majority is counted of, in words (the code stays the edited value)."""
        words = {
            "present": self.tr("of those present (present)"),
            "seats": self.tr("of all seats (seats)"),
            "cast": self.tr("of votes cast (cast)"),
        }
        return words.get(base, base)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self._FIELDS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            self.rows[index.row()][field] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if field == "pass_of" and text not in BASES:
                return False
            self.rows[index.row()][field] = text or None
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def rules(self) -> list[BodyRules]:
        return [BodyRules(**row) for row in self.rows]


class SetupDialog(QDialog):
    done_setup = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up the association"))
        self.name = named(QLineEdit(), "organisation")
        self.name.setPlaceholderText("天津市工程咨询协会")
        self.term = named(QSpinBox(), "term")
        self.term.setRange(1, 99)
        self.term.setValue(1)
        self.term_start = date_field(dt.date.today(), "termStart")
        self.model = BodyRulesModel(list(DEFAULT_BODIES), self)
        self.table = named(QTableView(), "bodyRules")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.name)
        form.addRow(self.tr("Current term"), self.term)
        form.addRow(self.tr("Term began on"), self.term_start.box(below=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The rules come from the model 章程; change them to "
                    "match your association's 章程."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _save(self) -> None:
        try:
            start: dt.date = typed(self.term_start)
        except Unreadable:  # the field says what to type; nothing is saved
            return
        try:
            set_up(self.ctx.db, self.name.text(), self.term.value(), start, self.model.rules())
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.ctx.forget_cache()
        self.ctx.meetings_changed.emit()
        self.done_setup.emit()
        self.accept()
