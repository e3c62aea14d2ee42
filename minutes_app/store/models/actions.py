"""Action items (督办事项) and their dated progress notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minutes_app.store.models.base import Base
from minutes_app.store.models.bodies import Committee
from minutes_app.store.models.meetings import AgendaItem, Decision, Meeting
from minutes_app.store.models.registry import Person, Unit


class ActionItem(Base):
    __tablename__ = "action_items"
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
    title: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT")
    )
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    owner_committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committees.id", ondelete="RESTRICT")
    )
    due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    # Indexed: deleting a decision must find its action items without a table scan.
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem] = relationship(back_populates="actions")
    decision: Mapped[Decision | None] = relationship()
    owner_person: Mapped[Person | None] = relationship()
    owner_unit: Mapped[Unit | None] = relationship()
    owner_committee: Mapped[Committee | None] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ActionUpdate.position",
    )

    __mapper_args__ = {"version_id_col": version}


class ActionUpdate(Base):
    """A dated progress note; it may move the item's status."""

    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(20))
    # A 延期: the due date moved from due_from to due_to; the note is the reason.
    due_from: Mapped[dt.date | None] = mapped_column(Date)
    due_to: Mapped[dt.date | None] = mapped_column(Date)

    action: Mapped[ActionItem] = relationship(back_populates="updates")
