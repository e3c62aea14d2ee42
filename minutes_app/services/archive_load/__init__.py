"""Read and check a whole archive into rows, before anything touches the database."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from minutes_app.domain.enums import Outcome
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.messages import msg
from minutes_app.domain.titles import resolution_number
from minutes_app.io.archive import FORMAT, VERSION
from minutes_app.io.archive.fields import Record
from minutes_app.services.archive_load.meetings import load_meetings
from minutes_app.services.archive_load.registry import load_registry
from minutes_app.store.rows import Rows


def load_archive(data: Any, *, lenient: bool = False) -> Rows:
    """Validate everything and return the rows to insert; raises ValidationError with a path."""
    top = Record(data, "", lenient)
    if top.raw("format") != FORMAT:
        raise ValidationError(msg("archive.bad_format", format=FORMAT), path="format")
    version = top.raw("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ValidationError(msg("archive.newer", version=version), path="version")
    if version != VERSION:
        raise ValidationError(msg("archive.bad_version", version=VERSION), path="version")
    top.ignore("description")
    rows = Rows()
    registry = load_registry(top, rows)
    load_meetings(top, rows, registry)
    top.done()
    number_decisions(rows)
    return rows


def number_decisions(rows: Rows) -> None:
    """Passed decisions get numbers per body and year, in the order they were made."""
    meetings = {m["id"]: m for m in rows.meetings}
    bodies = {b["id"]: b for b in rows.bodies}
    items = {a["id"]: a["position"] for a in rows.agenda_items}
    ordered = sorted(
        (d for d in rows.decisions if d["outcome"] == Outcome.PASSED),
        key=lambda d: (
            meetings[d["meeting_id"]]["start"],
            d["meeting_id"],
            items[d["agenda_item_id"]],
            d["position"],
        ),
    )
    counters: dict[tuple[int, int], int] = defaultdict(int)
    for decision in ordered:
        meeting = meetings[decision["meeting_id"]]
        body = bodies[meeting["body_id"]]
        year = meeting["start"].year
        counters[(body["id"], year)] += 1
        seq = counters[(body["id"], year)]
        decision["number_year"] = year
        decision["number_seq"] = seq
        decision["number"] = resolution_number(
            meeting["term"], body["short_name"] or body["name"], year, seq
        )
