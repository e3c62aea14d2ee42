"""Sample archives shaped like an export: for the papers' tests, previews and benchmarks."""

from __future__ import annotations

import copy
from typing import Any

Archive = dict[str, Any]

_ORG = {"name": "天津市工程咨询协会", "short_name": "工程咨询协会"}
_UNITS = [
    ("u-assoc", "天津市工程咨询协会"),
    ("u-hongya", "天津宏亚工程咨询有限公司"),
    ("u-binhai", "天津滨海工程咨询研究院有限公司"),
    ("u-jianke", "天津建科工程咨询有限公司"),
    ("u-shizheng", "天津市政工程设计研究总院有限公司"),
    ("u-fangyou", "天津房友工程咨询有限公司"),
    ("u-jinnan", "天津津南建设咨询有限公司"),
    ("u-huaxia", "华夏国际工程咨询（天津）有限公司"),
    ("u-zhongxin", "天津中信工程项目管理有限公司"),
]
# key, name, unit, position (None: title_in_unit below)
_PEOPLE = [
    ("p-li", "李光辉", "u-assoc", "会长"),
    ("p-wang", "王建国", "u-hongya", "副会长"),
    ("p-zhao", "赵立新", "u-binhai", "副会长"),
    ("p-liu", "刘海燕", "u-jianke", "副会长"),
    ("p-chen", "陈明远", "u-shizheng", "副会长"),
    ("p-zhou", "周文斌", "u-fangyou", "副会长"),
    ("p-ma", "马俊", "u-jinnan", "副会长"),
    ("p-yang", "杨帆", "u-huaxia", "副会长"),
    ("p-sun", "孙晓峰", "u-assoc", "秘书长"),
    ("p-qian", "钱卫东", "u-assoc", "监事长"),
    ("p-zhang", "张雪", "u-assoc", None),
    ("p-wu", "吴静", "u-zhongxin", None),
]
SEATS = ["p-li", "p-wang", "p-zhao", "p-liu", "p-chen", "p-zhou", "p-ma", "p-yang", "p-sun"]


def _person(key: str, name: str, unit: str, title: str | None) -> dict[str, Any]:
    positions = [{"title": title, "from": "2021-12-01", "to": None, "by": None}] if title else []
    in_unit = {"p-zhang": "综合部主任", "p-wu": "总经理"}.get(key)
    return {
        "key": key,
        "name": name,
        "unit": unit,
        "title_in_unit": in_unit,
        "positions": positions,
        "phone": None,
        "email": None,
    }


def _registry() -> Archive:
    return {
        "format": "minutes-archive",
        "version": 1,
        "organisation": dict(_ORG),
        "terms": [{"number": 5, "start": "2021-12-01", "end": None}],
        "units": [{"key": k, "name": n, "credit_code": None, "roles": []} for k, n in _UNITS],
        "people": [_person(*row) for row in _PEOPLE],
        "bodies": [
            {
                "key": "b-presidents",
                "name": "理事长会议",
                "short_name": "理事长会",
                "quorum": {"fraction": "2/3", "inclusive": True},
                "pass_rule": {"fraction": "2/3", "inclusive": True, "of": "present"},
                "seats": [{"person": key, "term": 5} for key in SEATS],
            }
        ],
        "committees": [
            {
                "key": "c-ai",
                "name": "咨询成果智能化专家委员会",
                "kind": "expert_committee",
                "established_by": "m-5-5/d-2",
                "dissolved_by": None,
                "members": [],
            },
            {
                "key": "c-whole",
                "name": "全过程咨询专家委员会",
                "kind": "expert_committee",
                "established_by": "m-5-5/d-2",
                "dissolved_by": None,
                "members": [],
            },
        ],
        "meetings": [],
    }


def _vote(method: str, f: int, a: int, ab: int) -> dict[str, Any]:
    if method == "consensus":
        return {"method": "consensus"}
    return {"method": method, "for": f, "against": a, "abstain": ab}


def _computed(f: int, a: int, ab: int, outcome: str, number: str | None) -> dict[str, Any]:
    return {
        "for": f,
        "against": a,
        "abstain": ab,
        "base": 8,
        "required": 6,
        "outcome": outcome,
        "number": number,
    }


def _roll_call() -> dict[str, Any]:
    voters = [key for key in SEATS if key != "p-ma"]
    ballots = [{"person": key, "choice": "abstain" if key == "p-chen" else "for"} for key in voters]
    return {"method": "roll_call", "ballots": ballots}


