"""Due dates as an iCalendar file (RFC 5545): one all-day event per open item.

Lines end in CRLF and are folded at 75 octets without splitting a character; text
values are escaped; each event's UID comes from the meeting and action keys, so the same
item keeps its UID from one export to the next and calendars update it in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import quote

from minutes_app.domain.actions import ActionRow
from minutes_app.io.actions.columns import status_text
from minutes_app.io.actions.text import clean_text

UID_DOMAIN = "minutes-app"
PRODID = "-//minutes-app//Action items//ZH"
MAX_OCTETS = 75


def write_ics(path: Path, rows: Sequence[ActionRow], as_of: dt.date, organisation: str) -> int:
    events = [r for r in rows if r.is_open and r.due is not None]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [*_calendar_head(organisation)]
    for row in events:
        lines += _event(row, stamp, as_of)
    lines.append("END:VCALENDAR")
    path.write_bytes(b"".join(_fold(line) for line in lines))
    return len(events)


def uid(row: ActionRow) -> str:
    safe = "-._~"
    return f"{quote(row.meeting_key, safe=safe)}.{quote(row.action_key, safe=safe)}@{UID_DOMAIN}"


def _calendar_head(organisation: str) -> Iterator[str]:
    yield "BEGIN:VCALENDAR"
    yield "VERSION:2.0"
    yield f"PRODID:{PRODID}"
    yield "CALSCALE:GREGORIAN"
    yield "METHOD:PUBLISH"
    yield f"X-WR-CALNAME:{escape(f'{organisation}督办事项' if organisation else '督办事项')}"


def _event(row: ActionRow, stamp: str, as_of: dt.date) -> list[str]:
    assert row.due is not None
    overdue = "（已逾期）" if row.is_overdue(as_of) else ""
    summary = f"督办：{row.title}" + (f"（{row.owner_name}）" if row.owner_name else "")
    details = [
        f"责任方：{row.owner_name}" if row.owner_name else "",
        f"状态：{status_text(row.status)}{overdue}",
        f"来源：{row.meeting_title}（{row.meeting_day.isoformat()}）",
        f"决定事项：{row.decision_text}" if row.decision_text else "",
        f"最新进展：{row.latest_note}（{row.latest_on.isoformat()}）"
        if row.latest_note and row.latest_on
        else "",
    ]
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(row)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{row.due.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(row.due + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(chr(10).join(d for d in details if d))}",
        "CATEGORIES:督办事项",
        "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = clean_text(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return text.replace("\t", " ")


def _fold(line: str) -> bytes:
    """One content line as bytes: at most 75 octets a line, continuation lines indented."""
    out = bytearray()
    room = MAX_OCTETS
    for char in line:
        data = char.encode("utf-8")
        if len(data) > room:
            out += b"\r\n "
            room = MAX_OCTETS - 1
        out += data
        room -= len(data)
    return bytes(out) + b"\r\n"
