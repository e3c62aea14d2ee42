"""A cheap look every few seconds: has another process changed our database file?

When it has (another window's import, the command line), the lists are told to reload;
each keeps its selection by key. A file replaced under us is reopened first; a file
taken away is said in the status bar (the editor then refuses to write: ui.meetings.undo).
A server database gives no stamp: there the meetings' versions guard edits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from minutes_app.domain.changes import DatabaseChange
from minutes_app.services import changes
from minutes_app.ui.context import AppContext

POLL_MS = 3000


class ChangeWatch(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.stamp = changes.database_stamp(ctx.db)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        if ctx.db.path is not None:
            self.timer.start()

    def poll(self) -> DatabaseChange:
        found = changes.changed_since(self.ctx.db, self.stamp)
        if found is DatabaseChange.GONE:
            self.timer.stop()
            text = self.tr("The database file was moved or deleted; nothing more is saved.")
            self.window.statusBar().showMessage(text)
            return found
        if found is DatabaseChange.NONE:
            return found
        if found is DatabaseChange.REPLACED:
            self.ctx.db.dispose()  # pooled connections still read the old file
        self.stamp = changes.database_stamp(self.ctx.db)
        self.ctx.meetings_changed.emit()
        self.ctx.actions_changed.emit()
        self.ctx.registry_changed.emit()
        return found
