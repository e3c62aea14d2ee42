"""督办 exports: .xlsx, .csv, .ics (due dates) and the 督办单 .docx, chosen by extension.

Each writer takes the rows the services return (plain ActionRow objects) and the day
overdue is judged against. A file is written next to its target and moved into place,
so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from minutes_app.domain.actions import ActionRow
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.tempnames import temp_prefix

Writer = Callable[[Path, Sequence[ActionRow], dt.date, str], int]

EXTENSIONS = (".xlsx", ".csv", ".ics", ".docx")


def writer_for(path: Path) -> Writer | None:
    """The writer for the file's extension, or None when it is not one we write."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from minutes_app.io.actions.xlsx import write_xlsx

        return write_xlsx
    if suffix == ".csv":
        from minutes_app.io.actions.csv_file import write_csv

        return write_csv
    if suffix == ".ics":
        from minutes_app.io.actions.ics import write_ics

        return write_ics
    if suffix == ".docx":
        from minutes_app.io.actions.sheet import write_sheet

        return write_sheet
    return None


def write_actions(
    path: Path, rows: Sequence[ActionRow], as_of: dt.date, organisation: str = ""
) -> int:
    """Write `rows` to `path` (format by extension); returns how many items it holds."""
    writer = writer_for(path)
    if writer is None:
        raise UserError(msg("actions_file.bad_kind", kind=path.suffix or path.name))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(msg("actions_file.no_folder", folder=folder))
    try:
        fd, temp = tempfile.mkstemp(prefix=temp_prefix("actions"), suffix=path.suffix, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        count = writer(Path(temp), rows, as_of, organisation)
        os.replace(temp, path)
    except OSError as exc:
        raise _write_error(path, exc) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return count


def _write_error(path: Path, exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    return UserError(msg("actions_file.cannot_write", path=path, reason=reason))
