"""The 年度工作报告 annex written to .docx or .xlsx, and the charts the window embeds.

The file is written beside the target and renamed into place, so a failed export never
leaves half a file and never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.report import Figures
from minutes_app.domain.report_text import Labels
from minutes_app.io.report.charts import CHARTS, chart
from minutes_app.io.report.docx import write_report_docx
from minutes_app.io.report.xlsx import write_report_xlsx
from minutes_app.services import catalog, report
from minutes_app.store.database import Database

EXTENSIONS = (".docx", ".xlsx")

__all__ = ["CHARTS", "EXTENSIONS", "Written", "report_chart", "write_figures", "write_report"]


@dataclass(frozen=True)
class Written:
    path: Path
    figures: Figures


def report_chart(name: str, figures: Figures, labels: Labels, width: float = 6.1) -> Figure:
    """One chart of the figures (the window embeds it with FigureCanvasQTAgg)."""
    return chart(name, figures, labels, width)


def write_report(
    db: Database, year: int, out: Path, body: str | None = None, as_of: dt.date | None = None
) -> Written:
    """The annex of `year` (one body or all) written to `out` (.docx or .xlsx)."""
    _check_suffix(out)
    found = report.find_body(db, body) if body else None
    figures = report.year_figures(db, year, found, as_of)
    return Written(write_figures(figures, catalog.organisation_name(db), out), figures)


def write_figures(figures: Figures, organisation: str, out: Path) -> Path:
    _check_suffix(out)
    if out.suffix.lower() == ".docx":
        return _replace(out, lambda path: write_report_docx(figures, organisation, path))
    return _replace(out, lambda path: write_report_xlsx(figures, organisation, path))


def _check_suffix(out: Path) -> None:
    if out.suffix.lower() not in EXTENSIONS:
        raise UserError(msg("report.bad_kind", name=out.name))


def _replace(out: Path, write: Callable[[Path], object]) -> Path:
    out = out.expanduser().resolve()
    folder = out.parent
    if not folder.is_dir():
        raise UserError(msg("folder.missing", folder=folder))
    try:
        fd, name = tempfile.mkstemp(prefix=".minutes-", suffix=out.suffix, dir=folder)
    except OSError as exc:
        raise UserError(msg("out.folder_refused", folder=folder, reason=exc.strerror)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except PermissionError:
        raise UserError(msg("report.in_use", name=out.name)) from None
    except OSError as exc:
        raise UserError(msg("out.cannot_write", path=out, reason=exc.strerror)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out
