"""A small archive for the report tests, and the report's figures computed by hand from it.

The expected numbers are counted straight from the archive dicts, following the rules in
docs/rules.md, without any of the app's code.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import statistics
from collections import Counter
from typing import Any

AS_OF = dt.date(2025, 1, 1)
SEVEN = [f"p{i}" for i in range(1, 8)]


def _meeting(base: dict[str, Any], **fields: Any) -> dict[str, Any]:
    m = copy.deepcopy(base)
    m.update(fields)
    return m


def report_archive(sample: dict[str, Any]) -> dict[str, Any]:
    """2024: one quorate meeting (the sample, 08-11), one inquorate (03-05), one planned
    (03-20, not held); 2023-12-01: an earlier meeting whose items close or linger in 2024."""
    data = copy.deepcopy(sample)
    data["units"].append({"key": "u-eq", "name": "=1+1工程公司", "credit_code": None,
                          "roles": [{"role": "member_unit", "from": "2019-03-01", "to": None,
                                     "by": None}]})  # fmt: skip
    m5 = data["meetings"][0]
    item = m5["agenda"][0]
    item["decisions"].append(
        {"key": "d-3", "text": "撤销宏亚公司会员资格。", "kind": "revoke_role",
         "vote": {"method": "show_of_hands", "for": 3, "against": 4, "abstain": 0}, "rule": None,
         "effects": [{"type": "revoke_role", "unit": "u-hongya",
                      "role": "member_unit"}]})  # fmt: skip
    item["actions"] += [
        {"key": "t-3", "title": "办结未记日期", "owner": {"unit": "u-eq"}, "due": "2024-09-30",
         "status": "done", "decision": None, "updates": []},
        {"key": "t-4", "title": "逾期办结", "owner": {"unit": "u-eq"}, "due": "2024-08-20",
         "status": "done", "decision": None, "updates": [
             {"on": "2024-08-15", "note": "推进中", "status": "in_progress"},
             {"on": "2024-09-10", "note": "已完成", "status": "done"}]},
    ]  # fmt: skip
    inquorate = _meeting(m5, key="m-5-3", sequence=3, start="2024-03-05T09:00",
                         end="2024-03-05T10:00", status="approved", minutes=None)  # fmt: skip
    inquorate["attendance"] = [*({"person": p, "status": "present"} for p in SEVEN[:4]),
                               {"person": "p5", "status": "excused", "note": "病假"}]  # fmt: skip
    inquorate["agenda"] = [{"key": "a-1", "title": "年度计划", "presenter": None, "notes": None,
        "decisions": [{"key": "d-1", "text": "通过年度计划。", "kind": "general",
                       "vote": {"method": "show_of_hands", "for": 4, "against": 0, "abstain": 0},
                       "rule": None, "effects": []}],
        "actions": [{"key": "t-1", "title": "按时办结", "owner": {"person": "p9"},
                     "due": "2024-03-31", "status": "done", "decision": None,
                     "updates": [{"on": "2024-03-20", "note": "已完成",
                                  "status": "done"}]}]}]  # fmt: skip
    planned = _meeting(m5, key="m-5-4", sequence=4, start="2024-03-20T09:00", end=None,
                       status="planned", minutes=None, attendance=[])  # fmt: skip
    planned["agenda"] = []
    earlier = _meeting(m5, key="m-5-2", sequence=2, start="2023-12-01T09:00",
                       end="2023-12-01T10:00", status="approved", minutes=None)  # fmt: skip
    earlier["agenda"] = [{"key": "a-1", "title": "上年事项", "presenter": None, "notes": None,
        "decisions": [],
        "actions": [
            {"key": "t-1", "title": "跨年逾期办结", "owner": {"person": "p9"}, "due": "2024-01-15",
             "status": "done", "decision": None,
             "updates": [{"on": "2024-02-01", "note": "已完成", "status": "done"}]},
            {"key": "t-2", "title": "仍未办", "owner": {"unit": "u-eq"}, "due": "2023-12-31",
             "status": "open", "decision": None, "updates": []},
            {"key": "t-3", "title": "取消", "owner": {"unit": "u-eq"}, "due": "2024-06-30",
             "status": "cancelled", "decision": None,
             "updates": [{"on": "2024-05-01", "note": "不再需要", "status": "cancelled"}]},
        ]}]  # fmt: skip
    data["meetings"] = [earlier, inquorate, planned, m5]
    return data


# ---- by hand -----------------------------------------------------------------------


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def held(data: dict[str, Any], year: int) -> list[dict[str, Any]]:
    return [m for m in data["meetings"]
            if m["status"] != "planned" and _day(m["start"]).year == year]  # fmt: skip


def seats(data: dict[str, Any], m: dict[str, Any]) -> list[str]:
    body = next(b for b in data["bodies"] if b["key"] == m["body"])
    return [s["person"] for s in body["seats"] if s["term"] == m["term"]]


def attendance(data: dict[str, Any], m: dict[str, Any]) -> dict[str, int]:
    mine = set(seats(data, m))
    got = Counter(a["status"] for a in m["attendance"] if a["person"] in mine)
    listed = got["present"] + got["proxy"] + got["excused"]
    return {"seats": len(mine), "present": got["present"], "proxy": got["proxy"],
            "excused": got["excused"], "absent": len(mine) - listed}  # fmt: skip


def quorate(data: dict[str, Any], m: dict[str, Any]) -> bool:
    a = attendance(data, m)
    return a["present"] + a["proxy"] >= math.ceil(2 * a["seats"] / 3)  # the 2/3 以上 rule


def outcome(data: dict[str, Any], m: dict[str, Any], d: dict[str, Any]) -> str:
    if not quorate(data, m):
        return "inquorate"
    vote = d["vote"]
    yes = (sum(b["choice"] == "for" for b in vote["ballots"]) if vote["method"] == "roll_call"
           else vote["for"])  # fmt: skip
    a = attendance(data, m)
    return "passed" if yes >= math.ceil(2 * (a["present"] + a["proxy"]) / 3) else "failed"


def decisions(data: dict[str, Any], year: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(m, d) for m in held(data, year) for a in m["agenda"] for d in a["decisions"]]


def actions(data: dict[str, Any], year: int) -> dict[str, Any]:
    """The 督办 figures of `year`, judged overdue on AS_OF."""
    opened = closed = on_time = late = undated = cancelled = overdue = 0
    waits = []
    for m in data["meetings"]:
        if m["status"] == "planned":
            continue
        day = _day(m["start"])
        for item in (x for a in m["agenda"] for x in a["actions"]):
            due = _day(item["due"]) if item["due"] else None
            opened += day.year == year
            ends = [_day(u["on"]) for u in item["updates"] if u["status"] == item["status"]]
            end = max(ends) if ends else None
            if item["status"] == "done" and end is None and day.year == year:
                undated += 1
            if item["status"] == "done" and end and end.year == year:
                closed += 1
                waits.append((end - day).days)
                on_time += bool(due and end <= due)
                late += bool(due and end > due)
            if item["status"] == "cancelled" and (end or day).year == year:
                cancelled += 1
            if (
                item["status"] in ("open", "in_progress")
                and due
                and due < AS_OF
                and day.year <= year
            ):
                overdue += 1
    waits.sort()
    return {"opened": opened, "closed": closed, "on_time": on_time, "late": late,
            "undated": undated, "cancelled": cancelled, "overdue": overdue,
            "median": statistics.median(waits) if waits else None,
            "p90": waits[math.ceil(0.9 * len(waits)) - 1] if waits else None}  # fmt: skip
