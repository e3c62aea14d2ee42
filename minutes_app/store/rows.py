"""The rows an archive becomes, table by table, with ids given before insert."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass
class Rows:
    organisation: list[Row] = field(default_factory=list)
    terms: list[Row] = field(default_factory=list)
    units: list[Row] = field(default_factory=list)
    unit_roles: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)
    positions: list[Row] = field(default_factory=list)
    bodies: list[Row] = field(default_factory=list)
    seats: list[Row] = field(default_factory=list)
    committees: list[Row] = field(default_factory=list)
    committee_members: list[Row] = field(default_factory=list)
    meetings: list[Row] = field(default_factory=list)
    corrections: list[Row] = field(default_factory=list)
    attendance: list[Row] = field(default_factory=list)
    agenda_items: list[Row] = field(default_factory=list)
    decisions: list[Row] = field(default_factory=list)
    ballots: list[Row] = field(default_factory=list)
    effects: list[Row] = field(default_factory=list)
    action_items: list[Row] = field(default_factory=list)
    action_updates: list[Row] = field(default_factory=list)

    # Insert order respects foreign keys.
    TABLES = (
        "organisation",
        "terms",
        "units",
        "people",
        "unit_roles",
        "positions",
        "bodies",
        "seats",
        "committees",
        "committee_members",
        "meetings",
        "corrections",
        "attendance",
        "agenda_items",
        "decisions",
        "ballots",
        "effects",
        "action_items",
        "action_updates",
    )

    # Ends given by hand to entries that decisions made (applied after the effects).
    hand_ends: list[Row] = field(default_factory=list)
    # Ids already taken per table, when rows are added to a database that has some.
    offsets: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> int:
        row["id"] = self.next_id(table)
        getattr(self, table).append(row)
        return int(row["id"])

    def next_id(self, table: str) -> int:
        return self.offsets.get(table, 0) + len(getattr(self, table)) + 1
