"""Exports and backups into places that refuse them: they say so and lose nothing."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError
from minutes_app.services.archive import export_archive
from minutes_app.services.backups import backup_now


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot create files in.

    As an ordinary user a chmod 0555 folder; as root (CI) permission bits do not stop
    writes, so a folder of the kernel's sysfs, which refuses new files even to root.
    """
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o555)
        yield folder
        folder.chmod(0o700)
        return
    sysfs = Path("/sys/kernel")
    if not sysfs.is_dir():
        pytest.skip("no sysfs to stand for a folder root cannot write")
    yield sysfs


def test_an_export_to_a_folder_that_is_not_writable_says_so(
    loaded_db: Any, unwritable_folder: Path
) -> None:
    with pytest.raises(UserError, match=r"没有权限|只读") as caught:
        export_archive(loaded_db, unwritable_folder / "minutes.json")
    assert "\n" not in str(caught.value)
    assert not (unwritable_folder / "minutes.json").exists()


def test_a_backup_to_a_folder_that_is_not_writable_says_so(
    loaded_db: Any, unwritable_folder: Path
) -> None:
    with pytest.raises(UserError, match=r"没有权限|只读"):
        backup_now(loaded_db, unwritable_folder / "minutes-backup.db")


def _held_elsewhere(*_args: Any) -> None:
    """What Windows raises when Word or Excel holds the target open."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is "
                          "being used by another process")  # fmt: skip
    exc.winerror = 32  # type: ignore[attr-defined]
    raise exc


def test_an_export_over_a_file_open_elsewhere_keeps_the_old_file(
    loaded_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "minutes.json"
    target.write_text("last week's export", encoding="utf-8")
    monkeypatch.setattr(os, "replace", _held_elsewhere)
    with pytest.raises(UserError, match="正被其他程序打开"):
        export_archive(loaded_db, target)
    assert target.read_text(encoding="utf-8") == "last week's export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_export_on_a_full_disk_keeps_the_old_file(
    loaded_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "minutes.json"
    target.write_text("last week's export", encoding="utf-8")

    def full(*_args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="磁盘空间不足"):
        export_archive(loaded_db, target)
    assert target.read_text(encoding="utf-8") == "last week's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_exports_and_backups_are_owner_only(loaded_db: Any, tmp_path: Path) -> None:
    export_archive(loaded_db, tmp_path / "minutes.json")
    backup_now(loaded_db, tmp_path / "minutes-backup.db")
    if os.name == "posix":
        for name in ("minutes.json", "minutes-backup.db"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
