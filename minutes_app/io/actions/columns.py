"""The columns of the tabular exports (.xlsx and .csv), in Chinese, the users' language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from minutes_app.domain.actions import ActionRow
from minutes_app.domain.enums import ACTION_STATUS_ZH, ActionStatus
from minutes_app.io.actions.text import clean_text

Value = str | int | dt.date | None


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in Excel's character units
    value: Callable[[ActionRow, dt.date], Value]


def status_text(status: str) -> str:
    try:
        return ACTION_STATUS_ZH[ActionStatus(status)]
    except ValueError:
        return status


COLUMNS: tuple[Column, ...] = (
    Column("督办事项", 46, lambda r, _: clean_text(r.title)),
    Column("责任方", 28, lambda r, _: r.owner_name),
    Column("完成时限", 12, lambda r, _: r.due),
    Column("状态", 8, lambda r, _: status_text(r.status)),
    Column("是否逾期", 8, lambda r, day: "逾期" if r.is_overdue(day) else ""),
    Column("延期次数", 8, lambda r, _: r.extensions or None),
    Column("最新进展", 40, lambda r, _: clean_text(r.latest_note) if r.latest_note else None),
    Column("进展日期", 12, lambda r, _: r.latest_on),
    Column("来源会议", 40, lambda r, _: r.meeting_title),
    Column("会议日期", 12, lambda r, _: r.meeting_day),
    Column("决定事项", 40, lambda r, _: clean_text(r.decision_text) if r.decision_text else None),
    Column("编号", 16, lambda r, _: f"{r.meeting_key}/{r.action_key}"),
)

HEADERS = ("序号", *(c.header for c in COLUMNS))


def values(number: int, row: ActionRow, as_of: dt.date) -> list[Value]:
    return [number, *(c.value(row, as_of) for c in COLUMNS)]
