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

from minutes_app import __version__, cli_zh
from minutes_app.commands import COMMANDS, MODULES
from minutes_app.paths import default_database, log_dir

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --version
if TYPE_CHECKING:
    from typing import NoReturn

    from minutes_app.domain.errors import UserError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, exit 2: wrong usage."""
        self.exit(2, f"{self.prog}: 用法错误：{message}（查看帮助：minutes-app --help）\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # The width given, so argparse need not import shutil to ask the terminal.
        return self.formatter_class(prog=self.prog, width=_columns() - 2)  # type: ignore[call-arg]


class _Version(argparse.Action):
    """`--version`: one line, printed without building any help text."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        sys.stdout.write(f"minutes-app {__version__}\n")
        parser.exit()


def build_parser(
    argv: Sequence[str] | None = None, *, every: bool = False
) -> argparse.ArgumentParser:
    """The parser; only the modules of commands named in `argv` are imported (all: `every`).

    Every other command gets a stand-in parser with its help, so `--help` lists them all.
    """
    cli_zh.install()
    db_help = "数据库文件或 URL（默认：用户数据文件夹中的 minutes.db）"
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH|URL", help=db_help)
    parser = _Parser(prog="minutes-app", description="协会会议纪要与督办事项管理", parents=[common])
    parser.add_argument("--version", action=_Version, nargs=0, help="显示版本号并退出")
    parser.add_argument("--demo", action="store_true", help="在一份新的演示数据库上打开窗口")
    parser.add_argument(
        "--self-test", action="store_true", help="检查本程序安装完整（临时数据库，不动用户数据）"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    named = set(sys.argv[1:] if argv is None else argv)
    wanted = set(MODULES) if every else {COMMANDS[n][0] for n in named if n in COMMANDS}
    registered: set[str] = set()
    for name, (module, help_text) in COMMANDS.items():
        if module not in wanted:
            sub.add_parser(name, parents=[common], help=help_text)
        elif module not in registered:
            importlib.import_module(f"minutes_app.commands.{module}").register(sub, common)
            registered.add(module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(os, "umask"):
        os.umask(0o077)  # the minutes are confidential: files we write are the user's only
    args = build_parser(argv).parse_args(argv)
    if args.command is not None and not hasattr(args, "handler"):
        args = build_parser(argv, every=True).parse_args(argv)  # named in an unusual way
    from minutes_app.domain.errors import UserError  # after parsing: --help stays light

    return _run(args, UserError)


def _run(args: argparse.Namespace, user_error: type[UserError]) -> int:
    given = getattr(args, "db", None)
    try:
        if args.self_test:
            return self_test()
        if args.command is None:
            from minutes_app.app import run_window

            return run_window(given, demo=args.demo)
        return int(args.handler(args, given or default_database()))
    except user_error as exc:
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


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size finds it ($COLUMNS, then the tty)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


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