def _agenda() -> list[dict[str, Any]]:
    number = "五届理事长会决〔2024〕{}号"
    return [
        {
            "key": "a-1",
            "title": "审议《天津市工程咨询协会分支机构管理办法》",
            "presenter": "p-sun",
            "notes": "孙晓峰秘书长介绍了办法的起草情况。办法共七章二十六条，明确了分支机构的"
            "设立、变更和注销程序。\n与会人员逐条审议，对财务管理条款提出了文字修改意见。",
            "decisions": [
                {
                    "key": "d-1",
                    "text": "审议通过《天津市工程咨询协会分支机构管理办法》，自印发之日起施行。",
                    "kind": "adopt_document",
                    "vote": _vote("show_of_hands", 8, 0, 0),
                    "rule": None,
                    "effects": [
                        {"type": "adopt_document", "title": "天津市工程咨询协会分支机构管理办法"}
                    ],
                    "computed": {
                        **_computed(8, 0, 0, "passed", number.format(5)),
                        "basis": "到会8人，须2/3以上即6票；赞成8票，通过",
                    },
                }
            ],
            "actions": [
                {
                    "key": "t-1",
                    "title": "印发《天津市工程咨询协会分支机构管理办法》",
                    "owner": {"unit": "u-assoc"},
                    "due": "2024-08-31",
                    "status": "done",
                    "decision": "d-1",
                    "updates": [],
                    "computed": {"overdue": False},
                },
            ],
        },
        {
            "key": "a-2",
            "title": "审议成立专家委员会和聘任秘书长助理等事项",
            "presenter": "p-sun",
            "notes": "秘书处汇报了首批专家委员会组建方案和秘书长助理人选的考察情况。",
            "decisions": [
                {
                    "key": "d-2",
                    "text": "同意成立咨询成果智能化专家委员会和全过程咨询专家委员会。",
                    "kind": "establish_committee",
                    "vote": _roll_call(),
                    "rule": None,
                    "effects": [
                        {"type": "establish_committee", "committee": "c-ai"},
                        {"type": "establish_committee", "committee": "c-whole"},
                    ],
                    "computed": _computed(7, 0, 1, "passed", number.format(6)),
                },
                {
                    "key": "d-3",
                    "text": "聘任吴静为秘书长助理。",
                    "kind": "appoint",
                    "vote": _vote("secret_ballot", 6, 1, 1),
                    "rule": None,
                    "effects": [{"type": "appoint", "person": "p-wu", "title": "秘书长助理"}],
                    "computed": _computed(6, 1, 1, "passed", number.format(7)),
                },
                {
                    "key": "d-4",
                    "text": "同意授予天津中信工程项目管理有限公司特邀副会长单位。",
                    "kind": "grant_role",
                    "vote": _vote("consensus", 0, 0, 0),
                    "rule": None,
                    "effects": [
                        {
                            "type": "grant_role",
                            "unit": "u-zhongxin",
                            "role": "invited_vice_president_unit",
                        }
                    ],
                    "computed": _computed(8, 0, 0, "passed", number.format(8)),
                },
            ],
            "actions": [
                {
                    "key": "t-2",
                    "title": "制发专家委员会委员聘书",
                    "owner": {"person": "p-sun"},
                    "due": "2024-09-15",
                    "status": "open",
                    "decision": "d-2",
                    "updates": [],
                    "computed": {"overdue": False},
                },
                {
                    "key": "t-3",
                    "title": "研究提出咨询成果智能化应用工作指引",
                    "owner": {"committee": "c-ai"},
                    "due": "2024-12-31",
                    "status": "open",
                    "decision": "d-2",
                    "updates": [],
                    "computed": {"overdue": False},
                },
            ],
        },
        {
            "key": "a-3",
            "title": "研究协会成立三十周年纪念活动和会费标准调整",
            "presenter": "p-li",
            "notes": "李光辉会长提出，明年是协会成立三十周年，应早作筹备。秘书处提出了调整会费"
            "标准的建议，与会人员认为时机尚不成熟。",
            "decisions": [
                {
                    "key": "d-5",
                    "text": "同意自2025年起将会员单位会费标准上调百分之二十。",
                    "kind": "general",
                    "vote": _vote("show_of_hands", 3, 4, 1),
                    "rule": None,
                    "effects": [],
                    "computed": _computed(3, 4, 1, "failed", None),
                },
                {
                    "key": "d-6",
                    "text": "由秘书处牵头成立三十周年纪念活动筹备组。",
                    "kind": "task",
                    "vote": None,
                    "rule": None,
                    "effects": [],
                    "computed": {
                        "for": None,
                        "against": None,
                        "abstain": None,
                        "base": None,
                        "required": None,
                        "outcome": "no_vote",
                        "number": None,
                    },
                },
            ],
            "actions": [
                {
                    "key": "t-4",
                    "title": "提出三十周年纪念活动方案",
                    "owner": {"unit": "u-assoc"},
                    "due": "2024-10-31",
                    "status": "in_progress",
                    "decision": "d-6",
                    "updates": [],
                    "computed": {"overdue": False},
                },
                {
                    "key": "t-5",
                    "title": "已取消的事项",
                    "owner": {"unit": "u-assoc"},
                    "due": "2024-10-31",
                    "status": "cancelled",
                    "decision": None,
                    "updates": [],
                    "computed": {"overdue": False},
                },
            ],
        },
    ]


