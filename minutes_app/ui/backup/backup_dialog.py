"""Back up now: a checked copy of the open database into a file the secretary chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.services.backups import BackupInfo, backup_now, default_name
from minutes_app.services.database import Database, file_error
from minutes_app.ui.backup.settings import BackupSettings
from minutes_app.ui.i18n import error_text
from minutes_app.ui.path_field import PathField
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job


class BackupDialog(QDialog):
    """Non-modal; the copy runs in a worker and the result is shown here."""

    backed_up = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, db: Database, settings: BackupSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the database"))
        self.db = db
        self.settings = settings
        db_path = db.path or Path("minutes.db")
        target = str(settings.folder / default_name(db_path))
        self.target = named(PathField(target), "backupTarget")
        self.status = named(QLabel(), "backupStatus")
        self.status.setWordWrap(True)
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("A checked copy of the whole database is written to this file:"))
        choose = named(QPushButton(self.tr("Choose…")), "chooseBackupTarget")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = named(QPushButton(self.tr("Back up now")), "startBackup")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _say(self, text: str) -> None:
        """Show the result, growing the dialog when it wraps (a long path takes two lines)."""
        self.status.setText(text)
        self.column.activate()
        need = self.column.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def _choose(self) -> None:
        chooser = QFileDialog(self, self.tr("Back up to"), self.target.text())
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("Database backups (*.db)"))
        chooser.setDefaultSuffix("db")
        chooser.fileSelected.connect(self.target.setText)
        chooser.open()

    def start(self) -> None:
        target = Path(self.target.text().strip()).expanduser()
        self.start_button.setEnabled(False)
        self._say(self.tr("Backing up…"))
        run_job(lambda: self._work(target), self._done, self._failed)

    def _work(self, target: Path) -> BackupInfo:
        if target.parent == self.settings.folder:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise file_error(exc, target.parent, "创建备份文件夹") from None
        return backup_now(self.db, target)

    def _done(self, info: BackupInfo) -> None:
        self.start_button.setEnabled(True)
        text = self.tr("Backed up to %1 (%2 meetings).")
        self._say(text.replace("%1", str(info.path)).replace("%2", str(info.meetings)))
        self.backed_up.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash handler logs it
        self._say(error_text(exc))
        self.failed.emit(error_text(exc))
