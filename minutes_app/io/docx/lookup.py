"""Resolve the keys of an exported archive dict: people, units, bodies, committees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from minutes_app.domain.messages import Message, msg
from minutes_app.domain.titles import principal_title
from minutes_app.io.docx.text import clean_line, parse_date

Record = dict[str, Any]

ATTENDANCE_ORDER = ("present", "proxy", "excused", "absent", "observer")


class ArchiveLookupError(KeyError):
    """A key the document needs is not in the archive."""

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


def _index(records: list[Record] | None) -> dict[str, Record]:
    return {record["key"]: record for record in records or []}


class Lookup:
    """Key-to-record indexes over one archive, built once per export."""

    def __init__(self, archive: Record) -> None:
        self.archive = archive
        self.people = _index(archive.get("people"))
        self.units = _index(archive.get("units"))
        self.bodies = _index(archive.get("bodies"))
        self.committees = _index(archive.get("committees"))
        self.meetings = _index(archive.get("meetings"))

    # ------------------------------------------------------------ records

    def meeting(self, key: str) -> Record:
        try:
            return self.meetings[key]
        except KeyError:
            raise ArchiveLookupError(msg("docx.no_meeting", key=key)) from None

    def body(self, key: str) -> Record:
        try:
            return self.bodies[key]
        except KeyError:
            raise ArchiveLookupError(msg("docx.no_body", key=key)) from None

    @property
    def organisation(self) -> str:
        return clean_line((self.archive.get("organisation") or {}).get("name"))

    @property
    def organisation_short(self) -> str:
        org = self.archive.get("organisation") or {}
        return clean_line(org.get("short_name") or org.get("name"))

    # ------------------------------------------------------------ names

    def person_name(self, key: str | None) -> str:
        if not key:
            return ""
        person = self.people.get(key)
        return clean_line(person["name"]) if person else clean_line(key)

    def unit_name(self, key: str | None) -> str:
        if not key:
            return ""
        unit = self.units.get(key)
        return clean_line(unit["name"]) if unit else clean_line(key)

    def committee_name(self, key: str | None) -> str:
        if not key:
            return ""
        committee = self.committees.get(key)
        return clean_line(committee["name"]) if committee else clean_line(key)

    def person_title(self, key: str | None, on: str | None = None) -> str:
        """The 职务 a person is named by on the day (domain.titles), else the title in the unit."""
        person = self.people.get(key or "")
        if person is None:
            return ""
        day = parse_date(on)
        held = [p.get("title") or "" for p in person.get("positions") or [] if _holds(p, day)]
        return clean_line(principal_title(held) or person.get("title_in_unit"))

    def person_unit(self, key: str | None) -> str:
        person = self.people.get(key or "")
        return self.unit_name(person.get("unit")) if person else ""

    def titled_name(self, key: str | None, on: str | None = None) -> str:
        """会长李光辉: the title before the name, as a sentence says it."""
        return self.person_title(key, on) + self.person_name(key)

    def attendee(self, entry: Record, on: str | None) -> Attendee:
        key = entry.get("person", "")
        return Attendee(
            key=key,
            unit=self.person_unit(key),
            name=self.person_name(key),
            title=self.person_title(key, on),
            note=clean_line(entry.get("note")),
            proxy_holder=self.person_name(entry.get("proxy_holder")),
        )

    def owner(self, owner: Record | None) -> tuple[str, str]:
        """(责任单位 or 责任人, name) of an action item's owner."""
        owner = owner or {}
        if owner.get("person"):
            return "责任人", self.person_name(owner["person"])
        if owner.get("committee"):
            return "责任单位", self.committee_name(owner["committee"])
        return "责任单位", self.unit_name(owner.get("unit"))

    # ------------------------------------------------------------ attendance

    def attendance(self, meeting: Record) -> dict[str, list[Attendee]]:
        """Attendees grouped by status; seats not listed count as absent."""
        day = meeting.get("start")
        groups: dict[str, list[Attendee]] = {status: [] for status in ATTENDANCE_ORDER}
        listed = set()
        for entry in meeting.get("attendance") or []:
            listed.add(entry.get("person"))
            groups.setdefault(entry.get("status", "present"), []).append(self.attendee(entry, day))
        for key in self.seat_keys(meeting):
            if key not in listed:
                groups["absent"].append(self.attendee({"person": key}, day))
        return groups

    def seat_keys(self, meeting: Record) -> list[str]:
        """The people holding a seat of the meeting's body in the meeting's term."""
        body = self.bodies.get(meeting.get("body", ""), {})
        term = meeting.get("term")
        return [
            seat["person"]
            for seat in body.get("seats") or []
            if term is None or seat.get("term") == term
        ]


def _holds(position: Record, day: dt.date | None) -> bool:
    if day is None:
        return position.get("to") is None
    start, end = parse_date(position.get("from")), parse_date(position.get("to"))
    return (start is None or start <= day) and (end is None or day < end)  # to: not held
