"""The database file's recent commits folded into it while the window is idle.

A commit leaves its pages in the write-ahead log; SQLite folds them into the file (a
checkpoint: writes and an fsync) inside whichever commit passes its threshold, which
added 35-110 ms to that save. The window does it itself instead, in the worker pool,
once no save has come for a moment (store.database.WAL_BACKSTOP_PAGES is the backstop).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from minutes_app.services import database
from minutes_app.ui.context import AppContext
from minutes_app.ui.worker import run_job

log = logging.getLogger(__name__)
TICK_MS = 1500  # a checkpoint waits for one whole tick without a commit


class IdleCheckpoint(QObject):
    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folded = ctx.db.commits  # commits already in the file
        self.seen = ctx.db.commits
        self.running = False
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        if ctx.db.is_sqlite and not ctx.db.read_only:
            self.timer.start()

    def tick(self) -> None:
        commits = self.ctx.db.commits
        quiet = commits == self.seen
        self.seen = commits
        if self.running or not quiet or commits == self.folded:
            return
        self.running = True
        db = self.ctx.db
        run_job(
            lambda: database.checkpoint(db),
            lambda _: self._done(commits),
            lambda exc: self._failed(commits, exc),
        )

    def stop(self) -> None:
        self.timer.stop()

    def _done(self, commits: int) -> None:
        self.running = False
        self.folded = commits

    def _failed(self, commits: int, exc: BaseException) -> None:
        # Tried again after the next commit (and the backstop still holds the log's size).
        self._done(commits)
        log.info("checkpoint when idle failed: %s", exc)
