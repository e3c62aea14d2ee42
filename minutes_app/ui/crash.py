"""Unexpected exceptions: logged with their traceback, shown to the user with the log path."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from minutes_app.domain.errors import UserError
from minutes_app.ui import dialogs
from minutes_app.ui.i18n import error_text

log = logging.getLogger("minutes_app")


def install(log_path: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        window = QApplication.activeWindow()
        if isinstance(exc, UserError):  # a refused action that escaped a view
            dialogs.error(window, QCoreApplication.translate("crash", "Not saved"), error_text(exc))
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        text = QCoreApplication.translate(
            "crash",
            "Something went wrong. Your earlier entries are saved. Send this log to support:",
        )
        details = f"{text}\n{log_path}\n\n{kind.__name__}: {exc}"
        dialogs.error(window, QCoreApplication.translate("crash", "Unexpected error"), details)

    sys.excepthook = hook
