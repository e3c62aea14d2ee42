"""An archive file (as `export-archive` writes it) → the typed records the papers read.

For papers written from a file: the sample archives (io.archive.sample) of the tests
and of benchmarks/bench_docx.py. The app reads the records from the tables
(services.paper_reads).
`paper_source_from_json` keeps only what the papers print (domain.papers); meetings go
through meeting_codec.meeting_from_json. Fields the archive leaves out read as empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from minutes_app.domain.enums import Base, CommitteeKind
from minutes_app.domain.papers import (
    Body,
    Committee,
    CommitteeMember,
    Organisation,
    PaperSource,
    Person,
    Position,
    Quorum,
    Seat,
    Unit,
)
from minutes_app.domain.records import PassRule
from minutes_app.io.archive.meeting_codec import meeting_from_json

Json = Mapping[str, Any]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def paper_source_from_json(archive: Json) -> PaperSource:
    org = archive.get("organisation") or {}
    return PaperSource(
        organisation=Organisation(org.get("name") or "", org.get("short_name")),
        units=tuple(_unit(u) for u in archive.get("units") or []),
        people=tuple(_person(p) for p in archive.get("people") or []),
        bodies=tuple(_body(b) for b in archive.get("bodies") or []),
        committees=tuple(_committee(c) for c in archive.get("committees") or []),
        meetings=tuple(meeting_from_json(m) for m in archive.get("meetings") or []),
    )


def _unit(u: Json) -> Unit:
    return Unit(u["key"], u.get("name") or "", u.get("phone"))


def _person(p: Json) -> Person:
    positions = tuple(
        Position(e.get("title") or "", _date(e.get("from")), _date(e.get("to")))
        for e in p.get("positions") or []
    )
    return Person(
        p["key"], p.get("name") or "", p.get("unit"), p.get("title_in_unit"), positions,
        p.get("phone"),
    )  # fmt: skip


def _body(b: Json) -> Body:
    quorum = b.get("quorum")
    rule = b.get("pass_rule")
    return Body(
        key=b["key"],
        name=b.get("name") or "",
        short_name=b.get("short_name"),
        quorum=Quorum(quorum.get("fraction") or "", bool(quorum.get("inclusive", True)))
        if quorum
        else None,
        pass_rule=_rule(rule) if rule else None,
        seats=tuple(Seat(s["person"], s.get("term")) for s in b.get("seats") or []),
    )


def _rule(rule: Json) -> PassRule:
    return PassRule(
        rule.get("fraction") or "",
        bool(rule.get("inclusive", True)),  # None reads as exclusive, as the writers did
        Base(rule.get("of") or Base.PRESENT),
    )


def _committee(c: Json) -> Committee:
    members = tuple(
        CommitteeMember(m["person"], m.get("role") or "", _date(m.get("from")), _date(m.get("to")))
        for m in c.get("members") or []
    )
    kind = c.get("kind")
    return Committee(c["key"], c.get("name") or "", CommitteeKind(kind) if kind else None, members)
