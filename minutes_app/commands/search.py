"""`search`: find meetings, agenda items, decisions, actions and registry records."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from minutes_app.commands import open_db

KIND_LABELS = {
    "meeting": "会议",
    "agenda_item": "议题",
    "decision": "决定",
    "action": "督办",
    "unit": "单位",
    "person": "人员",
    "committee": "委员会",
}


def _query(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("要查找的文字不能为空")
    return text


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}”不是正整数，例如 --limit 20")
    return value


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search", parents=[common], help="在所有会议、议题、决定、督办事项和名录中查找文字"
    )
    p.add_argument(
        "query", type=_query, metavar="QUERY", help="要查找的文字（不区分大小写和全半角）"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 列表输出")
    p.add_argument("--limit", type=_limit, metavar="N", help="最多列出 N 条（默认全部）")
    p.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, target: str | Path) -> int:
    from minutes_app.services.search import search

    db = open_db(target, create=False)
    try:
        hits = search(db, args.query.strip(), limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        listed = [
            {
                "kind": h.kind.value,
                "key": h.key,
                "meeting": h.meeting_key,
                "snippet": h.snippet.text,
            }
            for h in hits
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        s = h.snippet
        shown = f"{s.text[: s.start]}【{s.hit}】{s.text[s.end :]}" if s.end > s.start else s.text
        where = (
            h.key if h.meeting_key is None or h.meeting_key == h.key else f"{h.meeting_key}/{h.key}"
        )
        day = f"{h.meeting_date.isoformat()} " if h.meeting_date else ""
        print(f"[{KIND_LABELS[h.kind.value]}] {where}  {day}{shown}")
    if not hits:
        print(f"没有找到“{args.query.strip()}”")
    return 0
