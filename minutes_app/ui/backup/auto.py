"""The automatic backup at the first start of each day, off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutes_app.domain.errors import UserError
from minutes_app.services.backups import daily_backup
from minutes_app.services.database import Database
from minutes_app.ui.backup.settings import BackupSettings
from minutes_app.ui.i18n import error_text
from minutes_app.ui.worker import Job, run_job

log = logging.getLogger("minutes_app")
Report = Callable[[str], None]


def start_daily_backup(db: Database, settings: BackupSettings, report: Report) -> Job | None:
    """Make today's backup when there is none yet; `report` gets one line for the user."""
    path = db.path
    if path is None or db.read_only:
        return None

    def work() -> Path | None:
        return daily_backup(path, settings.folder, keep_daily=settings.keep_daily,
                            keep_weekly=settings.keep_weekly)  # fmt: skip

    def done(made: Path | None) -> None:
        if made is not None:
            log.info("daily backup written to %s", made)
            report(_t("Backed up automatically to %1").replace("%1", str(made)))

    def failed(exc: BaseException) -> None:
        log.error("daily backup failed", exc_info=exc)
        reason = error_text(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        report(_t("Today's automatic backup failed: %1").replace("%1", reason))

    return run_job(work, done, failed)


def _t(text: str) -> str:
    return QCoreApplication.translate("DailyBackup", text)


# lupdate reads the literal strings here.
_STRINGS = (
    QT_TRANSLATE_NOOP("DailyBackup", "Backed up automatically to %1"),
    QT_TRANSLATE_NOOP("DailyBackup", "Today's automatic backup failed: %1"),
)
