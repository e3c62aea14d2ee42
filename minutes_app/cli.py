"""The command line: the composition root for automation, tests and support.

Exit status: 0 done; 2 wrong usage; 1 any other failure, with one line on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from minutes_app import __version__
from minutes_app.domain.errors import UserError
from minutes_app.paths import default_database, log_dir
from minutes_app.store.database import Database, open_database

log = logging.getLogger("minutes_app")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, exit 2: wrong usage."""
        self.exit(2, f"{self.prog}: 用法错误：{message}（查看帮助：minutes-app --help）\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，应写成 2024-08-11") from None


def build_parser() -> argparse.ArgumentParser:
    db_help = "数据库文件或 URL（默认：用户数据文件夹中的 minutes.db）"
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH|URL", help=db_help)
    parser = _Parser(prog="minutes-app", description="协会会议纪要与督办事项管理", parents=[common])
    parser.add_argument("--version", action="version", version=f"minutes-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="在一份新的演示数据库上打开窗口")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", parents=[common], help="导入归档（全部成功或全部不写入）")
    p.add_argument("archive", type=Path, metavar="ARCHIVE.json")
    p.add_argument("--replace", action="store_true", help="整体替换现有数据（先自动备份）")
    p.add_argument("--lenient", action="store_true", help="忽略不认识的字段")

    p = sub.add_parser("export-archive", parents=[common], help="把整个数据库导出为归档")
    p.add_argument("out", type=Path, metavar="OUT.json")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="计算逾期的日期（默认今天）")

    sub.add_parser("check", parents=[common], help="检查数据库的完整性")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_target = getattr(args, "db", None) or default_database()
    command: Callable[[argparse.Namespace, str | Path], int] | None = COMMANDS.get(args.command)
    try:
        if command is None:
            from minutes_app.app import run_window

            return run_window(db_target if hasattr(args, "db") else None, demo=args.demo)
        return command(args, db_target)
    except UserError as exc:
        print(f"minutes-app: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("minutes-app: 已中断", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        where = _log_exception(exc)
        print(f"minutes-app: 意外错误：{exc.__class__.__name__}: {exc}；详情见 {where}",
              file=sys.stderr)  # fmt: skip
        return 1


def _log_exception(exc: BaseException) -> Path:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "minutes-app.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        log.addHandler(handler)
        log.error("unexpected error", exc_info=exc)
        log.removeHandler(handler)
        handler.close()
        return path
    except OSError:
        return Path("(无法写入日志)")


def _open(target: str | Path, *, create: bool = True) -> Database:

    return open_database(target, create=create)


def cmd_import(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.io.archive.load import load_archive, read_archive_file
    from minutes_app.services.archive import import_archive

    # Check the whole archive before the database file is even created.
    load_archive(read_archive_file(args.archive), lenient=args.lenient)
    db = _open(target)
    try:
        summary = import_archive(db, args.archive, replace=args.replace, lenient=args.lenient)
    finally:
        db.dispose()
    print(f"已导入：{summary.meetings}次会议，{summary.decisions}项决定，"
          f"{summary.actions}项督办事项，{summary.units}家单位，{summary.people}人")  # fmt: skip
    if summary.backup:
        print(f"原数据库已备份到 {summary.backup}")
    return 0


def cmd_export_archive(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.archive import export_archive

    db = _open(target, create=False)
    try:
        count = export_archive(db, args.out, as_of=args.as_of)
    finally:
        db.dispose()
    print(f"已导出 {count} 次会议到 {args.out}")
    return 0


def cmd_check(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.integrity import check_database

    db = _open(target, create=False)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    if report.ok:
        print(f"数据库完好：{report.summary()}")
        return 0
    for problem in report.problems[:-1]:
        print(problem)
    raise UserError(f"数据库有问题：{report.problems[-1]}；请从备份恢复或联系技术支持")


COMMANDS: dict[str | None, Callable[[argparse.Namespace, str | Path], int]] = {
    "import": cmd_import,
    "export-archive": cmd_export_archive,
    "check": cmd_check,
}
