"""Opening the database for the window, each problem with a message and a way forward.

- already open in another running window or program (the OS lock of
  services.locking): the message names the host and the process, and offers to open
  the file read-only;
- a read-only file or folder: opened read-only (the window shows a banner);
- damaged: offers the latest backup; the damaged file is kept beside it, renamed;
- not a database, or written by a newer version: says so; the file is left untouched;
- in a cloud-synced or network folder: opens, with a warning in the banner.

Every dialog is opened with open() and answered through a callback, so the flow is a
chain of small steps that tests can drive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import Message, msg
from minutes_app.services import locking
from minutes_app.services.backups import BackupInfo, latest_backup, recover_damaged
from minutes_app.services.database import (
    DamagedDatabase,
    Database,
    DatabaseInUse,
    file_error,
    location_warning,
    open_database,
    read_only_reason,
)
from minutes_app.services.locking import DatabaseLock
from minutes_app.ui import dialogs
from minutes_app.ui.i18n import error_text, said


def lock_database(path: Path) -> DatabaseLock | None:
    """One writer per database file, window or command line (services.locking); a
    second start says which process holds it. The OS drops the lock of a process that
    is gone. None when no lock file can be made there (the folder refuses it).
    """
    try:
        return locking.lock_database(path, locking.WINDOW)
    except DatabaseInUse as exc:
        pid, host = exc.pid, exc.host
        who = msg("lock.process_on", host=host, pid=pid) if pid else msg("lock.other_program")
        raise DatabaseInUse(
            msg("db.open_elsewhere", name=path.name, who=who),
            pid=pid,
            host=host,
            since=exc.since,
        ) from None


@dataclass
class Opened:
    db: Database
    lock: DatabaseLock | None = None
    notes: list[str] = field(default_factory=list)  # lines of the window's banner


class Opener(QObject):
    """Start with `start()`; ends with `opened(Opened)` or `gave_up(message)`."""

    opened = Signal(object)
    gave_up = Signal(str)  # the problem shown, or "" when the secretary said no

    def __init__(self, target: str | Path, backup_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.target = target
        self.backup_folder = backup_folder
        self.lock: DatabaseLock | None = None
        self.notes: list[str] = []
        self.box: QMessageBox | None = None  # the question or message shown now

    @property
    def path(self) -> Path | None:
        return None if "://" in str(self.target) else Path(self.target).expanduser().resolve()

    def start(self) -> None:
        path = self.path
        if path is None:
            self._open(None)
            return
        reason = read_only_reason(path)
        if reason is not None:
            self._open(reason)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # the lock file goes beside it
            self.lock = lock_database(path)
        except OSError as exc:
            self._fail(error_text(file_error(exc, path.parent, "创建文件夹")))
            return
        except DatabaseInUse as exc:
            self._offer_read_only(exc)
            return
        self._open(None)

    def _offer_read_only(self, exc: DatabaseInUse) -> None:
        reason = self.tr("already open in another window")
        if exc.pid:
            reason = self.tr("open in process %1 on %2").replace("%1", str(exc.pid))
            reason = reason.replace("%2", exc.host)
        text = error_text(exc) + "\n\n" + self.tr("You can open it read-only to look things up.")
        self.box = dialogs.confirm(None, "minutes-app", text,
                                   lambda yes: self._open(reason) if yes else self._give_up(),
                                   self.tr("Open read-only"))  # fmt: skip

    def _open(self, read_only: Message | str | None) -> None:
        try:
            db = open_database(self.target, read_only=read_only)
        except DamagedDatabase as exc:
            self._offer_backup(exc)
        except UserError as exc:
            self._fail(error_text(exc))
        else:
            self._done(db)

    def _offer_backup(self, exc: DamagedDatabase) -> None:
        path = self.path
        latest = latest_backup(path, self.backup_folder) if path else None
        if path is None or latest is None:
            self._fail(error_text(exc) + "\n\n" + self.tr("No usable backup was found."))
            return
        text = self.tr(
            "The latest backup is from %1 (%2 meetings):\n%3\n\n"
            "Restore it? The damaged file is kept beside it under a new name."
        )
        text = text.replace("%1", latest.taken.strftime("%Y-%m-%d %H:%M"))
        text = text.replace("%2", str(latest.meetings)).replace("%3", str(latest.path))
        self.box = dialogs.confirm(None, "minutes-app", error_text(exc) + "\n\n" + text,
                                   lambda yes: self._recover(path, latest) if yes
                                   else self._give_up(),
                                   self.tr("Restore the latest backup"))  # fmt: skip

    def _recover(self, path: Path, latest: BackupInfo) -> None:
        try:
            aside = recover_damaged(path, latest.path)
        except UserError as exc:
            self._fail(error_text(exc))
            return
        note = self.tr("Restored from the backup %1; the damaged file is kept as %2.")
        self.notes.append(note.replace("%1", latest.path.name).replace("%2", aside.name))
        self._open(None)

    def _fail(self, message: str) -> None:
        self._release()
        self.box = dialogs.error(None, "minutes-app", message)  # parentless: keep it alive
        self.box.finished.connect(lambda _: self.gave_up.emit(message))

    def _give_up(self) -> None:
        self._release()
        self.gave_up.emit("")

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def _done(self, db: Database) -> None:
        notes = list(self.notes)
        if db.read_only_reason is not None:
            text = self.tr("Opened read-only (%1): changes cannot be saved.")
            notes.insert(0, text.replace("%1", said(db.read_only_reason)))
        path = self.path
        warning = location_warning(path) if path is not None else None
        if warning:
            notes.append(said(warning))
        self.opened.emit(Opened(db, self.lock, notes))
