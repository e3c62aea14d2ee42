"""The meeting as a save left it, built from the rows written instead of read back.

A save knows every row it stored: the loader's rows (matched ones carry their stored
ids, new ones the ids they were inserted with) and, for the columns the app keeps apart
(resolution numbers, applied flags), the stored rows it compared them with. The
typed read (services.meeting_records) turns those rows into the record a fresh read gives, with
the resolution numbers a renumbering gave (services.numbering returns them). Nothing
of the meeting is read again.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy.orm import Session

from minutes_app.domain.records import Meeting
from minutes_app.services.archive_load.registry import Registry
from minutes_app.services.archive_snapshot import Keys, Snapshot
from minutes_app.services.meeting_diff import KEPT
from minutes_app.services.meeting_reads import MEETING_TABLES
from minutes_app.services.meeting_records import KeyMaps, read_meetings
from minutes_app.services.numbering import Number
from minutes_app.store.models import Base
from minutes_app.store.rows import Row, Rows

# Columns a save never takes from the loader: the stored row's value stands (the id
# is the loader's row's, given the stored one or the one it was inserted with).
_STORED = KEPT - {"id"}


class _Record(dict[str, Any]):
    """A row as a dict that the export reads by attribute, as it reads a database row."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class WrittenSnapshot(Snapshot):
    """A Snapshot over rows held in memory: the one meeting a save just wrote."""

    def __init__(self, session: Session, tables: dict[str, list[Row]]) -> None:
        super().__init__(session, set())
        self.held = tables

    def rows(self, name: str, *order: str) -> list[Any]:
        rows = [_Record(r) for r in self.held.get(name, [])]
        return sorted(rows, key=lambda r: tuple(r[c] for c in (order or ("id",))))


@functools.cache
def _defaults(name: str) -> dict[str, Any]:
    """What the database fills in for a column an insert leaves out."""
    out: dict[str, Any] = {}
    for column in Base.metadata.tables[name].c:
        default = column.default
        scalar = default is not None and default.is_scalar
        out[column.key] = default.arg if scalar else None  # type: ignore[union-attr]
    return out


def _as_stored(name: str, row: Row, before: Row | None) -> Row:
    out = {**_defaults(name), **row}
    if before is not None:
        out.update({c: before[c] for c in _STORED if c in before})
    return out


def written_tables(
    rows: Rows, old: dict[str, list[Row]], stored_meeting: Row, registry: Registry
) -> dict[str, list[Row]]:
    """The meeting's rows as stored now (after the plan was written, before renumbering)."""
    meeting = {**_defaults("meetings"), **rows.meetings[0]}
    meeting.update(id=stored_meeting["id"], content_hash=stored_meeting.get("content_hash"))
    out: dict[str, list[Row]] = {"meetings": [meeting]}
    for name in MEETING_TABLES:
        by_id = {r["id"]: r for r in old[name]}
        out[name] = [_as_stored(name, r, by_id.get(r["id"])) for r in getattr(rows, name)]
    out["bodies"] = list(registry.body_rows.values())
    return out


def put_numbers(tables: dict[str, list[Row]], numbers: dict[int, Number]) -> None:
    """Put the numbers the renumbering gave into the held decisions."""
    for row in tables["decisions"]:
        if row["id"] in numbers:
            row["number_year"], row["number_seq"], row["number"] = numbers[row["id"]]


def saved_meeting(
    session: Session, tables: dict[str, list[Row]], registry: Registry, org_name: str
) -> Meeting:
    """The saved meeting as a typed record, as meeting_store.read_meeting would read it."""
    snap = WrittenSnapshot(session, tables)
    keys = Keys(snap, registry=False)
    for lookup, found in (
        (keys.people, registry.people.ids),
        (keys.units, registry.units.ids),
        (keys.committees, registry.committees.ids),
    ):
        lookup.update({record_id: key for key, record_id in found.items()})
    names = KeyMaps.of(keys)
    return read_meetings(snap, names, org_name, dt.date.today())[0]
