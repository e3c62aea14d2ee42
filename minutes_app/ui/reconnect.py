"""An edit the database server did not take: said once, kept on screen, saved when it is back.

The meeting keeper (ui.meetings.undo) keeps the edit and tells us; we say so once above
the tabs, then ask the server, less and less often, whether it
answers again. The asking is done in the worker pool, one question at a time: a server
that is gone or slow never holds the window up to the connect timeout. When it answers,
the kept edit is saved once (here, on the UI thread, as every edit is): it lands, or
(the meeting was changed meanwhile) the stored meeting is loaded and the editor says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from minutes_app.domain.errors import UserError
from minutes_app.services.database import server_answers
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.worker import run_job

FIRST_TRY_MS = 1000
LAST_TRY_MS = 30_000  # the backoff stops growing here


class SaveRetry(QObject):
    told = Signal(str)  # what the user was told, once per outage

    def __init__(self, keeper: MeetingKeeper, notice: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.notice = notice
        self.delay = FIRST_TRY_MS
        self.telling = False  # an outage was told and not yet over
        self.asking = False  # a question to the server is under way in the worker pool
        self.stopped = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.try_again)
        keeper.unsaved.connect(self._unsaved)

    def _unsaved(self, reason: str) -> None:
        if not self.timer.isActive():
            self.timer.start(self.delay)
        if self.telling:
            return
        self.telling = True
        text = self.tr("{reason}. Your change is kept here and will be saved as soon as the "
                       "server answers again.").format(reason=reason)  # fmt: skip
        self.notice.setText(text)
        self.notice.show()
        self.told.emit(text)

    def stop(self) -> None:
        """No more questions; the answer of one under way is dropped (the editor closes)."""
        self.stopped = True
        self.timer.stop()

    def try_again(self) -> None:
        """Ask the server (off the UI thread); when it answers, save the kept edit once."""
        if self.keeper.pending is None:
            self._over()
            return
        if self.asking or self.stopped:
            return
        self.asking = True
        db = self.keeper.db
        run_job(lambda: server_answers(db), self._answered, self._not_answered)

    def _answered(self, answers: bool) -> None:
        self.asking = False
        if not isValid(self) or self.stopped:  # the editor closed while the server was asked
            return
        if self.keeper.pending is None:
            self._over()
            return
        saved = self.keeper.save_unsaved() if answers else None
        if saved is None:
            self.delay = min(self.delay * 2, LAST_TRY_MS)
            self.timer.start(self.delay)
            return
        self._over()
        self.notice.hide()
        if saved:  # said where the outage was said; the next save hides it
            self.notice.setText(self.tr("Connected to the server again; your change was saved."))
            self.notice.show()

    def _not_answered(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError) and isValid(self) and not self.stopped:
            self.asking = False
            raise exc
        self._answered(False)

    def _over(self) -> None:
        self.timer.stop()
        self.delay = FIRST_TRY_MS
        self.telling = False
