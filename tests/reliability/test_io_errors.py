"""Audit finding 3: a disk that fails is not a damaged database.

With the disk full or failing, SQLite says "database or disk is full" or "disk I/O
error" (ENOSPC, EIO) on an intact file. Those are told as what they are; "已损坏"
(which offers to restore a backup over the file) only when SQLite's own check finds
damage in a file it could read. The faults are injected at the sqlite3 level.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main
from minutes_app.domain.errors import UserError
from minutes_app.store import database, sqlite_file
from minutes_app.store.database import open_database
from minutes_app.store.errors import DamagedDatabase


class _Failing:
    """sqlite3 as the store sees it, with connections whose reads fail like a bad disk."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)

    def connect(self, *args: Any, **kwargs: Any) -> Any:
        conn = sqlite3.connect(*args, **kwargs)
        message = self.message

        class Conn:
            def execute(self, sql: str, *params: Any) -> Any:
                raise sqlite3.OperationalError(message)

            def close(self) -> None:
                conn.close()

        return Conn()


@pytest.fixture
def intact(loaded_db: Any, db_path: Path) -> Path:
    loaded_db.dispose()
    return db_path


@pytest.mark.parametrize(
    "fault,told",
    [("disk I/O error", "无法读取（I/O 错误）"), ("database or disk is full", "磁盘空间不足")],
)
def test_a_failing_disk_is_not_called_damage(
    intact: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, fault: str, told: str
) -> None:
    before = intact.read_bytes()
    # The first look at the file (store.sqlite_file) and the engine's (store.database).
    monkeypatch.setattr(sqlite_file, "sqlite3", _Failing(fault))
    monkeypatch.setattr(database, "sqlite3", _Failing(fault))
    with pytest.raises(UserError) as caught:
        open_database(intact)
    assert not isinstance(caught.value, DamagedDatabase)
    assert told in str(caught.value) and "已损坏" not in str(caught.value)
    for args in (["check"], ["export-archive", str(intact.with_name("x.json"))]):
        assert main(["--db", str(intact), *args]) == 1
        err = capsys.readouterr().err
        assert told in err and "已损坏" not in err and "请从最近的备份恢复" not in err, err
    assert intact.read_bytes() == before


def test_damage_found_by_the_check_is_still_called_damage(intact: Path) -> None:
    data = bytearray(intact.read_bytes())
    for offset in range(4096 + 200, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64  # every page after the first
    intact.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="已损坏"):
        open_database(intact)


def test_a_stray_wal_from_another_database_is_told_as_such(intact: Path, tmp_path: Path) -> None:
    """SQLite replays a -wal whose frames check out, whoever wrote it: here another
    program's pages over this file, which then reads as damaged."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        conn.execute("CREATE TABLE junk (a, b)")
        conn.execute("CREATE INDEX junk_b ON junk (b)")
        for n in range(300):
            conn.execute("INSERT INTO junk VALUES (?, ?)", (n, "某" * 300))
    wal = intact.with_name(intact.name + "-wal")
    wal.write_bytes(other.with_name(other.name + "-wal").read_bytes())
    conn.close()
    before = intact.read_bytes()
    with pytest.raises(UserError) as caught:
        open_database(intact)
    assert not isinstance(caught.value, DamagedDatabase), caught.value
    assert "minutes.db-wal" in str(caught.value) and "本身完好" in str(caught.value)
    assert intact.read_bytes() == before
