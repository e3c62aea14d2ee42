"""`meetings [--json] [--body B] [--year Y]`: the meetings with key, title, date, status."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from minutes_app.commands import open_db


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("meetings", parents=[common], help="列出会议：编号、名称、日期、状态")
    p.add_argument("--json", action="store_true", help="以 JSON 列表输出（供脚本使用）")
    p.add_argument("--body", metavar="BODY", help="只列这个会议机构的（编号、名称或简称）")
    p.add_argument("--year", type=int, metavar="YEAR", help="只列这一年的（如 2024）")
    p.set_defaults(handler=run_meetings)


def run_meetings(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.domain.enums import MEETING_STATUS_ZH, MeetingStatus
    from minutes_app.services import catalog
    from minutes_app.services.naming import resolve_body

    db = open_db(target, create=False)
    try:
        body = resolve_body(db, args.body) if args.body else None
        rows = [
            m
            for m in reversed(catalog.list_meetings(db))
            if (body is None or m.body_key == body) and (args.year in (None, m.start.year))
        ]
    finally:
        db.dispose()
    if args.json:
        listed = [
            {
                "key": m.key,
                "title": m.title,
                "body": m.body_key,
                "term": m.term,
                "sequence": m.sequence,
                "start": m.start.strftime("%Y-%m-%dT%H:%M"),
                "status": m.status,
            }
            for m in rows
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=1))
        return 0
    for m in rows:
        status = MEETING_STATUS_ZH[MeetingStatus(m.status)]
        print(f"{m.key}\t{m.start:%Y-%m-%d}\t{status}\t{m.title}")
    if not rows:
        print("没有符合条件的会议")
    return 0
