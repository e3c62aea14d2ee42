"""Demo mode says so: a banner that the demo data is not kept, and 文件 → 另存为… to keep it.

The demo database is a fresh temporary copy at each start. 另存为 writes a checked backup
copy of it where the user chooses and offers to open that copy instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from minutes_app.domain.errors import UserError
from minutes_app.services import backups
from minutes_app.ui import dialogs
from minutes_app.ui.i18n import error_text
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

BANNER_STYLE = "color: #5d4037; background: #fff3e0; padding: 6px 10px; font-weight: bold;"


class DemoMode:
    """Installed on a window whose database is the throw-away demo copy."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.banner = named(
            QLabel(QCoreApplication.translate("DemoMode", "Demo data: not kept after closing")),
            "demoBanner",
        )
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setToolTip(
            QCoreApplication.translate("DemoMode", "File → Save as… keeps a copy of it")
        )
        window.central_layout.insertWidget(0, self.banner)
        self.save_as = QAction(QCoreApplication.translate("DemoMode", "Save as…"), window)
        self.save_as.setObjectName("demoSaveAs")
        self.save_as.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_as.triggered.connect(self.choose)
        window.file_menu.insertAction(window.file_menu.actions()[1], self.save_as)
        self.dialog: QFileDialog | None = None
        self.box: QMessageBox | None = None

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(
            self.window, QCoreApplication.translate("DemoMode", "Save the demo data as")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("db")
        dialog.setNameFilter(QCoreApplication.translate("DemoMode", "Database (*.db)"))
        dialog.selectFile(str(Path.home() / "minutes.db"))
        dialog.fileSelected.connect(lambda path: self.save(Path(path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save(self, target: Path) -> Path | None:
        try:
            backups.backup_now(self.window.ctx.db, target)
        except UserError as exc:
            self.box = dialogs.error(
                self.window, QCoreApplication.translate("DemoMode", "Not saved"), error_text(exc)
            )
            return None
        text = QCoreApplication.translate(
            "DemoMode", "The demo data was saved as %1. Open that copy now?"
        ).replace("%1", str(target))
        self.box = dialogs.confirm(
            self.window,
            QCoreApplication.translate("DemoMode", "Saved"),
            text,
            lambda yes: self._open(yes, target),
            QCoreApplication.translate("DemoMode", "Open it"),
        )
        return target

    def _open(self, yes: bool, target: Path) -> None:
        if yes:
            self.window.database_chosen.emit(str(target))


def install_demo_mode(window: MainWindow) -> DemoMode:
    mode = DemoMode(window)
    window.demo_mode = mode
    return mode
