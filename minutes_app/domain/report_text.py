"""The words of the report's charts and tables, by key: Chinese here, the window's own
(translated) wording is given by the UI under the same keys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from minutes_app.domain.enums import ATTENDANCE_ZH, UNIT_ROLE_ZH, DecisionKind

KIND_ZH = {
    DecisionKind.GENERAL: "一般事项",
    DecisionKind.ADOPT_DOCUMENT: "审议通过文件",
    DecisionKind.ESTABLISH_COMMITTEE: "设立机构",
    DecisionKind.GRANT_ROLE: "确认会员层级",
    DecisionKind.REVOKE_ROLE: "撤销会员层级",
    DecisionKind.APPOINT: "任职",
    DecisionKind.DISMISS: "免职",
    DecisionKind.APPROVE_LIST: "批准名单",
    DecisionKind.TASK: "工作部署",
}

ZH_TEXT: dict[str, str] = {
    **{str(k): v for k, v in ATTENDANCE_ZH.items()},
    **{str(k): v for k, v in UNIT_ROLE_ZH.items()},
    **{str(k): v for k, v in KIND_ZH.items()},
    "passed": "通过",
    "failed": "未通过",
    "inquorate": "不足法定人数",
    "no_vote": "未表决",
    "chart.months": "各月召开会议次数",
    "chart.attendance": "各次会议出席率",
    "chart.quorum": "法定人数情况",
    "chart.seats": "出席率最低的成员",
    "chart.decisions": "决定事项（按类别）",
    "chart.registry": "会员层级变更",
    "chart.actions": "督办事项（按责任方）",
    "axis.meetings": "会议（次）",
    "axis.rate": "出席率（%）",
    "axis.decisions": "决定事项（项）",
    "axis.units": "单位（家）",
    "axis.items": "督办事项（项）",
    "axis.times": "次数",
    "quorate": "符合法定人数",
    "granted": "授予",
    "revoked": "撤销",
    "on_time": "按时办结",
    "late": "逾期办结",
    "overdue": "逾期未办",
    "col.month": "月份",
    "col.total": "合计",
    "col.body": "会议机构",
    "col.held": "召开次数",
    "col.seats": "应到人次",
    "col.base": "应到",
    "col.rate": "出席率",
    "col.day": "日期",
    "col.meeting": "会议",
    "col.name": "姓名",
    "col.meetings": "应出席次数",
    "col.kind": "类别",
    "col.tier": "会员层级",
    "col.committee": "机构名称",
    "col.change": "变更",
    "col.figure": "指标",
    "col.value": "数值",
    "col.owner": "责任方",
    "col.opened": "新增",
    "col.closed": "办结",
    "col.what": "事项",
    "col.detail": "情况",
    "col.quorum": "法定人数",
    "table.months": "各机构各月召开会议次数",
    "table.bodies": "各机构会议与出席情况",
    "table.meetings": "各次会议出席情况",
    "table.seats": "成员出席情况",
    "table.decisions": "决定事项",
    "table.registry": "会员层级变更",
    "table.committees": "专门委员会和分支机构变更",
    "table.actions": "督办事项",
    "table.owners": "督办事项（按责任方）",
    "fig.opened": "新增督办事项",
    "fig.closed": "办结",
    "fig.on_time": "其中按时办结",
    "fig.late": "其中逾期办结",
    "fig.no_due": "其中无办理时限",
    "fig.undated": "办结日期未记录",
    "fig.cancelled": "取消",
    "fig.median": "办结用时中位数（天）",
    "fig.p90": "办结用时第90百分位（天）",
    "fig.overdue": "截至{d}逾期未办",
    "established": "设立",
    "dissolved": "撤销",
    "meetings_held": "召开会议",
    "month": "{m}月",
    "year_month": "{y}年{m}月",
    "none": "无",
    "no_owner": "（未指定）",
}


@dataclass(frozen=True)
class Labels:
    """Words by key; a missing key shows as itself, so a gap is seen, never a crash."""

    text: Mapping[str, str]

    def __call__(self, key: str) -> str:
        return self.text.get(key, key)

    def month(self, year: int, month: int, with_year: bool) -> str:
        form = self("year_month" if with_year else "month")
        return form.replace("{y}", str(year)).replace("{m}", str(month))


ZH = Labels(ZH_TEXT)
