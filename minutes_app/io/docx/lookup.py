"""Resolve the keys the papers name: people, units, bodies, committees, meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutes_app.domain.enums import Attendance
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.papers import Body, Committee, PaperSource, Person, Position, Unit
from minutes_app.domain.records import AttendanceMark, Meeting, Owner
from minutes_app.domain.titles import principal_title
from minutes_app.io.docx.text import Moment, clean_line, parse_date


class ArchiveLookupError(KeyError):
    """A key the document needs is not among the records the papers are written from."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.coded = message

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "archive lookup failed"


@dataclass(frozen=True)
class Attendee:
    """One line of an attendance block: 单位 + 姓名 + 职务, and a note."""

    key: str
    unit: str
    name: str
    title: str
    note: str = ""
    proxy_holder: str = ""


class Lookup:
    """Key-to-record indexes over the papers' source, built once per export."""

    def __init__(self, source: PaperSource) -> None:
        self.source = source
        self.people: dict[str, Person] = {p.key: p for p in source.people}
        self.units: dict[str, Unit] = {u.key: u for u in source.units}
        self.bodies: dict[str, Body] = {b.key: b for b in source.bodies}
        self.committees: dict[str, Committee] = {c.key: c for c in source.committees}
        self.meetings: dict[str, Meeting] = {m.key: m for m in source.meetings}

    # ------------------------------------------------------------ records

    def meeting(self, key: str) -> Meeting:
        try:
            return self.meetings[key]
        except KeyError:
            raise ArchiveLookupError(msg("docx.no_meeting", key=key)) from None

    def body(self, key: str) -> Body:
        try:
            return self.bodies[key]
        except KeyError:
            raise ArchiveLookupError(msg("docx.no_body", key=key)) from None

    def body_of(self, meeting: Meeting) -> Body | None:
        return self.bodies.get(meeting.body)

    def body_name(self, meeting: Meeting) -> str:
        body = self.body_of(meeting)
        return clean_line(body.name) if body else ""

    @property
    def organisation(self) -> str:
        return clean_line(self.source.organisation.name)

    @property
    def organisation_short(self) -> str:
        org = self.source.organisation
        return clean_line(org.short_name or org.name)

    # ------------------------------------------------------------ names

    def person_name(self, key: str | None) -> str:
        if not key:
            return ""
        person = self.people.get(key)
        return clean_line(person.name) if person else clean_line(key)

    def unit_name(self, key: str | None) -> str:
        if not key:
            return ""
        unit = self.units.get(key)
        return clean_line(unit.name) if unit else clean_line(key)

    def committee_name(self, key: str | None) -> str:
        if not key:
            return ""
        committee = self.committees.get(key)
        return clean_line(committee.name) if committee else clean_line(key)

    def person_title(self, key: str | None, on: Moment = None) -> str:
        """The 职务 a person is named by on the day (domain.titles), else the title in the unit."""
        person = self.people.get(key or "")
        if person is None:
            return ""
        day = parse_date(on)
        held = [p.title for p in person.positions if _holds(p, day)]
        return clean_line(principal_title(held) or person.title_in_unit)

    def person_unit(self, key: str | None) -> str:
        person = self.people.get(key or "")
        return self.unit_name(person.unit) if person else ""

    def titled_name(self, key: str | None, on: Moment = None) -> str:
        """会长李光辉: the title before the name, as a sentence says it."""
        return self.person_title(key, on) + self.person_name(key)

    def attendee(self, key: str, on: Moment, mark: AttendanceMark | None = None) -> Attendee:
        return Attendee(
            key=key,
            unit=self.person_unit(key),
            name=self.person_name(key),
            title=self.person_title(key, on),
            note=clean_line(mark.note if mark else None),
            proxy_holder=self.person_name(mark.proxy_holder if mark else None),
        )

    def owner(self, owner: Owner) -> tuple[str, str]:
        """(责任单位 or 责任人, name) of an action item's owner."""
        if owner.person:
            return "责任人", self.person_name(owner.person)
        if owner.committee:
            return "责任单位", self.committee_name(owner.committee)
        return "责任单位", self.unit_name(owner.unit)

    # ------------------------------------------------------------ attendance

    def attendance(self, meeting: Meeting) -> dict[Attendance, list[Attendee]]:
        """Attendees grouped by status; seats not listed count as absent."""
        day = meeting.start
        groups: dict[Attendance, list[Attendee]] = {status: [] for status in Attendance}
        listed = set()
        for mark in meeting.attendance:
            listed.add(mark.person)
            groups[mark.status].append(self.attendee(mark.person, day, mark))
        for key in self.seat_keys(meeting):
            if key not in listed:
                groups[Attendance.ABSENT].append(self.attendee(key, day))
        return groups

    def seat_keys(self, meeting: Meeting) -> list[str]:
        """The people holding a seat of the meeting's body in the meeting's term."""
        body = self.body_of(meeting)
        return body.seat_keys(meeting.term) if body else []


def _holds(position: Position, day: dt.date | None) -> bool:
    if day is None:
        return position.end is None
    start, end = position.start, position.end
    return (start is None or start <= day) and (end is None or day < end)  # to: not held
