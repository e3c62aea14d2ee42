"""What the 委员会 tab's buttons do: open the small dialogs, delete an unused committee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from minutes_app.domain.errors import UserError
from minutes_app.services import registry_committees
from minutes_app.services.registry_bodies import CommitteeRecord
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.registry.committee_dialogs import (
    CommitteeDialog,
    EndMemberDialog,
    MemberDialog,
)
from minutes_app.ui.registry.table import source_text


class CommitteeEdits(QObject):
    saved = Signal(str)  # the committee's key, after the registry reloaded

    def __init__(self, ctx: AppContext, parent: QWidget, day: Callable[[], dt.date]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.day = day

    def _opened(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(self._stored)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _stored(self, key: str) -> None:
        self.ctx.registry_changed.emit()
        self.saved.emit(key)

    def _needs(self, c: CommitteeRecord | None, title: str) -> bool:
        if c is None:
            dialogs.inform(self.widget, title, self.tr("Select a committee first."))
        return c is not None

    def new(self) -> QDialog:
        return self._opened(CommitteeDialog(self.ctx.db, None, self.widget))

    def rename(self, c: CommitteeRecord | None) -> QDialog | None:
        if not self._needs(c, self.tr("Rename committee")):
            return None
        return self._opened(CommitteeDialog(self.ctx.db, c, self.widget))

    def add_member(self, c: CommitteeRecord | None) -> QDialog | None:
        if c is None or not self._needs(c, self.tr("Add member")):
            return None
        return self._opened(MemberDialog(self.ctx.db, c, self.day(), self.widget))

    def end_member(self, c: CommitteeRecord | None) -> QDialog | None:
        if c is None or not self._needs(c, self.tr("End membership")):
            return None
        if not any(m.end is None for m in c.members):
            dialogs.inform(self.widget, self.tr("End membership"),
                           self.tr("No member of this committee is still in office."))  # fmt: skip
            return None
        return self._opened(EndMemberDialog(self.ctx.db, c, self.day(), self.widget))

    def delete(self, c: CommitteeRecord | None) -> None:
        """Only one created by mistake: a committee a decision set up is dissolved by one."""
        if c is None or not self._needs(c, self.tr("Delete committee")):
            return
        question = self.tr("Delete the committee “%1”? Nothing refers to it yet.")

        def answered(yes: bool) -> None:
            if not yes:
                return
            try:
                registry_committees.delete_committee(self.ctx.db, c.key)
            except UserError as exc:
                dialogs.error(self.widget, self.tr("Delete committee"), error_text(exc))
                return
            self._stored("")

        dialogs.confirm(self.widget, self.tr("Delete committee"),
                        question.replace("%1", c.name), answered)  # fmt: skip

    def describe(self, c: CommitteeRecord | None) -> str:
        """The committee's page: who set it up (and dissolved it), members over time below."""
        if c is None:
            return self.tr("Select a committee to see its members.")
        org = self.ctx.organisation
        if c.pending:
            made = self.tr("Named by a decision that has not taken effect.")
        elif c.established is None:
            made = self.tr("Set up before the records begin.")
        else:
            made = self.tr("Set up by %1.").replace("%1", source_text(c.established, org, ""))
        if c.dissolved is not None:
            gone = source_text(c.dissolved, org, "")
            made += " " + self.tr("Dissolved by %1.").replace("%1", gone)
        count = self.tr("%1 members over time.").replace("%1", str(len(c.members)))
        return f"{c.name}：{made} {count}"
