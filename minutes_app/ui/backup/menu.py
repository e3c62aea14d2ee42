"""File → Back up…, Restore…, Backup settings…, and the banner, added to a main window.

`install_backup_menu(window, notes)` adds them to a built main window without the
window knowing about backups; app.py calls it once the window is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from minutes_app.ui.backup.backup_dialog import BackupDialog
from minutes_app.ui.backup.banner import DatabaseBanner
from minutes_app.ui.backup.restore_dialog import RestoreDialog
from minutes_app.ui.backup.settings import BackupSettings, BackupSettingsDialog
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import said

D = TypeVar("D", bound=QDialog)


class BackupMenu(QObject):
    """The menu actions and the dialogs they open (one of each at a time, non-modal)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("backupMenu")
        self.window = window
        self.ctx = ctx
        self.banner: DatabaseBanner | None = None
        self.backup_action = self._action(self.tr("&Back up…"), "backupAction", self.open_backup)
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), "restoreAction", self.open_restore
        )
        self.settings_action = self._action(
            self.tr("Backup &settings…"), "backupSettingsAction", self.open_settings
        )
        self.restore_action.setEnabled(not ctx.db.read_only and ctx.db.path is not None)
        self.backup_action.setEnabled(ctx.db.path is not None)
        self._insert(menu)

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _insert(self, menu: QMenu) -> None:
        """Before the separator that precedes Quit, after the other file actions."""
        separators = [a for a in menu.actions() if a.isSeparator()]
        actions = [self.backup_action, self.restore_action, self.settings_action]
        if separators:
            menu.insertActions(separators[-1], actions)
        else:
            menu.addActions(actions)
        menu.insertSeparator(self.backup_action)

    def read_only_line(self, reason: str) -> str:
        return self.tr("Opened read-only (%1): changes cannot be saved.").replace("%1", reason)

    @property
    def prefs(self) -> QSettings:
        return self.ctx.settings

    def open_backup(self) -> BackupDialog:
        dialog = BackupDialog(self.ctx.db, BackupSettings.load(self.prefs), self.window)
        return self._show(dialog)

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.ctx, BackupSettings.load(self.prefs), self.window)
        dialog.load()
        return self._show(dialog)

    def open_settings(self) -> BackupSettingsDialog:
        return self._show(BackupSettingsDialog(self.prefs, self.window))

    def _show(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_backup_menu(window: QMainWindow, notes: Sequence[str] = ()) -> BackupMenu:
    """Add the backup actions to the window's File menu, and the banner when needed.

    The window needs `ctx` (its AppContext) and `file_menu`, as MainWindow has.
    """
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    menu = BackupMenu(window, ctx, window.file_menu)  # type: ignore[attr-defined]
    lines = list(notes)
    reason = said(ctx.db.read_only_reason) if ctx.db.read_only_reason is not None else None
    if reason is not None and not any(reason in line for line in lines):
        lines.insert(0, menu.read_only_line(reason))
    if lines:
        menu.banner = DatabaseBanner(window, lines)
    return menu
