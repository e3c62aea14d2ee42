"""`minutes MEETING OUT.docx [--kind …] [--template T.docx]` and `register BODY YEAR OUT`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.commands import open_db

if TYPE_CHECKING:
    from minutes_app.domain.messages import Message


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "minutes",
        parents=[common],
        help="导出会议文稿：纪要、会议记录、签到表、议程、通知、表决票或简报（.docx 或 .pdf）",
    )
    p.add_argument(
        "meeting",
        metavar="MEETING",
        help="会议编号、完整名称或名称中唯一的一部分（如“第五届第五次理事长会议”）",
    )
    p.add_argument(
        "out", type=Path, metavar="OUT.docx|OUT.pdf", help="写出的文件：.docx（Word）或 .pdf"
    )
    p.add_argument(
        "--kind",
        choices=("jiyao", "record", "signin", "agenda", "notice", "ballot", "news"),
        default="jiyao",
        help="jiyao 纪要（默认）、record 会议记录、signin 签到表、agenda 议程、"
        "notice 会议通知、ballot 表决票、news 会议简报",
    )
    p.add_argument(
        "--draft-mark",
        choices=("征求意见稿", "送审稿"),
        default="征求意见稿",
        help="未审定的纪要标注为征求意见稿（默认）或送审稿",
    )
    p.add_argument("--template", type=Path, metavar="T.docx", help="自己的信笺模板")
    p.set_defaults(handler=run_minutes)

    p = sub.add_parser("register", parents=[common], help="导出某机构某年的决议汇编（.docx）")
    p.add_argument("body", metavar="BODY", help="会议机构的编号、名称或简称（如 理事长会议）")
    p.add_argument("year", type=int, metavar="YEAR", help="汇编的年份，如 2024")
    p.add_argument("out", type=Path, metavar="OUT.docx", help="写出的 Word 文件")
    p.add_argument("--template", type=Path, metavar="T.docx", help="自己的信笺模板")
    p.set_defaults(handler=run_register)


def _check_suffix(parser_name: str, out: Path) -> None:
    if out.suffix.lower() not in (".docx", ".pdf"):
        print(
            f"minutes-app {parser_name}: 用法错误：输出文件应以 .docx 或 .pdf 结尾", file=sys.stderr
        )
        raise SystemExit(2)


def _report(out: Path, warnings: list[Message]) -> int:
    for warning in warnings:
        print(f"注意：{warning.render()}", file=sys.stderr)
    print(f"已写入 {out}")
    return 0


def run_minutes(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.documents import export_meeting

    _check_suffix("minutes", args.out)
    db = open_db(target, create=False)
    try:
        warnings = export_meeting(
            db, args.meeting, args.kind, args.out, args.template, args.draft_mark
        )
    finally:
        db.dispose()
    return _report(args.out, warnings)


def run_register(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.documents import export_register

    _check_suffix("register", args.out)
    db = open_db(target, create=False)
    try:
        warnings = export_register(db, args.body, args.year, args.out, args.template)
    finally:
        db.dispose()
    return _report(args.out, warnings)
