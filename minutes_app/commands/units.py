"""`import-units` and `units`: the member list (会员名单) in and out."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from minutes_app.commands import date_arg, open_db


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-units", parents=[common], help="导入会员名单 .xlsx/.csv（全部成功或全部不写入）"
    )
    p.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv", help="会员名单文件")
    p.set_defaults(handler=run_import_units)

    p = sub.add_parser("units", parents=[common], help="导出会员名单（某日各单位的会员类别）")
    p.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv", help="写出的名单文件")
    p.add_argument("--as-of", type=date_arg, metavar="DATE", help="名单截至的日期（默认今天）")
    p.set_defaults(handler=run_export_units)


def run_import_units(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.locking import writing
    from minutes_app.services.registry_import import import_members, preview, read_member_file

    member_file = read_member_file(args.file)  # a bad file is told before the db opens
    with writing(target):  # refused while a window (or another import) has it open
        db = open_db(target)
        try:
            result = import_members(db, preview(db, member_file))
        finally:
            db.dispose()
    print(f"已导入 {result.added} 家会员单位")
    return 0


def run_export_units(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.registry_import import export_members

    as_of = args.as_of or dt.date.today()
    db = open_db(target, create=False)
    try:
        count = export_members(db, args.out, as_of)
    finally:
        db.dispose()
    print(f"已导出 {count} 家会员单位（截至{as_of.isoformat()}）到 {args.out}")
    return 0
