"""New or edited unit (name, 统一社会信用代码, contact …) and person (name, unit, title)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QWidget,
)

from minutes_app.domain import credit_code
from minutes_app.services import catalog, registry_edit
from minutes_app.services.registry import PersonRecord, UnitRecord
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import current_language
from minutes_app.ui.registry.form_dialog import FormDialog
from minutes_app.ui.widgets import named


class _FieldsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def line(self, name: str, label: str, value: str | None) -> QLineEdit:
        edit = named(QLineEdit(value or ""), name)
        edit.setMinimumWidth(320)
        self.form.addRow(label, edit)
        return edit

    def stored(self) -> None:
        self.ctx.registry_changed.emit()


class UnitDialog(_FieldsDialog):
    def __init__(self, ctx: AppContext, unit: UnitRecord | None, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("unitDialog")
        self.unit = unit
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("New unit"))
        self.name = self.line("name", self.tr("Name"), unit.name if unit else None)
        self.code = self.line(
            "creditCode", self.tr("Credit code"), unit.credit_code if unit else None
        )
        self.code.setMaxLength(18)
        self.code_hint = named(QLabel(), "codeHint")
        self.code_hint.setWordWrap(True)
        self.form.addRow("", self.code_hint)
        self.code.textChanged.connect(self._check_code)
        self.contact = self.line("contact", self.tr("Contact"), unit.contact if unit else None)
        self.phone = self.line("phone", self.tr("Phone"), unit.phone if unit else None)
        self.email = self.line("email", self.tr("Email"), unit.email if unit else None)
        self.address = self.line("address", self.tr("Address"), unit.address if unit else None)
        self.finish()

    def _check_code(self, text: str) -> None:
        """As the code is typed: which character is wrong, once all 18 are there."""
        code = credit_code.normalize(text)
        problem = credit_code.fault(code) if len(code) >= credit_code.LENGTH else None
        self.code_hint.setText(problem.render(current_language()) if problem else "")
        self.code_hint.setStyleSheet("color: #b00020" if problem else "")

    def store(self) -> str:
        fields = registry_edit.UnitFields(self.name.text(), self.code.text().strip() or None,
                                          self.contact.text(), self.phone.text(),
                                          self.email.text(), self.address.text())  # fmt: skip
        if self.unit is None:
            return registry_edit.add_unit(self.ctx.db, fields)
        registry_edit.update_unit(self.ctx.db, self.unit.key, fields)
        return self.unit.key


class PersonDialog(_FieldsDialog):
    def __init__(
        self, ctx: AppContext, person: PersonRecord | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("personDialog")
        self.person = person
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.name = self.line("name", self.tr("Name"), person.name if person else None)
        self.unit = named(QComboBox(), "unit")
        self.unit.addItem("—", None)
        for unit in catalog.units(ctx.db):
            self.unit.addItem(unit.name, unit.key)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.unit.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.unit.setCurrentIndex(max(0, self.unit.findData(person.unit_key if person else None)))
        self.form.addRow(self.tr("Unit"), self.unit)
        self.title = self.line("titleInUnit", self.tr("Title in unit"),
                               person.title_in_unit if person else None)  # fmt: skip
        self.phone = self.line("phone", self.tr("Phone"), person.phone if person else None)
        self.email = self.line("email", self.tr("Email"), person.email if person else None)
        self.finish()

    def store(self) -> str:
        index = self.unit.findText(self.unit.currentText())
        unit_key = self.unit.itemData(index) if index >= 0 else None
        fields = registry_edit.PersonFields(self.name.text(), unit_key, self.title.text(),
                                            self.phone.text(), self.email.text())  # fmt: skip
        if self.person is None:
            return registry_edit.add_person(self.ctx.db, fields)
        registry_edit.update_person(self.ctx.db, self.person.key, fields)
        return self.person.key
