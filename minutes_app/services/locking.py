"""Who may write a database now: one writer at a time, window or command line.

Every writer takes the database's lock (store/lock.py) before it opens the file for
writing and keeps it until it is done; a writer that finds the lock held is refused
with a line naming the holder and writes nothing. Readers take no lock. A database
on a server (a URL) has its own concurrency control and no lock file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutes_app.store.errors import DatabaseInUse
from minutes_app.store.lock import DatabaseLock, Holder, acquire, read_holder

WINDOW = "minutes-app window"
COMMAND_LINE = "minutes-app command line"

__all__ = [
    "COMMAND_LINE",
    "WINDOW",
    "DatabaseInUse",
    "DatabaseLock",
    "Holder",
    "holder",
    "lock_database",
    "writing",
]


def _path(target: str | Path) -> Path | None:
    if "://" in str(target):
        return None
    return Path(target).expanduser().resolve()


def lock_database(target: str | Path, app: str = WINDOW) -> DatabaseLock | None:
    """Take the lock for as long as the caller writes; DatabaseInUse when it is held.

    None for a server database, or when no lock file can be made beside the file.
    """
    path = _path(target)
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # opening the database then says what is wrong with the folder
    return acquire(path, app)


@contextmanager
def writing(target: str | Path, app: str = COMMAND_LINE) -> Iterator[None]:
    """The lock for one writing command: taken before anything opens, released after."""
    lock = lock_database(target, app)
    try:
        yield
    finally:
        if lock is not None:
            lock.unlock()


def holder(target: str | Path) -> Holder | None:
    """Who last took the lock of `target` (its holder, while it is held)."""
    path = _path(target)
    return read_holder(path) if path is not None else None
