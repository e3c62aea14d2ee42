"""Undo for reassigning and extending (one item or many): one command, one transaction.

The edit is made before the command is pushed (so a refused edit never reaches the
stack); undo puts back the earlier owner, due date and status and drops the notes the
edit added; redo makes the same edit again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from minutes_app.domain.actions import Change
from minutes_app.domain.errors import UserError
from minutes_app.services import actions
from minutes_app.services.database import Database
from minutes_app.ui.i18n import error_text

Edit = Callable[[], Change]


class FollowUpCommand(QUndoCommand):
    def __init__(
        self,
        db: Database,
        text: str,
        edit: Edit,
        change: Change,
        after: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self.db = db
        self.edit = edit
        self.change = change
        self.after = after
        self.failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:  # already made before the push
            self._first = False
            return
        self._run(lambda: setattr(self, "change", self.edit()))

    def undo(self) -> None:
        self._run(lambda: actions.undo_change(self.db, self.change))

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except UserError as exc:
            self.setObsolete(True)
            self.failed(error_text(exc))
        self.after()
