"""`minutes-app check`: is the database sound, and do its derived facts still hold?

Besides SQLite's own checks, every approved meeting's SHA-256 is recomputed: a meeting
whose record changed outside the app is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minutes_app.domain.enums import MeetingStatus
from minutes_app.services import approval
from minutes_app.store import migrate
from minutes_app.store.database import Database, head_revision
from minutes_app.store.models import (
    ActionItem,
    Decision,
    Effect,
    Meeting,
    Person,
    Position,
    Unit,
    UnitRoleEntry,
)

_NAMED = 20  # meetings named one by one; the rest are counted


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c.get('meetings', 0)}次会议，{c.get('decisions', 0)}项决定，"
            f"{c.get('actions', 0)}项督办事项，{c.get('units', 0)}家单位，{c.get('people', 0)}人；"
            f"{c.get('approved_checked', 0)}份已审定纪要的校验值（SHA-256）一致"
        )


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.reading() as session:
        if db.is_sqlite:
            _sqlite_checks(session, report)
        current = migrate.current_revision(session.connection())
        if current != head_revision():
            report.problems.append(f"数据库结构版本 {current} 不是最新的 {head_revision()}")
        for name, model in (
            ("meetings", Meeting),
            ("decisions", Decision),
            ("actions", ActionItem),
            ("units", Unit),
            ("people", Person),
        ):
            report.counts[name] = session.scalar(select(func.count()).select_from(model)) or 0
        _derived_checks(session, report)
        _derived_dates(session, report)
        _fingerprint_checks(session, report)
    return report


def _sqlite_checks(session: Session, report: CheckReport) -> None:
    rows = session.execute(text("PRAGMA integrity_check")).scalars().all()
    if rows != ["ok"]:
        report.problems.extend(f"完整性检查：{r}" for r in rows[:10])
    bad = session.execute(text("PRAGMA foreign_key_check")).all()
    for row in bad[:10]:
        report.problems.append(f"表 {row[0]} 第{row[1]}行指向不存在的 {row[2]} 记录")


def _derived_checks(session: Session, report: CheckReport) -> None:
    """Numbers must be unique per body and year (they are cited in other documents)."""
    dupes = session.execute(
        select(Decision.number, func.count())
        .where(Decision.number.is_not(None))
        .group_by(Decision.number)
        .having(func.count() > 1)
    ).all()
    for number, count in dupes[:10]:
        report.problems.append(f"决议编号 {number} 被{count}项决定重复使用")


def _derived_dates(session: Session, report: CheckReport) -> None:
    """Registry entries a decision made must carry the dates the decision gives them."""
    for model, what in ((UnitRoleEntry, "单位身份"), (Position, "职务")):
        for column, label in ((model.granted_by_id, "起始"), (model.ended_by_id, "终止")):
            day = model.start if label == "起始" else model.end
            stmt = (
                select(Meeting.key, Meeting.start, Effect.start, day)
                .select_from(model)
                .join(Effect, Effect.id == column)
                .join(Decision, Decision.id == Effect.decision_id)
                .join(Meeting, Meeting.id == Decision.meeting_id)
            )
            for key, start, effect_day, held in session.execute(stmt):
                if held != (effect_day or start.date()):
                    report.problems.append(
                        f"由会议“{key}”的决定产生的{what}{label}日期 {held} 与该决定不符，"
                        "在本程序之外被改动过"
                    )


def _fingerprint_checks(session: Session, report: CheckReport) -> None:
    """Approved minutes must still be what was approved (and corrected) in the app."""
    mismatches = approval.verify(session)
    report.counts["approved_checked"] = (
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .where(Meeting.status == MeetingStatus.APPROVED)
        )
        or 0
    )
    report.problems.extend(m.message() for m in mismatches[:_NAMED])
    if len(mismatches) > _NAMED:
        report.problems.append(f"另有{len(mismatches) - _NAMED}次已审定会议的校验值不符或缺失")
