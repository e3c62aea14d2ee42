"""A cheap look every few seconds: has another process changed our database?

When it has (another window's import, the command line, another secretary's window on
the shared server), the lists are told to reload, keeping the user's place (selection
and scroll, ui.keep_place). Not for the window's own saves: those told its views
already, and reloading every list after each edit froze the window. A file replaced
under us is reopened first; a file taken away is said in the status bar (the editor
then refuses to write: ui.meetings.undo).
On a server the look is services.change_poll_pg: one tiny query while nobody writes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from minutes_app.domain.changes import DatabaseChange
from minutes_app.domain.errors import UserError
from minutes_app.services import change_poll_pg, changes
from minutes_app.ui.context import AppContext
from minutes_app.ui.keep_place import kept_place

POLL_MS = 3000
LONGEST_POLL_MS = 60_000


class ChangeWatch(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.stamp = changes.database_stamp(ctx.db)
        self.server = ctx.db.path is None
        self.seen: change_poll_pg.ChangeStamp | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.server:
            self._look()  # what there is now; only later writes are news
        self.timer.start()

    def poll(self) -> DatabaseChange:
        if self.server:
            return DatabaseChange.CHANGED if self._look() else DatabaseChange.NONE
        # The window's own saves told its views already (ctx signals): only others' count.
        found, now = changes.changed_by_others_since(self.ctx.db, self.stamp)
        if found is DatabaseChange.GONE:
            self.timer.stop()
            text = self.tr("The database file was moved or deleted; nothing more is saved.")
            self.window.statusBar().showMessage(text)
            return found
        if found is DatabaseChange.NONE:
            self.stamp = now
            return found
        if found is DatabaseChange.REPLACED:
            self.ctx.db.dispose()  # pooled connections still read the old file
        self.stamp = changes.database_stamp(self.ctx.db)
        self._tell()
        return found

    def _look(self) -> bool:
        """Whether tables changed on the server since the last look."""
        try:
            check = change_poll_pg.changes_since(self.ctx.db, self.seen)
        except UserError:  # the server is away: a save says so (ui.reconnect)
            # Less often while it is: a dropped network blocks each look for the timeout.
            self.timer.setInterval(min(self.timer.interval() * 2, LONGEST_POLL_MS))
            return False
        self.timer.setInterval(POLL_MS)
        self.seen = check.stamp
        if not check.changed:
            return False
        self._tell()
        return True

    def _tell(self) -> None:
        with kept_place(self.window):
            self.ctx.meetings_changed.emit()
            self.ctx.actions_changed.emit()
            self.ctx.registry_changed.emit()
