"""Problems with the database file or the disk, each with a way forward for the secretary."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import UserError


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
        self, message: str, *, pid: int = 0, host: str = "", since: dt.datetime | None = None
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


_NOT_SAVED = "这次修改没有保存，之前保存的数据完好"

# sqlite3 messages (lower case) → the error the secretary sees.
_SQLITE_MESSAGES: tuple[tuple[str, type[StorageError], str], ...] = (
    ("database or disk is full", DiskFull, f"磁盘空间不足，{_NOT_SAVED}；请清理磁盘空间后重试"),
    (
        "attempt to write a readonly database",
        ReadOnlyDatabase,
        f"数据库文件是只读的，{_NOT_SAVED}；请把它复制到可以写入的文件夹再打开",
    ),
    (
        "database is locked",
        DatabaseBusy,
        f"数据库正被另一个程序写入，{_NOT_SAVED}；请稍后重试",
    ),
    (
        "disk i/o error",
        StorageError,
        f"读写磁盘出错（disk I/O error），{_NOT_SAVED}；请检查磁盘或移动硬盘是否还连着，然后重试",
    ),
    (
        "database disk image is malformed",
        StorageError,
        "数据库文件已损坏（database disk image is malformed）；请关闭本程序，"
        "重新打开时选择从最近的备份恢复",
    ),
    (
        "unable to open database file",
        StorageError,
        f"无法打开数据库文件（文件或文件夹可能已被移走），{_NOT_SAVED}；请检查后重启本程序",
    ),
)


def storage_error(exc: BaseException) -> StorageError | None:
    """The user-facing error for a failed SQLite write, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    for needle, kind, message in _SQLITE_MESSAGES:
        if needle in text:
            return kind(message)
    return None


def file_error(exc: OSError, path: Path, action: str = "写入") -> UserError:
    """An OSError of a file the app writes, as one line that says what to do."""
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(f"磁盘空间不足，无法{action} {path}；请清理磁盘空间或换一个位置")
    if code == errno.EIO:
        return StorageError(f"{action} {path} 时磁盘出错（I/O 错误）；请检查磁盘或移动硬盘"
                            "是否还连着，然后重试")  # fmt: skip
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return StorageError(f"{path} 正被其他程序打开，无法{action}；请先在那个程序里关闭它再试")
    if code in (errno.EACCES, errno.EPERM):
        return StorageError(
            f"没有权限{action} {path}（文件夹不可写，或文件正被其他程序打开）；"
            "请换一个位置，或关闭占用它的程序"
        )
    if code == errno.EROFS:
        return StorageError(f"{path} 所在的磁盘是只读的，无法{action}；请换一个位置")
    if code == errno.ENOENT:
        return StorageError(f"{path} 所在的文件夹不存在，无法{action}；请先创建它或换一个位置")
    reason = exc.strerror or exc.__class__.__name__
    return StorageError(f"无法{action} {path}：{reason}；请换一个位置后重试")
