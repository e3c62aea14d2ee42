"""Subcommands of the command line, one module each.

Each module has `register(sub, common)`: it adds its parser(s) with
`set_defaults(handler=fn)`, where `fn(args, db_target) -> int` is the exit status.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minutes_app.services.database import Database

MODULES = (
    "archive",
    "meetings",
    "check",
    "minutes",
    "units",
    "backup",
    "actions",
    "report",
    "search",
    "copy",
)


def open_db(target: str | Path, *, create: bool = True) -> Database:
    # SQLAlchemy loads when a command runs, so that --version and --help stay fast.
    from minutes_app.services.database import open_database

    return open_database(target, create=create)


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，应写成 2024-08-11") from None
