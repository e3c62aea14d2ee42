"""Meetings with attendance, agenda items, decisions, votes and effects."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minutes_app.store.models.base import Base
from minutes_app.store.models.bodies import Body, Committee
from minutes_app.store.models.registry import Person, Unit

if TYPE_CHECKING:
    from minutes_app.store.models.actions import ActionItem


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    term: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(500))  # None: made from body/term/seq
    start: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    end: Mapped[dt.datetime | None] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # SHA-256 of the canonical archive form when approved; `check` verifies it.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # 纪要 metadata; has_minutes False is the archive's "minutes": null.
    has_minutes: Mapped[bool] = mapped_column(Boolean, default=False)
    issue_no: Mapped[str | None] = mapped_column(String(100))
    issued_by: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    copy_to: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Derived when attendance changes, frozen once the minutes are approved.
    seats: Mapped[int] = mapped_column(Integer, default=0)
    voting_attendance: Mapped[int] = mapped_column(Integer, default=0)
    proxies: Mapped[int] = mapped_column(Integer, default=0)
    quorum_required: Mapped[int | None] = mapped_column(Integer)
    quorate: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    body: Mapped[Body] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    recorder: Mapped[Person | None] = relationship(foreign_keys=[recorder_id])
    attendance: Mapped[list[AttendanceEntry]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AttendanceEntry.position",
        foreign_keys="AttendanceEntry.meeting_id",
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
    )

    __mapper_args__ = {"version_id_col": version}


class Correction(Base):
    """A recorded change to approved minutes: what, from what to what, why, who, when."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(200))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    made_by: Mapped[str] = mapped_column(String(200))
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttendanceEntry(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20))
    proxy_holder_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT")
    )
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    proxy_holder: Mapped[Person | None] = relationship(foreign_keys=[proxy_holder_id])


class AgendaItem(Base):
    """议题."""

    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    notes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    presenter: Mapped[Person | None] = relationship()
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Decision.position",
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="agenda_item",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ActionItem.position",
    )


class Decision(Base):
    """决定事项 with its vote; the computed columns are frozen on approval."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("meeting_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40), default="general")
    # The vote as recorded; None method means no vote (a 会议决定 by the chair).
    vote_method: Mapped[str | None] = mapped_column(String(20))
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    # The decision's own rule, overriding the body's pass rule.
    rule_fraction: Mapped[str | None] = mapped_column(String(20))
    rule_inclusive: Mapped[bool | None] = mapped_column(Boolean)
    rule_of: Mapped[str | None] = mapped_column(String(20))
    # Computed.
    result_for: Mapped[int | None] = mapped_column(Integer)
    result_against: Mapped[int | None] = mapped_column(Integer)
    result_abstain: Mapped[int | None] = mapped_column(Integer)
    result_base: Mapped[int | None] = mapped_column(Integer)
    result_required: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20), default="no_vote", index=True)
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")
    ballots: Mapped[list[Ballot]] = relationship(
        back_populates="decision",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Ballot.position",
    )
    effects: Mapped[list[Effect]] = relationship(
        back_populates="decision",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Effect.position",
    )

    __mapper_args__ = {"version_id_col": version}


class Ballot(Base):
    """One seat's choice in a 记名表决."""

    __tablename__ = "ballots"
    __table_args__ = (UniqueConstraint("decision_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    choice: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer, default=0)

    decision: Mapped[Decision] = relationship(back_populates="ballots")
    person: Mapped[Person] = relationship()


class Effect(Base):
    """What a decision changes in the registry when it passes."""

    __tablename__ = "effects"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    role: Mapped[str | None] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    title: Mapped[str | None] = mapped_column(String(500))
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committees.id", ondelete="RESTRICT")
    )
    start: Mapped[dt.date | None] = mapped_column(Date)  # the archive's "from"
    applied: Mapped[bool] = mapped_column(Boolean, default=False)

    decision: Mapped[Decision] = relationship(back_populates="effects")
    unit: Mapped[Unit | None] = relationship()
    person: Mapped[Person | None] = relationship()
    committee: Mapped[Committee | None] = relationship(foreign_keys=[committee_id])
