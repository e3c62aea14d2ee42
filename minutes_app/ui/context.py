"""What every view needs: the database (through services), settings and change signals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from minutes_app.services import catalog
from minutes_app.services.database import Database


class AppContext(QObject):
    """Shared by the views; holds no session, only the Database that services open."""

    meetings_changed = Signal()
    registry_changed = Signal()
    actions_changed = Signal()

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self._org: str | None = None

    @property
    def organisation(self) -> str:
        if self._org is None:
            self._org = catalog.organisation_name(self.db)
        return self._org

    def forget_cache(self) -> None:
        self._org = None

    @property
    def database_label(self) -> str:
        path = self.db.path
        return path.name if path else self.db.label  # a server URL, never its password

    @property
    def database_path(self) -> Path | None:
        return self.db.path

    def today(self) -> dt.date:
        return dt.date.today()
