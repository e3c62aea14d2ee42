"""The Export menu of a meeting: 纪要, 会议记录, 签到表, 议程 as Word, 纪要 as PDF, 决议汇编."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.export.runner import ExportRunner
from minutes_app.ui.export.save_dialog import ask_save_path, export_folder, file_stem
from minutes_app.ui.i18n import current_language

KeyProvider = Callable[[], str | None]


class ExportMenu(QObject):
    """Builds the menu; asks where to save (non-modal), then runs the export in the pool."""

    def __init__(self, ctx: AppContext, parent: QWidget, current_key: KeyProvider,
                 current_title: Callable[[], str]) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.current_key = current_key
        self.current_title = current_title
        self.runner: ExportRunner | None = None
        self.file_dialog: QFileDialog | None = None
        self.menu = QMenu(self.tr("Export"), parent)
        self.menu.aboutToShow.connect(self._enable)
        papers = [
            ("jiyao", self.tr("Minutes (纪要), Word…"), "纪要"),
            ("record", self.tr("Record of the meeting (会议记录), Word…"), "会议记录"),
            ("signin", self.tr("Sign-in sheet (签到表), Word…"), "签到表"),
            ("agenda", self.tr("Agenda (议程), Word…"), "议程"),
            ("notice", self.tr("Meeting notice (会议通知), Word…"), "会议通知"),
            ("ballot", self.tr("Ballot for secret votes (表决票), Word…"), "表决票"),
            ("news", self.tr("Newsletter article (会议简报), Word…"), "会议简报"),
        ]
        for kind, label, suffix in papers:
            action = self.menu.addAction(label)
            action.triggered.connect(lambda _=False, k=kind, s=suffix: self.ask(k, s, ".docx"))
        self.menu.addSeparator()
        self.pdf_action: QAction = self.menu.addAction(self.tr("Minutes (纪要), PDF…"))
        self.pdf_action.triggered.connect(lambda: self.ask("jiyao", "纪要", ".pdf"))

    def _enable(self) -> None:
        has_meeting = self.current_key() is not None
        for action in self.menu.actions():
            action.setEnabled(has_meeting)
        from minutes_app.services.files import pdf_available  # python-docx: load when used

        available = pdf_available()
        if not available:
            self.pdf_action.setEnabled(False)
            self.pdf_action.setText(self.tr("Minutes (纪要), PDF — needs Word, WPS or LibreOffice"))
            reason = available.reason
            self.pdf_action.setToolTip(reason.render(current_language()) if reason else "")

    def suggested_path(self, suffix: str, extension: str) -> Path:
        name = file_stem(f"{self.current_title()}{suffix}")
        return export_folder(self.ctx.settings) / f"{name}{extension}"

    def ask(self, kind: str, suffix: str, extension: str) -> QFileDialog | None:
        key = self.current_key()
        if key is None:
            return None
        self.file_dialog = ask_save_path(
            self.parent_widget, self.tr("Export"), self.suggested_path(suffix, extension),
            lambda path: self.export(key, kind, path),
        )  # fmt: skip
        return self.file_dialog

    def export(self, key: str, kind: str, out: Path) -> ExportRunner:
        self.ctx.settings.setValue("export_folder", str(out.parent))
        from minutes_app.services import documents

        template = self.template()
        db = self.ctx.db
        mark = str(self.ctx.settings.value("draft_mark") or documents.DRAFT_MARKS[0])
        self.runner = ExportRunner(
            self.parent_widget,
            lambda path: documents.export_meeting(db, key, kind, path, template, mark), out,
        )  # fmt: skip
        return self.runner

    def export_register(self, body_key: str, year: int, out: Path) -> ExportRunner:
        from minutes_app.services import documents

        template = self.template()
        db = self.ctx.db
        self.runner = ExportRunner(
            self.parent_widget,
            lambda path: documents.export_register(db, body_key, year, path, template), out,
        )  # fmt: skip
        return self.runner

    def template(self) -> Path | None:
        value = self.ctx.settings.value("template_path")
        return Path(str(value)) if value else None


def default_year() -> int:
    return dt.date.today().year
