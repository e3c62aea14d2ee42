"""The figures as tables (the same for the window, the Word annex and the workbook) and the
records behind one bar of a chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutes_app.domain.enums import EffectType, Outcome, UnitRole
from minutes_app.domain.report import SEAT_STATUSES, Figures, MeetingAttendance, Tally
from minutes_app.domain.report_text import Labels
from minutes_app.domain.titles import chinese_date


@dataclass(frozen=True)
class Rate:
    """A share in [0, 1], or None when there is nothing to share (shown as —)."""

    value: float | None

    def __str__(self) -> str:
        return "—" if self.value is None else f"{self.value * 100:.1f}%"


Cell = str | int | Rate


@dataclass(frozen=True)
class Table:
    key: str  # table.months …: its title under Labels
    columns: tuple[str, ...]  # column titles (already in the labels' language)
    rows: tuple[tuple[Cell, ...], ...]
    chart: str | None = None  # the chart drawn beside it


TALLY_KEYS = ("col.base", *(str(s) for s in SEAT_STATUSES), "col.rate")


def _tally(t: Tally) -> tuple[Cell, ...]:
    return (t.base, t.present, t.proxy, t.excused, t.absent, Rate(t.rate))


def tables(f: Figures, say: Labels) -> tuple[Table, ...]:
    return (
        months_table(f, say),
        bodies_table(f, say),
        meetings_table(f, say),
        seats_table(f, say),
        decisions_table(f, say),
        registry_table(f, say),
        committees_table(f, say),
        actions_table(f, say),
        owners_table(f, say),
    )


def months_table(f: Figures, say: Labels) -> Table:
    years = len({m.year for m in f.months}) > 1
    rows: list[tuple[Cell, ...]] = [
        (say.month(m.year, m.month, years), *m.by_body, m.total) for m in f.months
    ]
    totals = [sum(m.by_body[i] for m in f.months) for i in range(len(f.bodies))]
    rows.append((say("col.total"), *totals, sum(totals)))
    columns = (say("col.month"), *(b.name for b in f.bodies), say("col.total"))
    return Table("table.months", columns, tuple(rows), "months")


def bodies_table(f: Figures, say: Labels) -> Table:
    keys = ("col.body", "col.held", "quorate", "inquorate", "col.seats", *TALLY_KEYS[1:])
    rows = tuple(
        (f.body_name(b.body_key), b.held, b.quorate, b.inquorate, *_tally(b.tally))
        for b in f.body_meetings
    )
    return Table("table.bodies", tuple(say(k) for k in keys), rows, "quorum")


def meetings_table(f: Figures, say: Labels) -> Table:
    keys = ("col.day", "col.meeting", *TALLY_KEYS, "col.quorum")
    rows = tuple(
        (m.day.isoformat(), m.title, *_tally(m.tally), say("quorate" if m.quorate else "inquorate"))
        for m in f.meetings
    )
    return Table("table.meetings", tuple(say(k) for k in keys), rows, "attendance")


def seats_table(f: Figures, say: Labels) -> Table:
    keys = ("col.body", "col.name", "col.meetings", *TALLY_KEYS[1:])
    rows = tuple((f.body_name(s.body_key), s.name, *_tally(s.tally)) for s in f.seats)
    return Table("table.seats", tuple(say(k) for k in keys), rows, "seats")


def decisions_table(f: Figures, say: Labels) -> Table:
    keys = ("col.kind", *(str(o) for o in Outcome), "col.total")
    rows: list[tuple[Cell, ...]]
    rows = [
        (say(str(k.kind)), *(k.counts.get(o) for o in Outcome), k.counts.total) for k in f.by_kind
    ]
    rows.append((say("col.total"), *(f.decisions.get(o) for o in Outcome), f.decisions.total))
    return Table("table.decisions", tuple(say(k) for k in keys), tuple(rows), "decisions")


def registry_table(f: Figures, say: Labels) -> Table:
    rows = tuple((say(str(t.role)), t.granted, t.revoked) for t in f.registry.tiers)
    columns = (say("col.tier"), say("granted"), say("revoked"))
    return Table("table.registry", columns, rows, "registry")


def committees_table(f: Figures, say: Labels) -> Table:
    titles = {m.key: m.title for m in f.meetings}
    kinds = {
        EffectType.ESTABLISH_COMMITTEE: "established",
        EffectType.DISSOLVE_COMMITTEE: "dissolved",
    }
    rows = tuple(
        (e.subject, say(kinds[e.type]), titles.get(e.meeting_key, e.meeting_key))
        for e in f.changes
        if e.type in kinds
    )
    columns = (say("col.committee"), say("col.change"), say("col.meeting"))
    return Table("table.committees", columns, rows)


def actions_table(f: Figures, say: Labels) -> Table:
    a = f.actions
    median = "—" if a.median_days is None else f"{a.median_days:g}"
    p90 = "—" if a.p90_days is None else str(a.p90_days)
    overdue = say("fig.overdue").replace("{d}", chinese_date(a.as_of))
    rows: tuple[tuple[Cell, ...], ...] = (
        (say("fig.opened"), a.opened),
        (say("fig.closed"), a.closed),
        (say("fig.on_time"), a.on_time),
        (say("fig.late"), a.late),
        (say("fig.no_due"), a.no_due),
        (say("fig.undated"), a.undated),
        (say("fig.cancelled"), a.cancelled),
        (say("fig.median"), median),
        (say("fig.p90"), p90),
        (overdue, a.overdue),
    )
    return Table("table.actions", (say("col.figure"), say("col.value")), rows)


def owners_table(f: Figures, say: Labels) -> Table:
    keys = ("col.owner", "col.opened", "col.closed", "on_time", "late", "overdue")
    rows = tuple(
        (o.owner or say("no_owner"), o.opened, o.closed, o.on_time, o.late, o.overdue)
        for o in f.actions.by_owner
    )
    return Table("table.owners", tuple(say(k) for k in keys), rows, "actions")


# ---- what is behind a bar ------------------------------------------------------------


@dataclass(frozen=True)
class Pick:
    """A bar: chart, category (month, body, kind, tier, owner) and series."""

    chart: str
    category: str
    series: str = ""

    def encode(self) -> str:
        return "\x1f".join((self.chart, self.category, self.series))

    @classmethod
    def decode(cls, text: str) -> Pick:
        chart, category, series = ([*text.split("\x1f"), "", ""])[:3]
        return cls(chart, category, series)


@dataclass(frozen=True)
class Record:
    day: dt.date | None
    meeting: str
    what: str
    detail: str


RECORD_COLUMNS = ("col.day", "col.meeting", "col.what", "col.detail")


def records_behind(f: Figures, pick: Pick, say: Labels) -> tuple[Record, ...]:
    """The meetings, decisions, changes or items one bar counts."""
    meetings = {m.key: m for m in f.meetings}
    title = {k: m.title for k, m in meetings.items()}

    def of_meeting(key: str, what: str, detail: str) -> Record:
        m = meetings.get(key)
        return Record(m.day if m else None, title.get(key, key), what, detail)

    if pick.chart in ("months", "attendance", "quorum"):
        return tuple(
            of_meeting(m.key, say("meetings_held"), _attended(m.tally, say))
            for m in f.meetings
            if _meeting_matches(m, pick)
        )
    if pick.chart == "decisions":
        return tuple(
            of_meeting(d.meeting_key, d.text, say(str(d.outcome)))
            for d in f.decision_lines
            if str(d.kind) == pick.category and str(d.outcome) == pick.series
        )
    if pick.chart == "registry":
        wanted = EffectType.GRANT_ROLE if pick.series == "granted" else EffectType.REVOKE_ROLE
        return tuple(
            of_meeting(e.meeting_key, e.subject, say(pick.series))
            for e in f.changes
            if e.type is wanted and e.role is UnitRole(pick.category)
        )
    if pick.chart == "seats":  # one seat-holder's bar: their status at each meeting
        return tuple(
            of_meeting(key, s.name, say(str(status)))
            for s in f.seats
            if (s.body_key, s.person_key) == (pick.category, pick.series)
            for key, status in s.marks
        )
    if pick.chart == "actions":
        return tuple(
            Record(
                x.due, x.meeting_title or title.get(x.meeting_key, ""), x.title, say(pick.series)
            )
            for x in f.actions.lines
            if (x.owner or say("no_owner")) == pick.category
            and bool(getattr(x, pick.series, False))
        )
    return ()


def _meeting_matches(m: MeetingAttendance, pick: Pick) -> bool:
    if pick.chart == "months":
        month = f"{m.day.year:04d}-{m.day.month:02d}"
        return month == pick.category and m.body_key == pick.series
    if pick.chart == "attendance":
        return m.key == pick.category
    return m.body_key == pick.category and (pick.series == "quorate") == m.quorate


def _attended(t: Tally, say: Labels) -> str:
    parts = (f"{say(str(s))}{n}" for s, n in zip(SEAT_STATUSES, _tally(t)[1:5], strict=True))
    return f"{say('col.base')}{t.base}，" + "，".join(parts) + f"，{say('col.rate')}{Rate(t.rate)}"


__all__ = ["Cell", "Pick", "Rate", "Record", "Table", "records_behind", "tables"]
