"""Problems with the database file or the disk, each with a way forward for the secretary."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import Message, msg


class DatabaseOpenError(UserError):
    """The file cannot be used as it is; nothing was changed in it."""


class NotADatabase(DatabaseOpenError):
    pass


class DamagedDatabase(DatabaseOpenError):
    pass


class NewerDatabase(DatabaseOpenError):
    pass


class UnreadableDatabase(DatabaseOpenError):
    """The disk failed to read the file (EIO); the file itself may be intact."""


class DatabaseInUse(DatabaseOpenError):
    """Another running window or program holds the database's lock (store/lock.py)."""

    def __init__(
        self,
        message: str | Message,
        *,
        pid: int = 0,
        host: str = "",
        since: dt.datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.pid = pid
        self.host = host
        self.since = since


class StorageError(UserError):
    """The disk refused a write; the transaction was rolled back, earlier data is intact."""


class DiskFull(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    """The database was opened read-only (or the file turned out to be read-only)."""


class DatabaseBusy(StorageError):
    pass


# sqlite3 messages (lower case) → the error the secretary sees.
_SQLITE_MESSAGES: tuple[tuple[str, type[StorageError], str], ...] = (
    ("database or disk is full", DiskFull, "sqlite.disk_full"),
    ("attempt to write a readonly database", ReadOnlyDatabase, "sqlite.read_only"),
    ("database is locked", DatabaseBusy, "sqlite.locked"),
    ("disk i/o error", StorageError, "sqlite.io"),
    ("database disk image is malformed", StorageError, "sqlite.malformed"),
    ("unable to open database file", StorageError, "sqlite.cannot_open"),
)


def storage_error(exc: BaseException) -> StorageError | None:
    """The user-facing error for a failed SQLite write, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    for needle, kind, code in _SQLITE_MESSAGES:
        if needle in text:
            return kind(msg(code))
    return None


def file_error(exc: OSError, path: Path, action: str = "写入") -> UserError:
    """An OSError of a file the app writes, as one line that says what to do."""
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(msg("file.disk_full", action=action, path=path))
    if code == errno.EIO:
        return StorageError(msg("file.io", action=action, path=path))
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return StorageError(msg("file.in_use", action=action, path=path))
    if code in (errno.EACCES, errno.EPERM):
        return StorageError(msg("file.denied", action=action, path=path))
    if code == errno.EROFS:
        return StorageError(msg("file.read_only_disk", action=action, path=path))
    if code == errno.ENOENT:
        return StorageError(msg("file.no_folder", action=action, path=path))
    reason = exc.strerror or exc.__class__.__name__
    return StorageError(msg("file.failed", action=action, path=path, reason=reason))


class StaleRecord(UserError):
    """Someone else saved the row first (optimistic locking); nothing was written."""


class ServerUnavailable(StorageError):
    """The database server could not be reached, or the connection broke; rolled back."""


# psycopg (libpq) messages, lower case → the code of the reason and what to check;
# {who} is the quoted user name, {thing} the database or user the server did not find.
_SERVER_MESSAGES: tuple[tuple[str, str], ...] = (
    ("password authentication failed", "server.password"),
    ("no password supplied", "server.no_password"),
    ("does not exist", "server.missing"),
    ("connection refused", "server.refused"),
    ("timeout expired", "server.timeout"),
    ("could not translate host name", "server.unknown_host"),
    ("failed to resolve host", "server.unknown_host"),
    ("no route to host", "server.no_route"),
    ("network is unreachable", "server.no_route"),
    ("no pg_hba.conf entry", "server.hba"),
    ("server does not support ssl", "server.no_ssl"),
    ("ssl", "server.ssl"),
    ("too many connections", "server.full"),
    ("permission denied", "server.denied"),
    ("deadlock detected", "server.conflict"),
    ("could not serialize", "server.conflict"),
    ("canceling statement due to", "server.cancelled"),
    ("the database system is starting up", "server.starting"),
    ("the database system is shutting down", "server.stopping"),
)

# Messages of a connection that broke after it was made (server stopped, network lost).
_LOST = (
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "consuming input failed",
    "sending query failed",
    "connection is lost",
    "connection to server",
    "could not receive data",
    "could not send data",
    "connection reset",
    "broken pipe",
)


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def _quoted(text: str) -> str:
    """The first "name" in the server's own words (a user or database), or "".

    libpq puts its part first ('connection to server at "HOST", port … failed: '): the
    server's message is what follows the last "failed:" or "FATAL:".
    """
    tail = text
    for marker in ("failed:", "FATAL:"):
        if marker in tail:
            tail = tail.rsplit(marker, 1)[1]
    start = tail.find('"')
    end = tail.find('"', start + 1)
    return tail[start + 1 : end] if 0 <= start < end else ""


def server_reason(text: str) -> str:
    """The reason (and what to check) for a libpq message, in Chinese."""
    return server_fault(text).render()


def server_fault(text: str) -> Message:
    """The reason (and what to check) for a libpq message, as a catalogue message."""
    lower = text.lower()
    name = _quoted(text)
    who = msg("server.who", name=name) if name else ""
    for needle, code in _SERVER_MESSAGES:
        if needle in lower:
            thing = (
                msg("server.missing_database", name=name)
                if 'database "' in lower
                else (
                    msg("server.missing_user", name=name)
                    if 'role "' in lower
                    else msg("server.missing_either")
                )
            )
            return msg(code, who=who, thing=thing)
    if any(needle in lower for needle in _LOST):
        return msg("server.lost")
    first = text.strip().splitlines()[0] if text.strip() else type(text).__name__
    return msg("server.other", first=first[:200])


def server_error(exc: BaseException, server: str) -> UserError | None:
    """The user-facing error for a failed connection or query on a PostgreSQL server.

    Only connection problems and refused permissions are mapped; any other database
    error (a constraint the app should have checked) is a bug and is left to propagate.
    """
    orig = getattr(exc, "orig", None) or exc
    if not _is_psycopg(orig):
        return None
    kinds = {cls.__name__ for cls in type(orig).__mro__}
    text = str(orig)
    if "StringDataRightTruncation" in kinds:  # SQLite would have kept it: a rule is missing
        return ValidationError(msg("server.too_long"))
    connection_trouble = bool(kinds & {"OperationalError", "InterfaceError"}) or bool(
        getattr(exc, "connection_invalidated", False)
    )
    if not connection_trouble and "InsufficientPrivilege" not in kinds:
        return None
    return ServerUnavailable(msg("server.unavailable", server=server, reason=server_fault(text)))
