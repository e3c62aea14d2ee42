"""Run an export in the pool with a busy progress dialog, then offer to open the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import Message
from minutes_app.ui import dialogs
from minutes_app.ui.i18n import current_language, error_text
from minutes_app.ui.worker import run_job


class ExportRunner(QObject):
    """One export: `finished(path, warnings)` (as shown) or `failed(message)`, then a box."""

    finished = Signal(object, list)
    failed = Signal(str)

    def __init__(self, parent: QWidget, work: Callable[[Path], list[Message]], out: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.out = out
        self.box: QMessageBox | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(QCoreApplication.translate("ExportRunner", "Exporting"))
        self.progress.setLabelText(out.name)
        self.progress.setRange(0, 0)  # busy: the writers report no steps
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        run_job(lambda: work(out), self._done, self._error)

    def _done(self, messages: list[Message]) -> None:
        warnings = [m.render(current_language()) for m in messages]  # the window's language
        self.progress.reset()
        text = QCoreApplication.translate("ExportRunner", "Saved to %1").replace(
            "%1", str(self.out)
        )
        if warnings:
            text += "\n\n" + "\n".join(warnings)
        self.box = dialogs.choose(
            self.parent_widget, QCoreApplication.translate("ExportRunner", "Exported"), text,
            [(QCoreApplication.translate("ExportRunner", "Open file"), self._open_file),
             (QCoreApplication.translate("ExportRunner", "Open folder"), self._open_folder)],
        )  # fmt: skip
        self.finished.emit(self.out, warnings)

    def _error(self, exc: BaseException) -> None:
        self.progress.reset()
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash handler logs it
        self.box = dialogs.error(
            self.parent_widget, QCoreApplication.translate("ExportRunner", "Not exported"),
            error_text(exc),
        )  # fmt: skip
        self.failed.emit(error_text(exc))

    def _open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out.parent)))
