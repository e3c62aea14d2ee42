"""决议汇编: choose the body and the year, then where to save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from minutes_app.services import catalog
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.menu import ExportMenu
from minutes_app.ui.widgets import named


class RegisterDialog(QDialog):
    def __init__(
        self, ctx: AppContext, exporter: ExportMenu, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exporter = exporter
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Resolutions register (决议汇编)"))
        self.body = named(QComboBox(), "registerBody")
        for body in catalog.bodies(ctx.db):
            self.body.addItem(body.name, body.key)
        self.year = named(QSpinBox(), "registerYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._ask_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Body"), self.body)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(buttons)

    def _ask_file(self) -> None:
        body_key, year = self.body.currentData(), self.year.value()
        if not body_key:
            return
        name = f"{self.body.currentText()}{year}年决议汇编.docx"
        folder = Path(self.exporter.suggested_path("", "")).parent
        dialog = QFileDialog(self, self.tr("Export"), str(folder / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("docx")
        dialog.fileSelected.connect(
            lambda path: self.exporter.export_register(body_key, year, Path(path))
        )
        dialog.fileSelected.connect(lambda _: self.accept())
        self.file_dialog = dialog
        dialog.open()
