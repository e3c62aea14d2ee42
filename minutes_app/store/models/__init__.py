"""All tables; importing this module registers them on Base.metadata."""

from minutes_app.store.models.actions import ActionItem, ActionUpdate
from minutes_app.store.models.approvals import ApprovalEntry
from minutes_app.store.models.base import Base
from minutes_app.store.models.bodies import Body, Committee, CommitteeMember, Seat
from minutes_app.store.models.meetings import (
    AgendaItem,
    AttendanceEntry,
    Ballot,
    Correction,
    Decision,
    Effect,
    Meeting,
)
from minutes_app.store.models.registry import (
    Organisation,
    Person,
    Position,
    Term,
    Unit,
    UnitRoleEntry,
)

__all__ = [
    "ActionItem",
    "ActionUpdate",
    "AgendaItem",
    "ApprovalEntry",
    "AttendanceEntry",
    "Ballot",
    "Base",
    "Body",
    "Committee",
    "CommitteeMember",
    "Correction",
    "Decision",
    "Effect",
    "Meeting",
    "Organisation",
    "Person",
    "Position",
    "Seat",
    "Term",
    "Unit",
    "UnitRoleEntry",
]
