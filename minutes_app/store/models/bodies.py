"""Bodies that meet, with their 章程 rules and seats, and committees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minutes_app.store.models.base import Base
from minutes_app.store.models.registry import Person


class Body(Base):
    """理事会, 理事长会议 …: the quorum and pass rules are settings, never code."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Quorum: fraction of the seats of the term; None means no quorum rule.
    quorum_fraction: Mapped[str | None] = mapped_column(String(20))
    quorum_inclusive: Mapped[bool] = mapped_column(Boolean, default=True)
    pass_fraction: Mapped[str] = mapped_column(String(20), default="1/2")
    pass_inclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    pass_of: Mapped[str] = mapped_column(String(20), default="present")
    version: Mapped[int] = mapped_column(Integer, default=1)

    seats: Mapped[list[Seat]] = relationship(
        back_populates="body",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Seat.term, Seat.position)",
    )

    __mapper_args__ = {"version_id_col": version}


class Seat(Base):
    """A person's seat on a body for one term."""

    __tablename__ = "seats"
    __table_args__ = (UniqueConstraint("body_id", "term", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="CASCADE"), index=True)
    term: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    body: Mapped[Body] = relationship(back_populates="seats")
    person: Mapped[Person] = relationship()


class Committee(Base):
    """专家委员会 or 分支机构, set up by a decision."""

    __tablename__ = "committees"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="expert_committee")
    # Set up and dissolved by the applied effects that name it (effects.committee_id).

    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CommitteeMember.position",
    )


class CommitteeMember(Base):
    __tablename__ = "committee_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(
        ForeignKey("committees.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    role: Mapped[str | None] = mapped_column(String(100))
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    committee: Mapped[Committee] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
