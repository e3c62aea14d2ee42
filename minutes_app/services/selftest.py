"""`minutes-app --self-test`: prove an installed copy works, without touching user data.

In a temporary folder (its name has 中文 and a space, as users' folders do): check the
program's own files, create a database and migrate it, import the demo archive, export
one 纪要 and read it back. Each step reports one Chinese line (the caller numbers them);
a failing step raises a UserError that says which step failed and why, naming a missing
file when one is.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.resources import MissingResourceError, Resource, missing_message
from minutes_app.io.resources import docx_resources, docx_text
from minutes_app.services.archive import import_archive
from minutes_app.services.catalog import list_meetings
from minutes_app.services.documents import export_meeting
from minutes_app.store.database import Database, head_revision, open_database

Report = Callable[[str], None]
STEPS = ("检查程序文件", "新建数据库", "导入演示归档", "导出纪要", "重新打开纪要")


def demo_archive() -> Path:
    return Path(str(resources.files("minutes_app") / "resources" / "demo-archive.json"))


def required_resources() -> tuple[Resource, ...]:
    """Every file the steps below read from the installation (the lookup tests replace)."""
    package = resources.files("minutes_app")
    migrations = resources.files("minutes_app.store") / "migrations"
    versions = migrations / "versions"
    found = [
        Resource("演示归档 demo-archive.json", str(demo_archive())),
        Resource("界面中文翻译 minutes_zh_CN.qm", str(package / "resources/i18n/minutes_zh_CN.qm")),
        Resource("数据库迁移环境 env.py", str(migrations / "env.py")),
        Resource("数据库迁移脚本文件夹 versions", str(versions)),
    ]
    if os.path.isdir(str(versions)):
        found += [
            Resource(f"数据库迁移脚本 {entry.name}", str(entry))
            for entry in sorted(versions.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".py") and not entry.name.startswith("__")
        ]
    return (*found, *docx_resources())


def check_resources() -> int:
    """Raise MissingResourceError for the first absent file; returns how many were found."""
    wanted = required_resources()
    for resource in wanted:
        if not os.path.exists(resource.path):
            raise MissingResourceError(resource)
    return len(wanted)


def run_self_test(report: Report, folder: Path | None = None) -> None:
    """All steps, in a fresh temporary folder (inside `folder` when given)."""
    with tempfile.TemporaryDirectory(prefix="minutes-selftest-", dir=folder) as tmp:
        work = Path(tmp) / "会议 纪要"
        work.mkdir()
        with _step(1):
            report(f"程序文件齐全：{check_resources()} 个")
        with _step(2):
            db = open_database(work / "自检 数据库.db")
        try:
            report(f"新建临时数据库并升级到最新架构 {head_revision()}")
            _import_and_export(db, work, report)
        finally:
            db.dispose()  # before the folder goes: Windows keeps open files


def _import_and_export(db: Database, work: Path, report: Report) -> None:
    with _step(3):
        summary = import_archive(db, demo_archive())
        report(
            f"导入演示归档：{summary.meetings}次会议，{summary.decisions}项决定，"
            f"{summary.actions}项督办事项"
        )
    with _step(4):
        meeting = list_meetings(db)[0]
        out = work / "纪要 自检.docx"
        export_meeting(db, meeting.key, "jiyao", out)
        report(f"导出纪要：{meeting.key} → {out.name}（{out.stat().st_size} 字节）")
    with _step(5):
        text = re.sub(r"\s+", "", docx_text(out))
        title = re.sub(r"\s+", "", meeting.title)
        if title not in text:
            raise UserError(msg("selftest.title_missing", title=meeting.title))
        report(f"重新打开纪要：标题“{meeting.title}”在文中")


@contextmanager
def _step(number: int) -> Iterator[None]:
    """Any failure becomes one UserError naming the step."""
    step = msg("selftest.step", number=number, what=STEPS[number - 1])
    try:
        yield
    except MissingResourceError as exc:
        reason = missing_message(exc.resource)
        raise UserError(msg("selftest.step_failed", step=step, reason=reason)) from None
    except UserError as exc:
        raise UserError(msg("selftest.step_failed", step=step, reason=exc.content)) from None
    except Exception as exc:
        failure = f"{exc.__class__.__name__}: {exc}"
        raise UserError(msg("selftest.step_failed", step=step, reason=failure)) from None
