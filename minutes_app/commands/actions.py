"""`actions`: export the 督办事项 as .xlsx, .csv, .ics (due dates) or the 督办单 .docx."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.commands import date_arg, open_db


def out_path(text: str) -> Path:
    """The output file; its extension chooses the format (a wrong one is a usage error)."""
    from minutes_app.services.files import ACTION_EXTENSIONS as EXTENSIONS

    path = Path(text)
    if path.suffix.lower() not in EXTENSIONS:
        raise argparse.ArgumentTypeError(
            f"不能导出为“{path.name}”：文件名应以 {'、'.join(EXTENSIONS)} 结尾"
        )
    return path


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "actions", parents=[common], help="导出督办事项（.xlsx、.csv、日历 .ics 或督办单 .docx）"
    )
    p.add_argument(
        "out",
        type=out_path,
        metavar="OUT.xlsx|OUT.csv|OUT.ics|OUT.docx",
        help="导出的文件；扩展名决定格式：.xlsx 表格、.csv、.ics 日历、.docx 督办单",
    )
    p.add_argument("--open", action="store_true", help="只导出未完成的事项（未开始、进行中）")
    p.add_argument("--as-of", type=date_arg, metavar="DATE", help="判定逾期的日期（默认今天）")
    p.set_defaults(handler=run_actions)


def run_actions(args: argparse.Namespace, target: str | Path) -> int:
    import datetime as dt

    from minutes_app.services import actions, catalog
    from minutes_app.services.cleanup import sweep_beside
    from minutes_app.services.files import write_actions

    as_of = args.as_of or dt.date.today()
    only = actions.ActionFilter(statuses=actions.OPEN) if args.open else None
    db = open_db(target, create=False)
    try:
        rows = actions.list_actions(db, only, as_of)
        organisation = catalog.organisation_name(db)
    finally:
        db.dispose()
    sweep_beside(args.out)  # what a killed export left there
    count = write_actions(args.out, rows, as_of, organisation)
    overdue = sum(r.is_overdue(as_of) for r in rows)
    what = "个日程" if args.out.suffix.lower() == ".ics" else "项督办事项"
    print(f"已导出 {count} {what}到 {args.out}（截至 {as_of.isoformat()} 逾期 {overdue} 项）")
    return 0
