"""Subcommands of the command line, one module each.

Each module has `register(sub, common)`: it adds its parser(s) with
`set_defaults(handler=fn)`, where `fn(args, db_target) -> int` is the exit status.
"""

from __future__ import annotations

import argparse
from pathlib import Path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --version
if TYPE_CHECKING:
    import datetime as dt

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

# Each subcommand's module and help, in the order the modules register them: `--help`
# lists them all without importing a module; only the chosen command's module loads.
# A test checks this table against what the modules register.
COMMANDS: dict[str, tuple[str, str]] = {
    "import": ("archive", "导入归档（全部成功或全部不写入）"),
    "export-archive": ("archive", "把整个数据库导出为归档"),
    "meetings": ("meetings", "列出会议：编号、名称、日期、状态"),
    "check": ("check", "检查数据库的完整性"),
    "minutes": (
        "minutes",
        "导出会议文稿：纪要、会议记录、签到表、议程、通知、表决票或简报（.docx 或 .pdf）",
    ),
    "register": ("minutes", "导出某机构某年的决议汇编（.docx）"),
    "import-units": ("units", "导入会员名单 .xlsx/.csv（全部成功或全部不写入）"),
    "units": ("units", "导出会员名单（某日各单位的会员类别）"),
    "backup": ("backup", "把数据库备份到一个文件（经完整性检查）"),
    "actions": ("actions", "导出督办事项（.xlsx、.csv、日历 .ics 或督办单 .docx）"),
    "report": ("report", "年度工作报告的会议与督办统计（Word 附件或 Excel 工作簿）"),
    "search": ("search", "在所有会议、议题、决定、督办事项和名录中查找文字"),
    "copy": ("copy", "把整个数据库复制到另一处（SQLite 文件 ↔ PostgreSQL 服务器）"),
}


def open_db(target: str | Path, *, create: bool = True) -> Database:
    # SQLAlchemy loads when a command runs, so that --version and --help stay fast.
    from minutes_app.services.database import open_database

    return open_database(target, create=create)


def date_arg(text: str) -> dt.date:
    import datetime as dt  # loaded when a date is given, not for --version

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，应写成 2024-08-11") from None
