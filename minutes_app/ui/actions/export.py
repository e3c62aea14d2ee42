"""Exports of the 督办 view: the rows shown, as .xlsx, .csv, .ics or the 督办单 .docx.

Where to save is asked without blocking; the file is written in the pool (ExportRunner),
which then offers to open the file or its folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from minutes_app.domain.actions import ActionRow
from minutes_app.domain.messages import Message
from minutes_app.services.files import write_actions
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.runner import ExportRunner
from minutes_app.ui.export.save_dialog import ask_save_path, export_folder
from minutes_app.ui.widgets import named

RowsProvider = Callable[[], list[ActionRow]]
FILE_STEMS = {".xlsx": "督办事项", ".csv": "督办事项", ".ics": "督办事项日程", ".docx": "督办单"}


class FollowUpExporter(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget, rows: RowsProvider) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.rows = rows
        self.file_dialog: QFileDialog | None = None
        self.runner: ExportRunner | None = None
        self.button = named(QToolButton(parent), "exportActions")
        self.button.setText(self.tr("Export"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        for extension, text in (
            (".xlsx", self.tr("Excel workbook (.xlsx)…")),
            (".csv", self.tr("CSV for Excel (.csv)…")),
            (".ics", self.tr("Due dates as calendar (.ics)…")),
            (".docx", self.tr("Action sheet 督办单 (.docx)…")),
        ):
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _=False, e=extension: self.ask(e))
        self.button.setMenu(self.menu)

    def suggested_path(self, extension: str) -> Path:
        stem = FILE_STEMS[extension]
        return (
            export_folder(self.ctx.settings) / f"{stem}-{self.ctx.today().isoformat()}{extension}"
        )

    def ask(self, extension: str) -> QFileDialog:
        self.file_dialog = ask_save_path(
            self.parent_widget, self.tr("Export action items"), self.suggested_path(extension),
            self.export,
        )  # fmt: skip
        return self.file_dialog

    def export(self, out: Path) -> ExportRunner:
        """Write the rows shown now to `out`, off the UI thread."""
        self.ctx.settings.setValue("export_folder", str(out.parent))
        rows, as_of, organisation = self.rows(), self.ctx.today(), self.ctx.organisation
        work = partial(_write, rows=rows, as_of=as_of, organisation=organisation)
        self.runner = ExportRunner(self.parent_widget, work, out)
        return self.runner


def _write(path: Path, rows: list[ActionRow], as_of: dt.date, organisation: str) -> list[Message]:
    write_actions(path, rows, as_of, organisation)
    return []
