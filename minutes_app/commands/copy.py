"""`copy`: move the whole database to a shared PostgreSQL server, or back to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "copy",
        parents=[common],
        help="把整个数据库复制到另一处（SQLite 文件 ↔ PostgreSQL 服务器）",
        description="把 --db 指定的数据库整体复制到 --to，或把 --from 整体复制到 --db；"
        "在目标上一次完成，出错时目标不变",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="PATH|URL", help="复制到这里（如 postgresql://…）")
    where.add_argument("--from", dest="source", metavar="PATH|URL", help="从这里复制过来")
    p.add_argument("--replace", action="store_true", help="目标已有数据时整体替换")
    p.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.copy import copy_database

    if args.to is not None:
        summary = copy_database(target, args.to, replace=args.replace)
    else:
        summary = copy_database(args.source, target, replace=args.replace)
    note = f"；原有数据已备份到 {summary.backup}" if summary.backup else ""
    print(
        f"已把 {summary.source} 复制到 {summary.target}"
        f"（{summary.meetings}次会议，共{summary.rows}条记录）{note}"
    )
    return 0
