"""`import` and `export-archive`: the JSON archive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.commands import date_arg, open_db


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="导入归档（全部成功或全部不写入）")
    p.add_argument("archive", type=Path, metavar="ARCHIVE.json", help="要导入的归档文件（JSON）")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--replace", action="store_true", help="整体替换现有数据（先自动备份）")
    how.add_argument(
        "--merge",
        action="store_true",
        help="合并：新编号的记录加入，已有编号的记录整体替换，其余不动（全部成功或全部不写入）",
    )
    p.add_argument("--lenient", action="store_true", help="忽略不认识的字段")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export-archive", parents=[common], help="把整个数据库导出为归档")
    p.add_argument("out", type=Path, metavar="OUT.json", help="写出的归档文件（JSON）")
    p.add_argument("--as-of", type=date_arg, metavar="DATE", help="计算逾期的日期（默认今天）")
    p.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, target: str | Path) -> int:
    if args.merge:
        return run_merge(args, target)
    from minutes_app.services.archive import check_archive_file, import_rows
    from minutes_app.services.locking import writing

    # Check the whole archive before the database file is even created.
    rows = check_archive_file(args.archive, lenient=args.lenient)
    with writing(target):  # refused while a window (or another import) has it open
        db = open_db(target)
        try:
            summary = import_rows(db, rows, replace=args.replace)
        finally:
            db.dispose()
    print(
        f"已导入：{summary.meetings}次会议，{summary.decisions}项决定，"
        f"{summary.actions}项督办事项，{summary.units}家单位，{summary.people}人"
    )
    if summary.backup:
        print(f"原数据库已备份到 {summary.backup}")
    return 0


def run_export(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.archive import export_archive

    db = open_db(target, create=False)
    try:
        count = export_archive(db, args.out, as_of=args.as_of)
    finally:
        db.dispose()
    print(f"已导出 {count} 次会议到 {args.out}")
    return 0


def run_merge(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.archive_merge import merge_archive_file
    from minutes_app.services.locking import writing

    with writing(target):  # refused while a window (or another import) has it open
        db = open_db(target, create=False)
        try:
            summary = merge_archive_file(db, args.archive, lenient=args.lenient)
        finally:
            db.dispose()
    print(
        f"已合并：新增{summary.added}条记录，替换{summary.replaced}条记录"
        f"（其中会议{summary.meetings}次）"
    )
    return 0
