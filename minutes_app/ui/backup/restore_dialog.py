"""Restore: the backups with their date, size and number of meetings; one is copied back.

The current database is backed up first. The window's connections are closed while
the backup is copied into the file (through SQLite's backup API), then the same
database reconnects and every view reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.services.backups import BackupInfo, list_backups, restore
from minutes_app.ui import dialogs
from minutes_app.ui.backup.settings import BackupSettings
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job

DATE, SIZE, MEETINGS, FILE = range(4)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    listed = Signal()
    restored = Signal(object)  # the copy of the database as it was before the restore
    failed = Signal(str)

    def __init__(self, ctx: AppContext, settings: BackupSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        self.ctx = ctx
        self.settings = settings
        self.backups: list[BackupInfo] = []
        self.table = named(QTableWidget(0, 4), "backupTable")
        self.status = named(QLabel(), "restoreStatus")
        self.status.setWordWrap(True)
        self._build()

    def _build(self) -> None:
        folder = self.tr("Backups in %1 and beside the database:")
        intro = QLabel(folder.replace("%1", str(self.settings.folder)))
        intro.setWordWrap(True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Meetings"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button = named(QPushButton(self.tr("Restore…")), "startRestore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.status, buttons):
            layout.addWidget(widget)

    def load(self) -> None:
        path = self.ctx.db.path
        if path is None:
            self.status.setText(self.tr("Only a database file can be restored from a backup."))
            return
        self.status.setText(self.tr("Reading the backups…"))
        run_job(lambda: list_backups(path, self.settings.folder), self._show, self._failed)

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        locale = QLocale()
        for row, info in enumerate(backups):
            meetings = self.tr("unreadable") if info.meetings is None else str(info.meetings)
            cells = (info.taken.strftime("%Y-%m-%d %H:%M"), locale.formattedDataSize(info.size),
                     meetings, info.path.name)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column in (SIZE, MEETINGS):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        empty = self.tr("There are no backups yet.")
        self.status.setText("" if backups else empty)
        self.listed.emit()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        usable = info is not None and info.usable and not self.ctx.db.read_only
        self.restore_button.setEnabled(usable)

    def ask(self) -> None:
        info = self.selected()
        if info is None:
            return
        text = self.tr(
            "Replace the current database with the backup of %1 (%2 meetings)?\n"
            "The current database is backed up first, into %3."
        )
        text = text.replace("%1", info.taken.strftime("%Y-%m-%d %H:%M"))
        text = text.replace("%2", str(info.meetings)).replace("%3", str(self.settings.folder))
        dialogs.confirm(self, self.tr("Restore"), text,
                        lambda yes: self.start(info.path) if yes else None,
                        self.tr("Restore"))  # fmt: skip

    def start(self, backup: Path) -> None:
        """Close the window's connections, copy the backup in, reconnect and reload."""
        window = self.parentWidget()
        for widget in (window, self):
            if widget is not None:
                widget.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        db, folder = self.ctx.db, self.settings.folder
        run_job(lambda: restore(db, backup, folder), self._restored, self._failed)

    def _enable(self) -> None:
        for widget in (self.parentWidget(), self):
            if widget is not None:
                widget.setEnabled(True)

    def _restored(self, safety: Path) -> None:
        self._enable()
        self.ctx.forget_cache()
        for signal in (self.ctx.meetings_changed, self.ctx.registry_changed,
                       self.ctx.actions_changed):  # fmt: skip
            signal.emit()
        text = self.tr("Restored. The database as it was before is kept in %1.")
        self.status.setText(text.replace("%1", str(safety)))
        self.restored.emit(safety)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        if not isinstance(exc, UserError):
            raise exc
        self.status.setText(error_text(exc))
        self.failed.emit(error_text(exc))
