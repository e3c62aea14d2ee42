"""Backups: backup now, the daily rotation, the list, restore and recovery."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError
from minutes_app.services.backups import (
    backup_now,
    daily_backup,
    daily_backups,
    describe,
    latest_backup,
    list_backups,
    recover_damaged,
    restore,
    to_keep,
)
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.backup import backup_file


def _set_location(db: Any, place: str) -> None:
    doc = get_meeting(db, "m-5-5")
    doc.location = place
    save_meeting(db, doc)


def test_backup_now_is_a_checked_owner_only_copy(loaded_db: Any, tmp_path: Path) -> None:
    _set_location(loaded_db, "只在 WAL 里的修改")  # not yet checkpointed into the .db file
    info = backup_now(loaded_db, tmp_path / "copy.db")
    assert info.meetings == 1 and info.usable
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT location FROM meetings").fetchone()[0] == "只在 WAL 里的修改"
    conn.close()
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.glob(".minutes-backup-*")] == []


def test_backup_refuses_the_database_itself_and_a_missing_folder(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="不能是数据库文件本身"):
        backup_now(loaded_db, db_path)
    with pytest.raises(UserError, match="不存在"):
        backup_now(loaded_db, tmp_path / "missing" / "x.db")
    assert db_path.read_bytes() == before


def test_a_failed_backup_keeps_the_old_file(
    loaded_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"yesterday's backup")

    def full(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="磁盘空间不足"):
        backup_now(loaded_db, target)
    assert target.read_bytes() == b"yesterday's backup"
    assert [p.name for p in tmp_path.glob(".minutes-backup-*")] == []


@pytest.mark.parametrize(
    ("days", "daily", "weekly", "kept"),
    [
        (30, 7, 4, 11),  # 7 days, then 4 older weeks
        (5, 7, 4, 5),
        (30, 0, 0, 0),
        (30, 3, 0, 3),
        (90, 7, 4, 11),
    ],
)
def test_rotation_keeps_daily_then_weekly(days: int, daily: int, weekly: int, kept: int) -> None:
    today = dt.date(2024, 8, 11)  # a Sunday
    all_days = [today - dt.timedelta(days=n) for n in range(days)]
    keep = to_keep(all_days, daily, weekly)
    assert len(keep) == kept
    assert set(all_days[: min(daily, days)]) <= keep
    weeks = [d.isocalendar()[:2] for d in keep]
    assert len(weeks) - len(set(weeks)) <= max(daily - 1, 0)  # one per week beyond the dailies


def test_daily_backup_once_a_day_with_rotation(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    start = dt.date(2024, 6, 1)
    for n in range(60):
        daily_backup(db_path, folder, start + dt.timedelta(days=n))
    assert daily_backup(db_path, folder, start + dt.timedelta(days=59)) is None  # already made
    days = [d for d, _ in daily_backups(db_path, folder)]
    last = start + dt.timedelta(days=59)
    assert days[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    assert len(days) == 11
    assert len({d.isocalendar()[:2] for d in days[7:]}) == 4
    manual = backup_now(loaded_db, folder / "minutes-manual.db")
    daily_backup(db_path, folder, last + dt.timedelta(days=1))
    assert manual.path.exists()  # rotation never touches backups it did not make


def test_the_list_shows_date_size_and_meetings(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    backup_now(loaded_db, folder / "a.db")
    (folder / "notes.db").write_bytes(b"not a database")
    infos = {i.path.name: i for i in list_backups(db_path, folder)}
    assert infos["a.db"].meetings == 1 and infos["a.db"].size > 0
    assert infos["notes.db"].meetings is None and not infos["notes.db"].usable
    assert db_path.name not in infos
    latest = latest_backup(db_path, folder)
    assert latest is not None and latest.path.name == "a.db"


def test_restore_backs_up_first_and_the_database_reconnects(loaded_db: Any, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = backup_now(loaded_db, folder / "before.db")
    _set_location(loaded_db, "新地点")
    safety = restore(loaded_db, old.path, folder)
    assert get_meeting(loaded_db, "m-5-5").location == "协会会议室"  # same Database object
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT location FROM meetings").fetchone()[0] == "新地点"
    conn.close()
    _set_location(loaded_db, "恢复后仍可保存")
    assert get_meeting(loaded_db, "m-5-5").location == "恢复后仍可保存"


def test_restore_refuses_an_unreadable_backup(loaded_db: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"PK\x03\x04 not sqlite")
    with pytest.raises(UserError, match="不是可用的备份"):
        restore(loaded_db, bad, tmp_path)
    assert get_meeting(loaded_db, "m-5-5").location == "协会会议室"


def test_recovery_keeps_the_damaged_file(loaded_db: Any, db_path: Path, tmp_path: Path) -> None:
    good = backup_now(loaded_db, tmp_path / "good.db")
    loaded_db.dispose()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    damaged = db_path.read_bytes()
    aside = recover_damaged(db_path, good.path)
    assert aside.read_bytes() == damaged
    assert describe(db_path).meetings == 1


def test_backup_file_reports_a_damaged_source(
    db_path: Path, loaded_db: Any, tmp_path: Path
) -> None:
    loaded_db.dispose()
    db_path.write_bytes(db_path.read_bytes()[:6000])
    with pytest.raises(UserError):
        backup_file(db_path, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()
