"""Export of the figures on show in 统计: the 年度工作报告 annex as Word or a workbook.

What is written is what the area shows (its period and body), not a fresh year: the
secretary sees the numbers before saving them. Writing runs in the pool (ExportRunner).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from minutes_app.domain.messages import Message
from minutes_app.domain.report import Figures
from minutes_app.services.report_export import write_figures
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.runner import ExportRunner
from minutes_app.ui.export.save_dialog import ask_save_path, export_folder, file_stem
from minutes_app.ui.widgets import named

FiguresProvider = Callable[[], Figures | None]


class ReportExporter(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget, figures: FiguresProvider) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.figures = figures
        self.file_dialog: QFileDialog | None = None
        self.runner: ExportRunner | None = None
        self.button = named(QToolButton(parent), "exportReport")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.docx = self.menu.addAction("")
        self.docx.triggered.connect(lambda: self.ask(".docx"))
        self.xlsx = self.menu.addAction("")
        self.xlsx.triggered.connect(lambda: self.ask(".xlsx"))
        self.button.setMenu(self.menu)
        self.retitle()

    def retitle(self) -> None:
        self.button.setText(self.tr("Export report"))
        self.docx.setText(self.tr("Annex to the annual report, Word (.docx)…"))
        self.xlsx.setText(self.tr("Figures as Excel workbook (.xlsx)…"))

    def suggested_path(self, extension: str) -> Path:
        shown = self.figures()
        label = shown.period.label if shown else ""
        stem = file_stem(self.tr("Statistics %1").replace("%1", label))
        return export_folder(self.ctx.settings) / f"{stem}{extension}"

    def ask(self, extension: str) -> QFileDialog | None:
        if self.figures() is None:
            return None  # still computing: nothing to write yet
        self.file_dialog = ask_save_path(
            self.parent_widget, self.tr("Export report"), self.suggested_path(extension),
            self.export,
        )  # fmt: skip
        return self.file_dialog

    def export(self, out: Path) -> ExportRunner | None:
        """Write the figures shown now to `out`, off the UI thread."""
        figures = self.figures()
        if figures is None:
            return None
        self.ctx.settings.setValue("export_folder", str(out.parent))
        organisation = self.ctx.organisation

        def work(path: Path) -> list[Message]:
            write_figures(figures, organisation, path)
            return []

        self.runner = ExportRunner(self.parent_widget, work, out)
        return self.runner
