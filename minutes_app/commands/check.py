"""`check`: integrity of the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.commands import open_db
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="检查数据库的完整性")
    p.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.integrity import check_database

    db = open_db(target, create=False)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    if report.ok:
        print(f"数据库完好：{report.summary()}")
        return 0
    for problem in report.problems[:-1]:
        print(problem)
    raise UserError(msg("check.problem", problem=report.problems[-1]))
