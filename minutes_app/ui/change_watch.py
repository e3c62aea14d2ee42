"""A cheap look every few seconds: has another process changed our database?

When it has (another window's import, the command line, another secretary's window on
the shared server), the lists are told to reload, keeping the user's place (selection
and scroll, ui.keep_place). Not for the window's own saves on a file: those told its
views already, and reloading every list after each edit froze the window. A file
replaced under us is reopened first; a file taken away is said in the status bar (the
editor then refuses to write: ui.meetings.undo).
On a server the look is services.change_poll_pg (one tiny query while nobody writes),
made in the worker pool: a server that is gone or slow never holds the window up to
the connect timeout. One look at a time; its answer is applied here, on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow
from shiboken6 import isValid

from minutes_app.domain.changes import DatabaseChange
from minutes_app.domain.errors import UserError
from minutes_app.services import change_poll_pg, changes
from minutes_app.ui.context import AppContext
from minutes_app.ui.keep_place import kept_place
from minutes_app.ui.worker import run_job

POLL_MS = 3000
LONGEST_POLL_MS = 60_000


class ChangeWatch(QObject):
    looked = Signal(bool)  # a look at the server was answered; True: others changed tables

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.stamp = changes.database_stamp(ctx.db)
        self.server = ctx.db.path is None
        self.seen: change_poll_pg.ChangeStamp | None = None
        self.looking = False  # a look at the server is under way in the worker pool
        self.stopped = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.server:
            self._look()  # what there is now; only later writes are news
        self.timer.start()

    def poll(self) -> DatabaseChange:
        """A file: looked at here (a stat and a header field). A server: a look is
        started, unless one is under way; its answer comes later (`looked`)."""
        if self.server:
            self._look()
            return DatabaseChange.NONE
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

    def stop(self) -> None:
        """No more looks, and the answer of one under way is dropped (the window closes)."""
        self.stopped = True
        self.timer.stop()

    def _look(self) -> None:
        """Ask the server, off the UI thread, which tables changed since the last look."""
        if self.looking or self.stopped:
            return
        self.looking = True
        db, seen = self.ctx.db, self.seen
        run_job(lambda: change_poll_pg.changes_since(db, seen), self._looked, self._not_looked)

    def _looked(self, check: change_poll_pg.ChangeCheck) -> None:
        self.looking = False
        if not isValid(self) or self.stopped:  # the window closed while the server was asked
            return
        self.timer.setInterval(POLL_MS)
        self.seen = check.stamp
        if check.changed:
            self._tell()
        self.looked.emit(bool(check.changed))

    def _not_looked(self, exc: BaseException) -> None:
        self.looking = False
        if not isValid(self) or self.stopped:
            return
        if not isinstance(exc, UserError):
            raise exc
        # The server is away: a save says so (ui.reconnect). Less often while it is:
        # a dropped network holds each look for the connect timeout.
        self.timer.setInterval(min(self.timer.interval() * 2, LONGEST_POLL_MS))

    def _tell(self) -> None:
        with kept_place(self.window):
            self.ctx.meetings_changed.emit()
            self.ctx.actions_changed.emit()
            self.ctx.registry_changed.emit()
