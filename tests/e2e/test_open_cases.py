"""Opening a database file: each problem with a real file made for it.

Every refused file is left byte for byte as it was. The window's start-up (the Opener)
is driven through its dialogs: they open with open(), and the test answers them.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from minutes_app.services.archive import export_archive
from minutes_app.services.backups import backup_now
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database
from minutes_app.store.errors import (
    DamagedDatabase,
    DatabaseInUse,
    DatabaseOpenError,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
)
from minutes_app.store.location import location_warning, network_filesystem, read_only_reason


@pytest.fixture(autouse=True)
def no_modal_exec(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise AssertionError("a modal exec() was reached; use open() and signals")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def sample_db(loaded_db: Any, db_path: Path) -> Path:
    """The sample database, closed, as a file."""
    loaded_db.dispose()
    return db_path


def _word_file(path: Path) -> None:
    """What Word writes: a zip with [Content_Types].xml and word/document.xml."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", "<w:document>会议纪要</w:document>")


# --- not a database, damaged, newer -------------------------------------------------


def test_a_word_file_renamed_db_is_refused_untouched(tmp_path: Path) -> None:
    fake = tmp_path / "纪要.db"
    _word_file(fake)
    before = fake.read_bytes()
    with pytest.raises(NotADatabase, match="不是本程序的数据库文件"):
        open_database(fake)
    assert fake.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["纪要.db"]  # no -wal, no journal


def test_another_apps_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(NotADatabase, match="不是 minutes-app 的数据库"):
        open_database(other)
    assert other.read_bytes() == before


