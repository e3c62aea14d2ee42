"""The command line: the composition root for automation, tests and support.

Exit status: 0 done; 2 wrong usage; 1 any other failure, with one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from minutes_app import __version__, cli_zh
from minutes_app.commands import MODULES
from minutes_app.domain.errors import UserError
from minutes_app.paths import default_database, log_dir


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, exit 2: wrong usage."""
        self.exit(2, f"{self.prog}: 用法错误：{message}（查看帮助：minutes-app --help）\n")


def build_parser() -> argparse.ArgumentParser:
    cli_zh.install()
    db_help = "数据库文件或 URL（默认：用户数据文件夹中的 minutes.db）"
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH|URL", help=db_help)
    parser = _Parser(prog="minutes-app", description="协会会议纪要与督办事项管理", parents=[common])
    parser.add_argument(
        "--version", action="version", version=f"minutes-app {__version__}", help="显示版本号并退出"
    )
    parser.add_argument("--demo", action="store_true", help="在一份新的演示数据库上打开窗口")
    parser.add_argument(
        "--self-test", action="store_true", help="检查本程序安装完整（临时数据库，不动用户数据）"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in MODULES:
        importlib.import_module(f"minutes_app.commands.{name}").register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(os, "umask"):
        os.umask(0o077)  # the minutes are confidential: files we write are the user's only
    args = build_parser().parse_args(argv)
    given = getattr(args, "db", None)
    try:
        if args.self_test:
            return self_test()
        if args.command is None:
            from minutes_app.app import run_window

            return run_window(given, demo=args.demo)
        return int(args.handler(args, given or default_database()))
    except UserError as exc:
        print(f"minutes-app: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("minutes-app: 已中断", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        where = _log_exception(exc)
        name = exc.__class__.__name__
        print(f"minutes-app: 意外错误：{name}: {exc}；详情见 {where}", file=sys.stderr)
        return 1


def self_test() -> int:
    """Every step prints one numbered line; a failing step raises a UserError."""
    from minutes_app.services.selftest import STEPS, run_self_test
    from minutes_app.ui.selftest import check_qt

    total = len(STEPS) + 1
    done: list[str] = []

    def report(text: str) -> None:
        done.append(text)
        print(f"[{len(done)}/{total}] {text}", flush=True)

    run_self_test(report)
    check_qt(report, f"自检第{total}步（启动 Qt）")
    print("自检通过：本程序可以正常使用", flush=True)
    return 0


def _log_exception(exc: BaseException) -> Path:
    import logging  # only on a bug: it costs more than the rest of `--version`

    log = logging.getLogger("minutes_app")
    try:
        folder = log_dir()
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
