"""One lock for every writer of a database file: the window and the command line.

The lock is the operating system's advisory lock on `<db>.lock` (flock on POSIX,
msvcrt.locking on Windows), held for as long as the writer runs. The OS drops it when
the process ends, however it ends, so a lock of a killed process never blocks (a pid
file would). The file holds who took it (pid, host, app, start time) as JSON, so a
refusal can say who holds it. The holder removes the file when it lets go; a taker
checks that the file it locked is still the one at the path (not one just removed),
so two writers never both hold it. A file left by a killed process means nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.messages import Message, msg
from minutes_app.store.errors import DatabaseInUse

# msvcrt locks a byte range: one byte far past the JSON, so readers can still read it.
_WINDOWS_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    app: str
    since: dt.datetime | None

    def who(self) -> Message:
        """Who holds the lock, for the message that the database is in use."""
        if self.pid:
            return msg("lock.holder", host=self.host, pid=self.pid)
        return msg("lock.holder_unknown")

    def when(self) -> Message | str:
        return msg("lock.since", time=f"{self.since:%H:%M}") if self.since else ""

    def describe(self) -> str:
        when = f"，自 {self.since:%H:%M} 起" if self.since else ""
        who = f"主机 {self.host}，进程 {self.pid}" if self.pid else "未知的进程"
        return f"{who}{when}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """A held lock; `unlock()` (or the process ending) lets the next writer in."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def unlock(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.unlink(self.path)  # while still held: the next taker makes a new one
        except OSError:
            with contextlib.suppress(OSError):  # Windows keeps an open file: no stale name
                os.ftruncate(fd, 0)
        _release(fd)
        os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.unlock()


def acquire(db_path: Path, app: str) -> DatabaseLock | None:
    """Take the lock of `db_path` or raise DatabaseInUse naming the holder.

    None when no lock file can be made (a read-only folder): nothing can write there
    anyway, and the write itself then says why.
    """
    path = lock_path(db_path)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            break
        if _same_file(fd, path):
            _write_holder(fd, app)
            return DatabaseLock(path, fd)
        _release(fd)  # locked a file its holder had just removed: take the new one
        os.close(fd)
    holder = read_holder(db_path)
    raise DatabaseInUse(
        msg("db.in_use", who=holder.who(), when=holder.when()),
        pid=holder.pid,
        host=holder.host,
        since=holder.since,
    )


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def read_holder(db_path: Path) -> Holder:
    """Who wrote the lock file last (the holder, when it is locked)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8") or "{}")
        since = data.get("since")
        return Holder(
            int(data.get("pid", 0)),
            str(data.get("host", "")),
            str(data.get("app", "")),
            dt.datetime.fromisoformat(since) if since else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder(0, "", "", None)


def is_locked(db_path: Path) -> bool:
    """Whether another writer holds the lock now (for tests and the window's banner)."""
    try:
        lock = acquire(db_path, "probe")
    except DatabaseInUse:
        return True
    if lock is not None:
        lock.unlock()
    return False


def _write_holder(fd: int, app: str) -> None:
    record = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "app": app,
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }
    data = json.dumps(record, ensure_ascii=False).encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
    except OSError:
        pass  # the lock holds without its label


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # a file system without flock (some network shares): no lock
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
