"""`minutes-app check`: is the database sound, and do its derived facts still hold?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minutes_app.store import migrate
from minutes_app.store.database import Database
from minutes_app.store.models import ActionItem, Decision, Meeting, Person, Unit


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
            f"{c.get('actions', 0)}项督办事项，{c.get('units', 0)}家单位，{c.get('people', 0)}人"
        )


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.reading() as session:
        if db.is_sqlite:
            _sqlite_checks(session, report)
        current = migrate.current_revision(session.connection())
        if current != migrate.head_revision():
            report.problems.append(f"数据库结构版本 {current} 不是最新的 {migrate.head_revision()}")
        for name, model in (
            ("meetings", Meeting),
            ("decisions", Decision),
            ("actions", ActionItem),
            ("units", Unit),
            ("people", Person),
        ):
            report.counts[name] = session.scalar(select(func.count()).select_from(model)) or 0
        _derived_checks(session, report)
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
