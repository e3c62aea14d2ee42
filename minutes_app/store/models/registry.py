"""The association's registry: organisation, terms, member units and people."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minutes_app.store.models.base import Base

if TYPE_CHECKING:
    from minutes_app.store.models.meetings import Effect


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(100))


class Term(Base):
    """届: the period between two elections."""

    __tablename__ = "terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)


class Unit(Base):
    """A member unit (会员单位)."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    contact: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    roles: Mapped[list[UnitRoleEntry]] = relationship(
        back_populates="unit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="UnitRoleEntry.start",
    )

    __mapper_args__ = {"version_id_col": version}


class UnitRoleEntry(Base):
    """A unit held `role` from `start` up to (not including) `end`."""

    __tablename__ = "unit_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    granted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("effects.id", ondelete="CASCADE"), index=True
    )
    ended_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("effects.id", ondelete="SET NULL"), index=True
    )
    # Why the entry was made or changed without a decision (手工调整).
    reason: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Unit] = relationship(back_populates="roles")
    granted_by: Mapped[Effect | None] = relationship(foreign_keys=[granted_by_id])
    ended_by: Mapped[Effect | None] = relationship(foreign_keys=[ended_by_id])


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    title_in_unit: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit | None] = relationship()
    positions: Mapped[list[Position]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Position.start",
    )

    __mapper_args__ = {"version_id_col": version}


class Position(Base):
    """An office a person held (会长, 秘书长助理 …), `end` not included."""

    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    granted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("effects.id", ondelete="CASCADE"), index=True
    )
    ended_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("effects.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="positions")
    granted_by: Mapped[Effect | None] = relationship(foreign_keys=[granted_by_id])
    ended_by: Mapped[Effect | None] = relationship(foreign_keys=[ended_by_id])
