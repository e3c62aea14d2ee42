"""Where automatic backups go and how many are kept (QSettings, UI preferences only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from minutes_app.paths import backup_dir
from minutes_app.services.backups import KEEP_DAILY, KEEP_WEEKLY
from minutes_app.ui.path_field import PathField
from minutes_app.ui.widgets import named

FOLDER_KEY = "backup/folder"
DAILY_KEY = "backup/keep_daily"
WEEKLY_KEY = "backup/keep_weekly"


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep_daily: int = KEEP_DAILY
    keep_weekly: int = KEEP_WEEKLY

    @classmethod
    def load(cls, prefs: QSettings) -> BackupSettings:
        folder = str(prefs.value(FOLDER_KEY, "") or "")
        return cls(
            Path(folder) if folder else backup_dir(),
            _count(prefs, DAILY_KEY, KEEP_DAILY),
            _count(prefs, WEEKLY_KEY, KEEP_WEEKLY),
        )

    def save(self, prefs: QSettings) -> None:
        prefs.setValue(FOLDER_KEY, str(self.folder))
        prefs.setValue(DAILY_KEY, self.keep_daily)
        prefs.setValue(WEEKLY_KEY, self.keep_weekly)
        prefs.sync()


def _count(prefs: QSettings, key: str, default: int) -> int:
    try:
        value = int(prefs.value(key, default, type=int))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(max(value, 0), 365)


class BackupSettingsDialog(QDialog):
    """The backup folder (shown, changeable) and how many daily and weekly backups to keep."""

    saved = Signal(object)  # BackupSettings

    def __init__(self, prefs: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(self.tr("Backup settings"))
        self.prefs = prefs
        current = BackupSettings.load(prefs)
        self.folder = named(PathField(str(current.folder)), "backupFolder")
        self.daily = self._spin(current.keep_daily, "keepDaily")
        self.weekly = self._spin(current.keep_weekly, "keepWeekly")
        self._build()

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = named(QSpinBox(), name)
        spin.setRange(0, 365)
        spin.setValue(value)
        return spin

    def _build(self) -> None:
        choose = named(QPushButton(self.tr("Choose…")), "chooseBackupFolder")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup folder:"), row)
        form.addRow(self.tr("Keep daily backups:"), self.daily)
        form.addRow(self.tr("Keep weekly backups:"), self.weekly)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self) -> None:
        chooser = QFileDialog(self, self.tr("Backup folder"), self.folder.text())
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.folder.setText)
        chooser.open()

    def settings(self) -> BackupSettings:
        text = self.folder.text().strip()
        return BackupSettings(
            Path(text).expanduser() if text else backup_dir(),
            self.daily.value(),
            self.weekly.value(),
        )

    def _save(self) -> None:
        chosen = self.settings()
        chosen.save(self.prefs)
        self.saved.emit(chosen)
        self.accept()