def test_a_truncated_database_is_damaged(sample_db: Path) -> None:
    data = sample_db.read_bytes()
    sample_db.write_bytes(data[: len(data) // 2])
    before = sample_db.read_bytes()
    with pytest.raises(DamagedDatabase, match=r"已损坏.*请从最近的备份恢复"):
        open_database(sample_db)
    assert sample_db.read_bytes() == before


def _corrupt(path: Path) -> None:
    """Garbage over the pages after the schema: the kind of damage a bad disk leaves."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 3, len(data), page * 2):
        data[offset + 8 : offset + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))


def test_a_corrupted_database_is_damaged(sample_db: Path) -> None:
    _corrupt(sample_db)
    before = sample_db.read_bytes()
    with pytest.raises(DamagedDatabase):
        open_database(sample_db)
    assert sample_db.read_bytes() == before


def test_a_database_from_a_newer_app_is_refused(sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    conn.commit()
    conn.close()
    before = sample_db.read_bytes()
    with pytest.raises(NewerDatabase, match="更新版本"):
        open_database(sample_db)
    assert sample_db.read_bytes() == before


# --- read-only file and folder ------------------------------------------------------


@pytest.fixture
def restore_permissions(tmp_path: Path) -> Iterator[list[Path]]:
    changed: list[Path] = []
    yield changed
    for path in changed:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _assert_read_only_open(path: Path, tmp_path: Path) -> None:
    """Opens read-only (even for root, whose writes the permissions would not stop)."""
    before = path.read_bytes()
    db = open_database(path)
    try:
        assert db.read_only
        doc = get_meeting(db, "m-5-5")
        doc.location = "别处"
        with pytest.raises(ReadOnlyDatabase, match="只读"):
            save_meeting(db, doc)
        with db.engine.connect() as conn, pytest.raises(Exception, match=r"readonly|read-only"):
            conn.exec_driver_sql("DELETE FROM meetings")
        out = tmp_path / "out"
        out.mkdir()
        assert export_archive(db, out / "a.json") == 1  # reading works
    finally:
        db.dispose()
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_read_only_file_opens_read_only(
    sample_db: Path, tmp_path: Path, restore_permissions: list[Path]
) -> None:
    os.chmod(sample_db, 0o444)
    restore_permissions.append(sample_db)
    assert read_only_reason(sample_db) is not None
    _assert_read_only_open(sample_db, tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_read_only_folder_opens_read_only(
    sample_db: Path, tmp_path: Path, restore_permissions: list[Path]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "minutes.db"
    shutil.move(sample_db, target)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    restore_permissions.append(folder)
    reason = read_only_reason(target)
    assert reason is not None and "文件夹" in reason.render()
    assert "does not allow writing" in reason.render("en")
    _assert_read_only_open(target, tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_no_new_database_in_a_read_only_folder(
    tmp_path: Path, restore_permissions: list[Path]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    restore_permissions.append(folder)
    with pytest.raises(DatabaseOpenError, match="不能在这里新建数据库"):
        open_database(folder / "new.db")
    assert list(folder.iterdir()) == []


def test_read_only_on_request_refuses_writes(sample_db: Path) -> None:
    db = open_database(sample_db, read_only="已在另一个窗口中打开")
    try:
        with pytest.raises(ReadOnlyDatabase, match="已在另一个窗口中打开"):
            save_meeting(db, get_meeting(db, "m-5-5"))
    finally:
        db.dispose()


def test_a_new_database_is_owner_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    db.dispose()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "new.db").stat().st_mode) == 0o600


# --- synced and network folders -----------------------------------------------------


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - 天津市工程咨询协会", "坚果云",
                                    "Google Drive", "iCloud Drive"])  # fmt: skip
def test_a_synced_folder_is_warned_about(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "协会" / "minutes.db"
    path.parent.mkdir(parents=True)
    warning = location_warning(path)
    assert warning is not None and "同步文件夹" in warning.render()
    assert warning.render("en").startswith("The database is in the synced folder")
    db = open_database(path)  # it still opens: a warning, not a refusal
    db.dispose()


def test_an_ordinary_folder_gets_no_warning(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "documents" / "minutes.db") is None


def test_network_mounts_are_told_from_the_mount_table() -> None:
    linux = "/dev/vda1 / ext4 rw 0 0\nnas:/export /mnt/nas nfs4 rw 0 0\n"
    mac = "/dev/disk1s1 on / (apfs, local)\n//sec@srv/share on /Volumes/share (smbfs, nodev)\n"
    if sys.platform == "win32":
        pytest.skip("Windows asks GetDriveTypeW instead of a mount table")
    assert network_filesystem(Path("/mnt/nas/协会/minutes.db"), linux) == "nfs4"
    assert network_filesystem(Path("/home/sec/minutes.db"), linux) is None
    assert network_filesystem(Path("/Volumes/share/minutes.db"), mac) == "smbfs"


# --- a second running window ----------------------------------------------------------

_HOLDER = """
import sys
from pathlib import Path
from minutes_app.store.lock import acquire
lock = acquire(Path(sys.argv[1]), "minutes-app window")
assert lock is not None
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def lock_holder(sample_db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's lock file, as a running window does."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(sample_db)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_a_second_window_is_told_who_holds_the_database(
    qapp: Any, sample_db: Path, lock_holder: subprocess.Popen[str]
) -> None:
    from minutes_app.app import lock_database

    with pytest.raises(DatabaseInUse) as caught:
        lock_database(sample_db)
    assert caught.value.pid == lock_holder.pid
    assert caught.value.host == socket.gethostname()
    assert str(lock_holder.pid) in caught.value.message
    assert socket.gethostname() in caught.value.message


def _box(qtbot: Any) -> QMessageBox:
    def visible() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip

    qtbot.waitUntil(lambda: bool(visible()))
    return visible()[0]


def _answer(qtbot: Any, yes: bool) -> str:
    box = _box(qtbot)
    text = box.text()
    buttons = {box.buttonRole(b): b for b in box.buttons()}
    role = QMessageBox.ButtonRole.YesRole if yes else QMessageBox.ButtonRole.RejectRole
    (buttons.get(role) or buttons[QMessageBox.ButtonRole.AcceptRole]).click()
    return text


def _opener(qtbot: Any, path: Path, folder: Path) -> tuple[Any, list[Any]]:
    from minutes_app.ui.backup.opening import Opener

    opener = Opener(str(path), folder)
    results: list[Any] = []
    opener.opened.connect(results.append)
    opener.gave_up.connect(lambda message: results.append(("gave up", message)))
    return opener, results


def _release(result: Any) -> None:
    result.db.dispose()
    if result.lock is not None:
        result.lock.unlock()


def test_the_window_offers_read_only_when_another_holds_the_lock(
    qtbot: Any, sample_db: Path, lock_holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    opener, results = _opener(qtbot, sample_db, tmp_path / "backups")
    opener.start()
    text = _answer(qtbot, yes=True)
    assert str(lock_holder.pid) in text and "只读" in text
    qtbot.waitUntil(lambda: bool(results))
    opened = results[0]
    assert opened.db.read_only and opened.lock is None
    assert any(str(lock_holder.pid) in note for note in opened.notes)
    _release(opened)


def test_the_window_can_decline_the_read_only_offer(
    qtbot: Any, sample_db: Path, lock_holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    opener, results = _opener(qtbot, sample_db, tmp_path / "backups")
    opener.start()
    _answer(qtbot, yes=False)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [("gave up", "")]


def test_the_window_offers_the_latest_backup_for_a_damaged_file(
    qtbot: Any, loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    backup_now(loaded_db, folder / "minutes-20240815-090000.db")
    loaded_db.dispose()
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    opener, results = _opener(qtbot, db_path, folder)
    opener.start()
    text = _answer(qtbot, yes=True)
    assert "已损坏" in text and "minutes-20240815-090000.db" in text
    qtbot.waitUntil(lambda: bool(results))
    opened = results[0]
    assert get_meeting(opened.db, "m-5-5").location == "协会会议室"
    kept = list(tmp_path.glob("minutes.damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file is kept
    assert any("minutes.damaged-" in note for note in opened.notes)
    _release(opened)


def test_a_damaged_file_without_backups_is_left_alone(
    qtbot: Any, sample_db: Path, tmp_path: Path
) -> None:
    _corrupt(sample_db)
    before = sample_db.read_bytes()
    opener, results = _opener(qtbot, sample_db, tmp_path / "no-backups")
    opener.start()
    text = _answer(qtbot, yes=False)
    assert "没有找到可用的备份" in text or "No usable backup" in text
    qtbot.waitUntil(lambda: bool(results))
    assert results[0][0] == "gave up" and "已损坏" in results[0][1]
    assert sample_db.read_bytes() == before


def test_the_window_refuses_a_word_file_with_one_message(qtbot: Any, tmp_path: Path) -> None:
    fake = tmp_path / "minutes.db"
    _word_file(fake)
    before = fake.read_bytes()
    opener, results = _opener(qtbot, fake, tmp_path / "backups")
    opener.start()
    assert "不是本程序的数据库文件" in _answer(qtbot, yes=False)
    qtbot.waitUntil(lambda: bool(results))
    assert results[0][0] == "gave up"
    assert fake.read_bytes() == before
    assert not (tmp_path / "minutes.db.lock").exists()


def test_the_window_warns_about_a_synced_folder(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "OneDrive" / "minutes.db"
    path.parent.mkdir()
    opener, results = _opener(qtbot, path, tmp_path / "backups")
    opener.start()
    qtbot.waitUntil(lambda: bool(results))
    opened = results[0]
    assert not opened.db.read_only and opened.lock is not None
    assert any("OneDrive" in note for note in opened.notes)
    _release(opened)


def test_a_lock_left_by_a_crashed_window_is_taken_over(qapp: Any, sample_db: Path) -> None:
    from minutes_app.app import lock_database

    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(sample_db)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    proc.kill()  # the window crashed: its lock file stays behind
    proc.wait()
    assert Path(f"{sample_db}.lock").exists()
    lock = lock_database(sample_db)
    assert lock is not None and lock.held
    lock.unlock()


def test_the_window_makes_the_data_folder_and_locks_the_new_database(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "first start" / "minutes.db"
    opener, results = _opener(qtbot, path, tmp_path / "backups")
    opener.start()
    qtbot.waitUntil(lambda: bool(results))
    opened = results[0]
    assert opened.lock is not None and opened.lock.held and path.exists()
    _release(opened)


def test_the_real_window_shows_the_banner_and_the_backup_menu(
    qtbot: Any, sample_db: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from minutes_app.app import show_main_window
    from minutes_app.ui.backup.banner import DatabaseBanner

    db = open_database(sample_db, read_only="已在另一个窗口中打开")
    prefs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        window = show_main_window(db, prefs, ["数据库位于同步文件夹“Dropbox”中"])
        qtbot.addWidget(window)
        banner = window.findChild(DatabaseBanner, "databaseBanner")
        assert banner is not None and "已在另一个窗口中打开" in banner.text()
        names = [a.objectName() for a in window.file_menu.actions()]
        assert {"backupAction", "restoreAction", "backupSettingsAction"} <= set(names)
        window.close()
    finally:
        db.dispose()
