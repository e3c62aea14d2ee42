"""A full disk (PRAGMA max_page_count): a clear message, and nothing earlier is lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from minutes_app.services.archive import export_archive, import_archive
from minutes_app.services.integrity import check_database
from minutes_app.services.meeting_store import create_meeting, get_meeting, save_meeting
from minutes_app.store.database import open_database
from minutes_app.store.errors import DiskFull

AS_OF = dt.date(2024, 12, 1)


def _fill_up(db: Any, spare_pages: int) -> None:
    """Every new connection may grow the file by only `spare_pages` pages."""
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def _snapshot(db_path: Path, out: Path) -> bytes:
    db = open_database(db_path)
    try:
        export_archive(db, out, as_of=AS_OF)
        assert check_database(db).ok
    finally:
        db.dispose()
    return out.read_bytes()


def test_a_save_on_a_full_disk_fails_with_one_line_and_keeps_everything(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    doc.location = "保存于磁盘写满之前"
    save_meeting(loaded_db, doc)
    loaded_db.dispose()
    before = _snapshot(db_path, tmp_path / "before.json")
    _fill_up(loaded_db, spare_pages=2)
    doc = get_meeting(loaded_db, "m-5-5")
    doc.agenda[0].notes = "会议记录" * 50_000  # 600 KB of text: far beyond two pages
    with pytest.raises(DiskFull, match="磁盘空间不足") as caught:
        save_meeting(loaded_db, doc)
    assert "\n" not in str(caught.value)
    copy = get_meeting(loaded_db, "m-5-5")
    copy = dataclasses.replace(copy, key="m-5-6", sequence=6,
                               start=dt.datetime(2024, 8, 20, 9, 0), end=None,
                               figures=None)  # fmt: skip
    copy.agenda[0].notes = "新会议" * 50_000
    with pytest.raises(DiskFull):
        create_meeting(loaded_db, copy)
    loaded_db.dispose()
    assert _snapshot(db_path, tmp_path / "after.json") == before


def test_an_import_on_a_full_disk_writes_nothing(
    db_path: Path, tmp_path: Path, sample: dict[str, Any], write_json: Any
) -> None:
    db = open_database(db_path)
    _fill_up(db, spare_pages=3)
    sample["meetings"][0]["agenda"][0]["notes"] = "会议记录" * 50_000
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        import_archive(db, write_json(sample))
    db.dispose()
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM meetings").scalar() == 0
        assert check_database(db).ok
    finally:
        db.dispose()
