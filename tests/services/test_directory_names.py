"""The names a meeting editor shows: read once, ahead of the first meeting opened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from minutes_app.services import catalog, directory_names
from minutes_app.services.meeting_store import get_meeting, save_meeting


@contextmanager
def statements(db: Any) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _registry_reads(seen: list[str]) -> list[str]:
    return [s for s in seen if any(t in s for t in ("FROM people", "FROM units", "positions"))]


def test_after_reading_ahead_a_meeting_of_any_day_reads_no_names(loaded_db: Any) -> None:
    directory_names.read_ahead(loaded_db)
    with statements(loaded_db) as seen:
        aug = directory_names.directory_names(loaded_db, dt.date(2024, 8, 11))
        jul = directory_names.directory_names(loaded_db, dt.date(2024, 7, 13))
    assert _registry_reads(seen) == []
    # The same names a fresh read gives, 职务 as of each day.
    assert list(aug.people) == catalog.people(loaded_db, dt.date(2024, 8, 11))
    assert list(jul.people) == catalog.people(loaded_db, dt.date(2024, 7, 13))
    assert list(aug.units) == catalog.units(loaded_db)


def test_a_write_makes_the_next_meeting_read_the_names_again(loaded_db: Any) -> None:
    directory_names.read_ahead(loaded_db)
    meeting = get_meeting(loaded_db, "m-5-5")
    meeting.location = "第三会议室"
    save_meeting(loaded_db, meeting)
    with statements(loaded_db) as seen:
        directory_names.directory_names(loaded_db, dt.date(2024, 8, 11))
    assert _registry_reads(seen) != []