def _attendance() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"person": key, "status": "present"}
        for key in ("p-li", "p-wang", "p-zhao", "p-liu", "p-chen", "p-yang", "p-sun")
    ]
    rows.append({"person": "p-zhou", "status": "proxy", "proxy_holder": "p-li"})
    rows.append({"person": "p-ma", "status": "excused", "note": "出差"})
    rows.append({"person": "p-qian", "status": "observer"})
    return rows


def meeting(key: str = "m-5-5", sequence: int = 5, day: str = "2024-08-11") -> Archive:
    """第五届第五次理事长会议: 9 seats, 7 present, 1 proxy, 1 excused, 1 observer."""
    from minutes_app.domain.numerals import chinese_numeral

    title = f"天津市工程咨询协会第五届第{chinese_numeral(sequence)}次理事长会议"
    return {
        "key": key,
        "body": "b-presidents",
        "term": 5,
        "sequence": sequence,
        "title": None,
        "start": f"{day}T09:00",
        "end": f"{day}T11:30",
        "location": "协会会议室",
        "chair": "p-li",
        "recorder": "p-zhang",
        "status": "approved",
        "attendance": _attendance(),
        "agenda": _agenda(),
        "minutes": {
            "issue_no": f"第{sequence}期",
            "issued_by": "天津市工程咨询协会秘书处",
            "issued_on": "2024-08-15",
            "copy_to": ["各副会长单位", "协会监事会"],
        },
        "computed": {
            "title": title,
            "seats": 9,
            "voting_attendance": 8,
            "quorum_required": 6,
            "quorate": True,
        },
    }


def sample_archive() -> Archive:
    """A registry and one meeting (m-5-5) with every kind of vote and outcome."""
    archive = _registry()
    archive["meetings"].append(meeting())
    return archive


def large_archive(items: int = 30, decisions: int = 60, actions: int = 100) -> Archive:
    """One meeting (m-big) with many agenda items, decisions and actions, long notes."""
    archive = _registry()
    big = meeting("m-big", 6, "2024-11-20")
    template = _agenda()
    note = "与会人员围绕议题进行了充分讨论，提出了具体意见和建议。" * 6
    big["agenda"] = []
    for index in range(items):
        item = copy.deepcopy(template[index % 3])
        item["key"] = f"a-{index + 1}"
        item["title"] = f"{item['title']}（第{index + 1}项）"
        item["notes"] = "\n".join([note] * 3)
        item["decisions"], item["actions"] = [], []
        big["agenda"].append(item)
    _spread_decisions(big["agenda"], decisions, template)
    _spread_actions(big["agenda"], actions)
    archive["meetings"].append(big)
    return archive


def _spread_decisions(agenda: list[Any], count: int, template: list[Any]) -> None:
    pool = [d for item in template for d in item["decisions"]]
    for index in range(count):
        decision = copy.deepcopy(pool[index % len(pool)])
        decision["key"] = f"d-{index + 1}"
        decision["text"] = f"第{index + 1}项决定：{decision['text']}"
        if decision["computed"].get("number"):
            decision["computed"]["number"] = f"五届理事长会决〔2024〕{index + 1}号"
        agenda[index % len(agenda)]["decisions"].append(decision)


def _spread_actions(agenda: list[Any], count: int) -> None:
    owners = [{"unit": "u-assoc"}, {"person": "p-sun"}, {"committee": "c-ai"}]
    for index in range(count):
        agenda[index % len(agenda)]["actions"].append(
            {
                "key": f"t-{index + 1}",
                "title": f"落实第{index + 1}项工作任务",
                "owner": owners[index % 3],
                "due": "2024-12-31",
                "status": "open",
                "decision": None,
                "updates": [],
                "computed": {"overdue": False},
            }
        )


def register_archive(resolutions: int = 300, per_meeting: int = 12) -> Archive:
    """A year of 理事长会议 meetings in 2024 holding `resolutions` numbered decisions."""
    archive = _registry()
    pool = [d for item in _agenda() for d in item["decisions"] if d["computed"]["number"]]
    made = 0
    sequence = 1
    while made < resolutions:
        month = 1 + (sequence - 1) * 12 // max(resolutions // per_meeting + 1, 1)
        item: dict[str, Any] = {
            "key": "a-1",
            "title": "审议事项",
            "presenter": "p-sun",
            "notes": "",
            "decisions": [],
            "actions": [],
        }
        for _ in range(min(per_meeting, resolutions - made)):
            made += 1
            decision = copy.deepcopy(pool[made % len(pool)])
            decision["key"] = f"d-{made}"
            decision["computed"]["number"] = f"五届理事长会决〔2024〕{made}号"
            item["decisions"].append(decision)
        held = meeting(
            f"m-{sequence}", sequence, f"2024-{min(month, 12):02d}-{sequence % 28 + 1:02d}"
        )
        held["agenda"] = [item]
        archive["meetings"].append(held)
        sequence += 1
    return archive
