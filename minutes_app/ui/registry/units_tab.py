"""单位: member units with the roles they held on the chosen day, and their history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from minutes_app.services.registry import ROLE_ORDER, UnitRecord, history
from minutes_app.ui import dialogs, labels
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import failure_text
from minutes_app.ui.registry.files import choose_target
from minutes_app.ui.registry.models import UnitsModel, UnitsProxy
from minutes_app.ui.registry.record_tab import RecordTab, TabParts
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job


class UnitsTab(RecordTab):
    exported = Signal(object)  # the path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsTab")
        self.ctx = ctx
        self.model = UnitsModel(ctx.organisation, self)
        self.proxy = UnitsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        self.role_filter = named(QComboBox(), "roleFilter")
        self.role_filter.addItem(self.tr("Members on that day"), "")
        for role in ROLE_ORDER:
            self.role_filter.addItem(labels.unit_role(role.value), role.value)
        self.role_filter.addItem(self.tr("All units"), None)
        self.role_filter.currentIndexChanged.connect(self._filter)
        self._lay_out(
            TabParts("unitSearch", "unitsTable", "unitCount", "unitsSplit"),
            self.ctx.organisation,
            self.tr("Search name, credit code, role, decision…"),
            self.role_filter,
            [270, 170, 250, 90, 280, 70],
            (
                ("addUnit", self.tr("New unit…"), self.add_unit),
                ("editUnit", self.tr("Edit…"), self.edit_unit),
                ("changeRole", self.tr("Change role…"), self.change_role),
                ("importUnits", self.tr("Import member list…"), self.import_units),
                ("exportUnits", self.tr("Export member list…"), self.choose_export),
            ),
        )

    # -- data ---------------------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.role = self.role_filter.currentData()
        self.proxy.set_text(self.search.text())
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 units")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def selected(self) -> UnitRecord | None:
        record: UnitRecord | None = super().selected()
        return record

    def _show_history(self) -> None:
        unit = self.selected()
        self.history.show_changes(unit.name if unit else None, history(unit.roles) if unit else [])

    # -- actions ------------------------------------------------------------------------

    def add_unit(self) -> QWidget:
        from minutes_app.ui.registry.edit_dialogs import UnitDialog

        dialog = UnitDialog(self.ctx, None, self)
        dialog.saved.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, key: str) -> None:
        """A new unit holds no role yet: show every unit so it can be seen and given one."""
        self.search.clear()
        self.role_filter.setCurrentIndex(self.role_filter.findData(None))
        self.select_key(key)

    def edit_unit(self) -> QWidget | None:
        from minutes_app.ui.registry.edit_dialogs import UnitDialog

        unit = self.selected()
        if unit is None:
            dialogs.inform(self, self.tr("Edit unit"), self.tr("Select a unit first."))
            return None
        dialog = UnitDialog(self.ctx, unit, self)
        dialog.open()
        return dialog

    def change_role(self) -> QWidget | None:
        from minutes_app.ui.registry.change_dialog import ChangeDialog

        unit = self.selected()
        if unit is None:
            dialogs.inform(self, self.tr("Change role"), self.tr("Select a unit first."))
            return None
        dialog = ChangeDialog(self.ctx, unit, self.model.day, self)
        dialog.open()
        return dialog

    def import_units(self) -> QWidget:
        from minutes_app.ui.registry.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.open()
        return dialog

    def choose_export(self) -> QWidget:
        suggested = f"会员名单-{self.model.day.isoformat()}.xlsx"
        return choose_target(self, self.tr("Export member list"),
                             self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"), suggested,
                             self.export_to)  # fmt: skip

    def export_to(self, path: Path) -> None:
        from minutes_app.services.registry_import import export_members

        day, db = self.model.day, self.ctx.db
        run_job(lambda: export_members(db, path, day), lambda n: self._exported(path, n),
                self._export_failed)  # fmt: skip

    def _exported(self, path: Path, count: int) -> None:
        text = self.tr("%1 units written to %2").replace("%1", str(count))
        dialogs.inform(self, self.tr("Member list exported"), text.replace("%2", str(path)))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        dialogs.error(self, self.tr("Not exported"), failure_text(exc))
