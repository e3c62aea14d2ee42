"""`report`: the figures of a year for the 年度工作报告, as a Word annex or a workbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.commands import date_arg, open_db


def year_arg(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"年份“{text}”无效，应写成 2024") from None
    if not 1900 <= year <= 2999:
        raise argparse.ArgumentTypeError(f"年份“{text}”无效，应写成 2024")
    return year


def out_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".docx", ".xlsx"):
        raise argparse.ArgumentTypeError(f"不能导出为“{path.name}”：文件名应以 .docx 或 .xlsx 结尾")
    return path


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="年度工作报告的会议与督办统计（Word 附件或 Excel 工作簿）"
    )
    p.add_argument("year", type=year_arg, metavar="YEAR", help="统计的年份，如 2024")
    p.add_argument(
        "out", type=out_path, metavar="OUT.docx|OUT.xlsx", help="写出的文件：.docx 或 .xlsx"
    )
    p.add_argument("--body", metavar="B", help="只统计一个会议机构（编号、名称或简称）")
    p.add_argument("--as-of", type=date_arg, metavar="DATE", help="判定逾期的日期（默认今天）")
    p.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.report_export import write_report

    db = open_db(target, create=False)
    try:
        done = write_report(db, args.year, args.out, args.body, args.as_of)
    finally:
        db.dispose()
    f = done.figures
    held = f"召开会议 {f.held} 次" if f.held else "未召开会议"
    print(
        f"已导出 {args.year} 年统计到 {done.path}（{held}，决定事项 {f.decisions.total} 项，"
        f"新增督办事项 {f.actions.opened} 项）"
    )
    return 0
