"""The meeting being edited, its saves, and their undo.

Every edit copies the meeting, changes the copy and saves it whole; a saved edit becomes
an undo command holding the meeting before and after. Undo saves the earlier form. An
edit the database server did not take (it went away) stays on screen, unsaved, until
`save_unsaved` gets it through (ui/reconnect.py tries once the server answers again).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain.changes import DatabaseChange
from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.records import Figures, Meeting
from minutes_app.services import changes, meeting_store
from minutes_app.services.database import Database, ServerUnavailable
from minutes_app.services.meeting_store import CommitteeStep, ConcurrentEdit
from minutes_app.services.registry_committees import CreatedCommittee
from minutes_app.ui.i18n import error_text
from minutes_app.ui.meetings.removal import removed_records

Change = Callable[[Meeting], object]
Made = Sequence[CreatedCommittee]
CONFLICT = "meeting.changed_by_others"  # 这条记录已被他人修改，已重新载入


class OutsideChange(UserError):
    """Another process changed the database (or took it away) since we last looked."""


class MeetingKeeper(QObject):
    """Holds the saved meeting; widgets change it only through `edit`."""

    changed = Signal()  # `doc` was replaced (or an edit was refused): show it again
    saved = Signal()  # an edit was saved
    failed = Signal(str)  # an undo or redo could not be saved
    reloaded = Signal(bool)  # changed elsewhere and loaded again; True: undo history cleared
    removed = Signal(list)  # an edit deleted these records (phrases naming them)
    committees_changed = Signal()  # an undo or redo removed or put back a committee
    unsaved = Signal(str)  # the server did not take an edit: kept here, not saved (why)

    def __init__(self, db: Database, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.key = key
        self.doc: Meeting = meeting_store.get_meeting(db, key)
        self.stamp = changes.database_stamp(db)
        self.stack = QUndoStack(self)
        self._busy = False
        # unsaved: (undo text, saved form, committees made for it)
        self.pending: tuple[str, Meeting, Made] | None = None

    @property
    def read_only(self) -> bool:
        return self.doc.status is MeetingStatus.APPROVED

    @property
    def version(self) -> int:
        return self.doc.version

    def edit(self, text: str, change: Change, made: Made = ()) -> str | None:
        """Apply `change` to a copy and save it; the error message when refused.

        `made`: committees created for this edit (新建委员会…); its undo removes them
        when nothing else points at them, its redo puts them back.
        """
        before = self.doc
        after = copy.deepcopy(before)
        try:
            self._busy = True
            change(after)
            if after == before:
                return None
            self._check_outside()
            self.doc = meeting_store.save_meeting(self.db, after)
            self.stamp = changes.database_stamp(self.db)
        except ServerUnavailable as exc:
            self._keep_unsaved(text, before, after, exc, made)
            return None
        except UserError as exc:
            self._refused(exc)
            return error_text(exc)
        finally:
            self._busy = False
        gone = removed_records(before, self.doc)
        if self.pending is not None:  # one step back to the saved form
            text, before, kept = self.pending
            made = (*kept, *made)
        self.pending = None
        self.stack.push(SaveCommand(self, before, self.doc, text, made))
        self._announce()
        if gone:
            self.removed.emit(gone)
        return None

    def restore(self, form: Meeting, committees: CommitteeStep | None = None) -> None:
        """Save an earlier (undo) or later (redo) form of the meeting."""
        data = copy.deepcopy(form)
        figures = data.figures or Figures(title=data.display_title)
        data.figures = dataclasses.replace(figures, version=self.version)
        try:
            self._busy = True
            self._check_outside()
            self.doc = meeting_store.save_meeting(self.db, data, committees)
            self.stamp = changes.database_stamp(self.db)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            QTimer.singleShot(0, self.stack, self.stack.clear)  # its steps no longer fit
            if isinstance(exc, ServerUnavailable):
                self.changed.emit()  # nothing to reload from; the form shown stays
            else:
                self.reload()
            return
        finally:
            self._busy = False
        if committees is not None:
            self.committees_changed.emit()
        self._announce()

    def approve(self, when: dt.datetime | None = None) -> str | None:
        try:
            self._check_outside()
            self.doc = meeting_store.approve_meeting(self.db, self.key, when)
            self.stamp = changes.database_stamp(self.db)
        except UserError as exc:
            self._refused(exc)
            return error_text(exc)
        self.stack.clear()
        self._announce()
        return None

    def reload(self) -> None:
        self.doc = meeting_store.get_meeting(self.db, self.key)
        self.changed.emit()

    def follow_up_changed(self) -> None:
        """督办 changed action items: take the stored meeting when it is newer than ours.

        Follow-up (notes, status, deadline) bumps the meeting's version, so the next edit
        here would be refused as concurrent. Loading it first avoids that; the undo steps
        hold the older form (undoing one would drop the follow-up), so they are cleared.
        """
        if self._busy:  # after the save under way
            QTimer.singleShot(0, self, self.follow_up_changed)
            return
        if self.pending is not None:  # our unsaved edit first; its save says if it conflicts
            return
        try:
            stored = meeting_store.get_meeting(self.db, self.key)
        except UserError:  # deleted meanwhile: the next edit says so
            return
        if stored.version == self.version:
            return
        self.doc = stored
        cleared = self.stack.count() > 0
        if cleared:
            self.stack.clear()
        self.changed.emit()
        self.reloaded.emit(cleared)

    def _check_outside(self) -> None:
        """Before a write: has another process changed the database since we looked?

        CHANGED or REPLACED (the file was swapped, e.g. `import --replace`): reopen and,
        when this meeting itself changed, refuse the write so our stale copy is not
        saved over theirs (a newer version is refused by the save itself, with its
        reason; the same version with other content only this check can see). GONE:
        refuse every write.
        """
        found = changes.changed_since(self.db, self.stamp)
        if found is DatabaseChange.NONE:
            return
        if found is DatabaseChange.GONE:
            raise OutsideChange(msg("database.gone"))
        if found is DatabaseChange.REPLACED:
            self.db.dispose()  # pooled connections still read the old file
        stored = meeting_store.get_meeting(self.db, self.key)
        self.stamp = changes.database_stamp(self.db)
        if stored.version != self.version:
            return  # the save's own version guard refuses it, saying why (approved, edited)
        if stored != self.doc:  # same version, other content: a file put in its place
            raise OutsideChange(msg("meeting.changed_by_others"))

    def _keep_unsaved(
        self, text: str, before: Meeting, after: Meeting, exc: UserError, made: Made = ()
    ) -> None:
        """The server went away: keep what the user did on screen, remember the saved form."""
        if self.pending is None:
            self.pending = (text, before, tuple(made))
        else:
            first, saved, kept = self.pending
            self.pending = (first, saved, (*kept, *made))
        self.doc = after
        self.changed.emit()
        self.unsaved.emit(error_text(exc))

    def save_unsaved(self) -> bool | None:
        """Save the kept edit once more: True saved, None the server is still away.

        False refused (the meeting was changed meanwhile, or approved): the stored meeting
        is loaded and `failed` says so, as for any edit that came too late.
        """
        if self.pending is None:
            return True
        text, before, made = self.pending
        try:
            self._busy = True
            saved = meeting_store.save_meeting(self.db, copy.deepcopy(self.doc))
        except ServerUnavailable:
            return None
        except UserError as exc:
            self.pending = None
            self.failed.emit(error_text(exc if exc.path else OutsideChange(msg(CONFLICT))))
            self._refused(OutsideChange(msg(CONFLICT)))  # reload: the kept form is stale
            return False
        finally:
            self._busy = False
        self.pending = None
        self.doc = saved
        self.stack.push(SaveCommand(self, before, saved, text, made))
        self._announce()
        return True

    def _refused(self, exc: UserError) -> None:
        """Show the saved values again; reload them unless the edit itself was wrong."""
        if isinstance(exc, ServerUnavailable):
            self.changed.emit()
            return
        if isinstance(exc, OutsideChange) and exc.code == "database.gone":
            self.changed.emit()
            return
        if isinstance(exc, ConcurrentEdit | OutsideChange) or exc.path is None:
            self.pending = None  # an unsaved edit on the old form is dropped with it
            self.doc = meeting_store.get_meeting(self.db, self.key)
            if isinstance(exc, OutsideChange) and self.stack.count():
                self.stack.clear()  # its steps hold the form we no longer have
        self.changed.emit()

    def _announce(self) -> None:
        self.saved.emit()
        self.changed.emit()


class SaveCommand(QUndoCommand):
    """One saved edit; its first redo is the save that already happened."""

    def __init__(self, keeper: MeetingKeeper, before: Meeting, after: Meeting, text: str,
                 made: Made = ()) -> None:  # fmt: skip
        super().__init__(text)
        self.keeper = keeper
        self.before = before
        self.after = after
        self.made = tuple(made)
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.keeper.restore(self.after, CommitteeStep(recreate=self.made) if self.made else None)

    def undo(self) -> None:
        self.keeper.restore(self.before, CommitteeStep(drop=self.made) if self.made else None)
