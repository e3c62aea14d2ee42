"""Problems with the database file or the disk, each with a way forward for the secretary."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import UserError, ValidationError


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
        return StorageError(
            f"{action} {path} 时磁盘出错（I/O 错误）；请检查磁盘或移动硬盘是否还连着，然后重试"
        )
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


class StaleRecord(UserError):
    """Someone else saved the row first (optimistic locking); nothing was written."""


class ServerUnavailable(StorageError):
    """The database server could not be reached, or the connection broke; rolled back."""


_CHECK_SERVER = "请检查服务器是否已启动、网络是否连通，以及地址和端口是否正确"

# psycopg (libpq) messages, lower case → the reason in Chinese and what to check;
# {who} is the quoted user name, {what} the database or user the server did not find.
_PASSWORD_PLACES = "~/.pgpass、PGPASSWORD 或系统钥匙串"
_SERVER_MESSAGES: tuple[tuple[str, str], ...] = (
    ("password authentication failed", f"用户{{who}}的密码不对；请检查 {_PASSWORD_PLACES}中的密码"),
    (
        "no password supplied",
        "服务器要求密码，但没有找到密码；请把密码写入 ~/.pgpass，或设置 PGPASSWORD，"
        "或在“连接共享数据库”中保存到系统钥匙串",
    ),
    ("does not exist", "{what}不存在；请检查名称，或请服务器管理员先创建（createuser / createdb）"),
    ("connection refused", f"服务器拒绝连接（服务器没有运行，或端口不对）；{_CHECK_SERVER}"),
    ("timeout expired", f"连接超时，服务器没有回应；{_CHECK_SERVER}"),
    ("could not translate host name", "找不到这个服务器名称；请检查服务器地址是否写对"),
    ("failed to resolve host", "找不到这个服务器名称；请检查服务器地址是否写对"),
    ("no route to host", f"网络不通，到不了服务器；{_CHECK_SERVER}"),
    ("network is unreachable", f"网络不通，到不了服务器；{_CHECK_SERVER}"),
    (
        "no pg_hba.conf entry",
        "服务器不允许从这台计算机以这个用户连接（pg_hba.conf）；请联系服务器管理员",
    ),
    (
        "server does not support ssl",
        "服务器不支持加密连接（SSL）；请把 sslmode 改为 prefer 或 disable，或请管理员开启 SSL",
    ),
    ("ssl", "加密连接（SSL）建立失败；请检查 sslmode 设置和服务器证书"),
    ("too many connections", "服务器的连接数已满；请稍后重试，或请管理员调大 max_connections"),
    ("permission denied", "没有权限读写这个数据库；请服务器管理员授予权限（GRANT）"),
    ("deadlock detected", f"另一处正同时修改同样的记录，{_NOT_SAVED}；请重试"),
    ("could not serialize", f"另一处正同时修改同样的记录，{_NOT_SAVED}；请重试"),
    ("canceling statement due to", f"服务器取消了这次操作（超时），{_NOT_SAVED}；请稍后重试"),
    ("the database system is starting up", "服务器正在启动；请稍等片刻后重试"),
    ("the database system is shutting down", f"服务器正在关闭；{_CHECK_SERVER}"),
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
    lower = text.lower()
    name = _quoted(text)
    who = f"“{name}”" if name else ""
    for needle, reason in _SERVER_MESSAGES:
        if needle in lower:
            what = (
                f"数据库“{name}”"
                if 'database "' in lower
                else (f"用户“{name}”" if 'role "' in lower else "要连接的数据库或用户")
            )
            return reason.format(who=who, what=what)
    if any(needle in lower for needle in _LOST):
        return (
            f"与服务器的连接中断了，{_NOT_SAVED}（未完成的修改已撤回）；{_CHECK_SERVER}，然后重试"
        )
    first = text.strip().splitlines()[0] if text.strip() else type(text).__name__
    return f"服务器报告“{first[:200]}”；{_CHECK_SERVER}"


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
        return ValidationError(f"有一项文字太长，超出了数据库允许的长度，{_NOT_SAVED}；请删减")
    connection_trouble = bool(kinds & {"OperationalError", "InterfaceError"}) or bool(
        getattr(exc, "connection_invalidated", False)
    )
    if not connection_trouble and "InsufficientPrivilege" not in kinds:
        return None
    return ServerUnavailable(f"无法连接到数据库服务器 {server}：{server_reason(text)}")
