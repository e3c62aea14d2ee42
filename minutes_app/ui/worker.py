"""Slow work off the UI thread: run a function in the pool, get the result back on the UI.

Each job opens its own sessions through the services; nothing Qt crosses threads but
the result object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def run_job(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    job = Job(work)
    job.setAutoDelete(False)
    _running.add(job)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        handler(value)

    job.signals.done.connect(lambda value: finish(on_done, value))
    job.signals.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """On quit: let running exports and backups finish writing."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
