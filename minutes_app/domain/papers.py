"""What the meeting papers are written from: the registry as typed records, and meetings.

The Word writers (io.docx) read a `PaperSource`: the organisation, its units, people,
bodies and committees as they stood when the papers are written (or as they were named
when the minutes were approved), and the meetings (domain.records.Meeting). Pointers are
keys, as in the meeting records. Only what the papers say is here: the archive carries
more (credit codes, role history …) that no paper prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from minutes_app.domain.enums import CommitteeKind
from minutes_app.domain.records import Meeting, PassRule


@dataclass(frozen=True)
class Organisation:
    name: str
    short_name: str | None = None


@dataclass(frozen=True)
class Unit:
    key: str
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class Position:
    """A post held in the association: 会长 from a day (inclusive) to a day (exclusive)."""

    title: str
    start: dt.date | None = None  # the archive's "from"
    end: dt.date | None = None  # the archive's "to": no longer held on that day


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    unit: str | None = None
    title_in_unit: str | None = None
    positions: tuple[Position, ...] = ()
    phone: str | None = None


@dataclass(frozen=True)
class Quorum:
    """The part of the seats that must attend: 2/3 以上 (inclusive) or 超过 (exclusive)."""

    fraction: str
    inclusive: bool = True


@dataclass(frozen=True)
class Seat:
    person: str
    term: int | None = None


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    short_name: str | None = None
    quorum: Quorum | None = None
    pass_rule: PassRule | None = None
    seats: tuple[Seat, ...] = ()

    def seat_keys(self, term: int | None) -> list[str]:
        """The people holding a seat in `term` (every seat when the term is unknown)."""
        return [s.person for s in self.seats if term is None or s.term == term]


@dataclass(frozen=True)
class CommitteeMember:
    person: str
    role: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Committee:
    key: str
    name: str
    kind: CommitteeKind | None = None
    members: tuple[CommitteeMember, ...] = ()


@dataclass(frozen=True)
class PaperSource:
    """Everything the papers of some meetings need, and nothing else."""

    organisation: Organisation
    units: tuple[Unit, ...] = ()
    people: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    committees: tuple[Committee, ...] = ()
    meetings: tuple[Meeting, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class NamedPerson:
    """A person as approved minutes named them: name, unit (a key) and the one 职务."""

    name: str
    unit: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ApprovedNames:
    """The names frozen when the minutes were approved (the approval log's content):
    the papers of approved minutes say these, whatever the registry says now."""

    organisation: str | None = None
    units: Mapping[str, str] = field(default_factory=dict)
    people: Mapping[str, NamedPerson] = field(default_factory=dict)
    committees: Mapping[str, str] = field(default_factory=dict)

    def unit_keys(self) -> set[str]:
        """Every unit these names point at: a person's unit as it was then."""
        return set(self.units) | {p.unit for p in self.people.values() if p.unit}
