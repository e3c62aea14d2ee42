"""Where the app keeps its files, per platform; MINUTES_APP_HOME overrides all (tests)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "minutes-app"
DB_NAME = "minutes.db"


def data_dir() -> Path:
    """The platform's per-user application data folder (Qt's AppLocalDataLocation)."""
    override = os.environ.get("MINUTES_APP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_NAME


def default_database() -> Path:
    return data_dir() / DB_NAME


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"
