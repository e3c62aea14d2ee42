"""The backup pieces of the window, on their own: menu, banner, dialogs, daily backup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from minutes_app.services.backups import backup_now, daily_name
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database


@pytest.fixture(autouse=True)
def no_modal_exec(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise AssertionError("a modal exec() was reached; use open() and signals")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def prefs(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("backup/folder", str(tmp_path / "backups"))
    return settings


class StandIn(QMainWindow):
    """What install_backup_menu needs of the main window: ctx and a File menu with Quit."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.file_menu = self.menuBar().addMenu("&File")
        self.file_menu.addAction(QAction("&New meeting…", self))
        self.file_menu.addSeparator()
        self.file_menu.addAction(QAction("&Quit", self))


@pytest.fixture
def window(qtbot: Any, loaded_db: Any, prefs: QSettings) -> Iterator[StandIn]:
    from minutes_app.ui.context import AppContext

    win = StandIn(AppContext(loaded_db, prefs))
    qtbot.addWidget(win)
    yield win


def _menu_texts(win: StandIn) -> list[str]:
    return [a.text() or "—" for a in win.file_menu.actions()]


def test_the_menu_goes_before_quit_and_a_writable_file_gets_no_banner(window: StandIn) -> None:
    from minutes_app.ui.backup import install_backup_menu

    menu = install_backup_menu(window)
    texts = _menu_texts(window)
    assert texts.index("&New meeting…") < texts.index(menu.backup_action.text())
    assert texts.index(menu.settings_action.text()) < texts.index("&Quit")
    assert menu.restore_action.isEnabled() and menu.banner is None


def test_a_read_only_database_gets_a_banner_and_no_restore(
    qtbot: Any, db_path: Path, loaded_db: Any, prefs: QSettings
) -> None:
    from minutes_app.ui.backup import install_backup_menu
    from minutes_app.ui.context import AppContext

    loaded_db.dispose()
    db = open_database(db_path, read_only="已在另一个窗口中打开")
    try:
        win = StandIn(AppContext(db, prefs))
        qtbot.addWidget(win)
        menu = install_backup_menu(win, ["数据库位于同步文件夹“Dropbox”中"])
        assert not menu.restore_action.isEnabled() and menu.backup_action.isEnabled()
        assert menu.banner is not None
        assert "已在另一个窗口中打开" in menu.banner.text()
        assert "Dropbox" in menu.banner.text()
    finally:
        db.dispose()


def test_back_up_now_runs_in_a_worker_and_says_where(
    qtbot: Any, window: StandIn, tmp_path: Path
) -> None:
    from minutes_app.ui.backup import install_backup_menu

    dialog = install_backup_menu(window).open_backup()
    assert dialog.isVisible() and str(tmp_path / "backups") in dialog.target.text()
    with qtbot.waitSignal(dialog.backed_up, timeout=10_000) as done:
        dialog.start_button.click()
    info = done.args[0]
    assert info.path.exists() and info.meetings == 1
    assert str(info.path) in dialog.status.text()
    _whole_status_shows(qtbot, dialog)
    dialog.target.setText(str(tmp_path / "missing" / "x.db"))
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.start_button.click()
    assert "不存在" in failed.args[0] and dialog.start_button.isEnabled()


def _whole_status_shows(qtbot: Any, dialog: Any) -> None:
    """The result line, wrapped to two lines, is not cut off by a dialog sized for one."""
    label = dialog.status
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.geometry().bottom() < dialog.buttons.geometry().top()


def _answer_yes(qtbot: Any) -> None:
    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip

    qtbot.waitUntil(lambda: bool(boxes()))
    box = boxes()[0]
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click()


def test_restore_lists_the_backups_and_brings_one_back(
    qtbot: Any, window: StandIn, loaded_db: Any, tmp_path: Path
) -> None:
    from minutes_app.ui.backup import install_backup_menu

    folder = tmp_path / "backups"
    folder.mkdir()
    backup_now(loaded_db, folder / "minutes-20240815-090000.db")
    doc = get_meeting(loaded_db, "m-5-5")
    doc.location = "恢复前的地点"
    save_meeting(loaded_db, doc)
    menu = install_backup_menu(window)
    dialog = menu.open_restore()
    qtbot.waitSignal(dialog.listed, timeout=10_000).wait()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "1"
    assert dialog.table.item(0, 3).text() == "minutes-20240815-090000.db"
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignals([dialog.restored, window.ctx.meetings_changed], timeout=10_000):
        dialog.restore_button.click()
        _answer_yes(qtbot)
    assert get_meeting(loaded_db, "m-5-5").location == "协会会议室"
    assert window.isEnabled()
    safety = list(folder.glob("minutes-before-restore-*.db"))
    assert len(safety) == 1


def test_backup_settings_are_shown_and_kept(
    qtbot: Any, window: StandIn, prefs: QSettings, tmp_path: Path
) -> None:
    from minutes_app.ui.backup import install_backup_menu
    from minutes_app.ui.backup.settings import BackupSettings

    dialog = install_backup_menu(window).open_settings()
    assert dialog.folder.text() == str(tmp_path / "backups")
    assert (dialog.daily.value(), dialog.weekly.value()) == (7, 4)
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    dialog.daily.setValue(10)
    dialog.weekly.setValue(2)
    with qtbot.waitSignal(dialog.saved):
        dialog._save()
    assert BackupSettings.load(prefs) == BackupSettings(tmp_path / "elsewhere", 10, 2)


def test_the_default_backup_folder_is_in_the_data_folder(tmp_path: Path) -> None:
    from minutes_app.paths import backup_dir
    from minutes_app.ui.backup.settings import BackupSettings

    empty = QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat)
    assert BackupSettings.load(empty) == BackupSettings(backup_dir(), 7, 4)


def test_the_daily_backup_runs_once_a_day(
    qtbot: Any, loaded_db: Any, db_path: Path, prefs: QSettings, tmp_path: Path
) -> None:
    from minutes_app.ui.backup.auto import start_daily_backup
    from minutes_app.ui.backup.settings import BackupSettings

    reports: list[str] = []
    settings = BackupSettings.load(prefs)
    start_daily_backup(loaded_db, settings, reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert (tmp_path / "backups" / daily_name(db_path, dt.date.today())).exists()
    start_daily_backup(loaded_db, settings, reports.append)
    from minutes_app.ui.worker import wait_for_jobs

    wait_for_jobs()
    qtbot.wait(50)
    assert len(reports) == 1  # the second start of the day makes none
