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
        raise UserError(f"不能导出为“{out.name}”：文件名应以 .docx 或 .xlsx 结尾")


def _replace(out: Path, write: Callable[[Path], object]) -> Path:
    out = out.expanduser().resolve()
    folder = out.parent
    if not folder.is_dir():
        raise UserError(f"文件夹 {folder} 不存在；请先创建它或换一个位置")
    try:
        fd, name = tempfile.mkstemp(prefix=".minutes-", suffix=out.suffix, dir=folder)
    except OSError as exc:
        raise UserError(f"无法在 {folder} 中写入文件：{exc.strerror}；请换一个位置") from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except PermissionError:
        raise UserError(f"无法覆盖 {out.name}：文件可能正被其他程序打开；请关闭后重试") from None
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{exc.strerror}；请换一个位置") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out
