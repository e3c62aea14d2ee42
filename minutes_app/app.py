"""The window's composition root: settings, logging, crash handler, database, then Qt."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app import heap
from minutes_app.domain.errors import UserError
from minutes_app.paths import APP_NAME, data_dir, default_database, log_dir

# The window's first frame comes before SQLAlchemy and the main window's modules are
# imported (ui.start_window); whatever needs them is imported where it is used.
if TYPE_CHECKING:
    from minutes_app.services.database import Database
    from minutes_app.services.locking import DatabaseLock
    from minutes_app.ui.backup.opening import Opened
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.start_window import StartWindow

__all__ = ["demo_database", "lock_database", "make_app", "run_window", "show_main_window"]

log = logging.getLogger("minutes_app")
APP_ID = "org.minutes_app.MinutesApp"  # as resources/linux/*.desktop and the metainfo
# Set by benchmarks/bench_bundle.py: print "shown N" and quit once the window is up,
# so the whole start of the installed program can be timed, bundle against venv.
QUIT_WHEN_SHOWN = "MINUTES_APP_QUIT_WHEN_SHOWN"


def make_app(argv: list[str] | None = None) -> QApplication:
    """Names first: QSettings and QStandardPaths depend on them."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    icon = resources.files("minutes_app") / "resources" / "icons" / "minutes-app.png"
    app.setWindowIcon(QIcon(str(icon)))
    app.setDesktopFileName(APP_ID)  # Linux desktops match the window to its .desktop file
    return app


def settings() -> QSettings:
    """UI preferences only, in an INI file inside the data folder (tests redirect it)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def setup_logging() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "minutes-app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def lock_database(path: Path) -> DatabaseLock | None:
    """As the window takes its database's lock (ui.backup.opening.lock_database)."""
    from minutes_app.ui.backup.opening import lock_database as take

    return take(path)


def demo_database() -> Path:
    """A fresh copy of the demo data, in a folder of its own."""
    from minutes_app.services.archive import import_archive
    from minutes_app.services.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="minutes-demo-"))
    target = folder / "demo.db"
    source = resources.files("minutes_app") / "resources" / "demo-archive.json"
    with resources.as_file(source) as archive:
        db = open_database(target)
        import_archive(db, archive)
        db.dispose()
    return target


def run_window(db_target: str | Path | None, *, demo: bool = False) -> int:
    app = make_app()
    from minutes_app.ui import crash, i18n

    _owner_only_files()
    prefs = settings()
    i18n.install(app, i18n.chosen_language(prefs))
    crash.install(setup_logging())
    session = WindowSession(app, prefs, demo=demo)
    app.setQuitOnLastWindowClosed(False)  # the start-up questions are windows too
    QTimer.singleShot(0, lambda: session.start(db_target))
    code = app.exec()
    session.close()
    return code


def _owner_only_files() -> None:
    """Files the app writes (database, backups, exports) are readable by their owner only."""
    if os.name == "posix":
        os.umask(0o077)


def _sweep_temp_files(prefs: QSettings) -> None:
    """Temp files of exports and backups a killed run left in our own folders."""
    from minutes_app.services.cleanup import sweep_folders
    from minutes_app.ui.backup.settings import BackupSettings

    sweep_folders([data_dir(), BackupSettings.load(prefs).folder])


class WindowSession:
    """Open the database (asking what the Opener must ask), then show the window."""

    def __init__(self, app: QApplication, prefs: QSettings, *, demo: bool) -> None:
        self.app = app
        self.prefs = prefs
        self.demo = demo
        self.opened: Opened | None = None
        self.window: MainWindow | None = None
        self.box: QMessageBox | None = None
        self.switching: QObject | None = None
        self.start_window: StartWindow | None = None  # the first frame, until replaced

    def start(self, db_target: str | Path | None) -> None:
        from minutes_app.ui import dialogs

        try:
            target = (
                str(demo_database())
                if self.demo
                else str(db_target or self._shared_database() or default_database())
            )
        except UserError as exc:
            message = exc.message
            self.box = dialogs.error(None, "minutes-app", message)  # parentless: keep it
            self.box.finished.connect(lambda _: self._fail(message))
            return
        if not self.demo and self._show_start_list(target):
            return  # the database opens the normal way once that frame is painted
        self._open(target)

    def _show_start_list(self, target: str) -> bool:
        """The meetings list at once, from a light read (services.start_list); False when
        the database must be opened the normal way first (a server, an upgrade, ...)."""
        from minutes_app.services.start_list import read_start_list
        from minutes_app.ui.start_window import StartWindow

        start = read_start_list(target)
        if start is None:
            return False
        self.start_window = StartWindow(start)
        if os.environ.get(QUIT_WHEN_SHOWN):
            rows = start.rows
            self.start_window.painted.connect(lambda: _report_shown("shown", len(rows)))
        self.start_window.painted.connect(lambda: self._preload_then_open(target))
        self.start_window.closed_early.connect(self.app.quit)  # as closing the window would
        self.start_window.show()
        return True

    def _preload_then_open(self, target: str) -> None:
        """The modules the opening and the main window need, imported off the UI thread
        (the list stays responsive meanwhile; nothing else imports until they are in)."""
        from minutes_app.ui.worker import run_job

        run_job(_preload, lambda _: self._open(target), lambda _: self._open(target))

    def _open(self, target: str) -> None:
        from minutes_app.ui.backup.opening import Opener
        from minutes_app.ui.backup.settings import BackupSettings

        _sweep_temp_files(self.prefs)
        opener = Opener(target, BackupSettings.load(self.prefs).folder, self.app)
        opener.opened.connect(self._show)
        opener.gave_up.connect(self._fail)
        opener.start()

    def _shared_database(self) -> str | None:
        """The shared database chosen in 文件 → 连接共享数据库… (saved without password)."""
        from minutes_app.services.shared_address import SETTINGS_KEY, saved_address

        address = saved_address(self.prefs.value(SETTINGS_KEY))
        return address.url() if address else None

    def _switch_database(self, url: str) -> None:
        """Open the chosen database; the old window and database go once it is open."""
        from minutes_app.ui.backup.opening import Opener
        from minutes_app.ui.backup.settings import BackupSettings

        opener = Opener(url, BackupSettings.load(self.prefs).folder, self.app)
        opener.opened.connect(self._replace)
        opener.gave_up.connect(self._not_switched)
        self.switching = opener
        opener.start()

    def _replace(self, opened: Opened) -> None:
        old_window, old = self.window, self.opened
        self.opened = opened
        window = show_main_window(opened.db, self.prefs, opened.notes)
        if old_window is not None:
            window.setGeometry(old_window.geometry())
            old_window.close()
            old_window.deleteLater()
        self._connect(window)
        QTimer.singleShot(2_000, heap.freeze_long_lived)  # once the old window is deleted
        QTimer.singleShot(0, lambda: _read_ahead(opened.db))
        if old is not None:
            old.db.dispose()
            if old.lock is not None:
                old.lock.unlock()

    def _not_switched(self, message: object = "") -> None:
        from minutes_app.ui import dialogs

        if isinstance(message, str) and message and self.window is not None:
            self.box = dialogs.error(self.window, "minutes-app", message)

    def _connect(self, window: MainWindow) -> None:
        self.window = window
        window.language_changed.connect(self._change_language)
        window.database_chosen.connect(self._switch_database)

    def _show(self, opened: Opened) -> None:
        from minutes_app.ui.backup.auto import start_daily_backup
        from minutes_app.ui.backup.settings import BackupSettings

        self.opened = opened
        first, self.start_window = self.start_window, None
        window = show_main_window(
            opened.db, self.prefs, opened.notes, demo=self.demo, replacing=first
        )
        self._connect(window)
        QTimer.singleShot(0, heap.freeze_long_lived)
        QTimer.singleShot(0, lambda: _read_ahead(opened.db))
        self.app.setQuitOnLastWindowClosed(True)
        if os.environ.get(QUIT_WHEN_SHOWN):
            if first is None:
                _report_shown("shown", window.meetings.list.model.rowCount())
            QTimer.singleShot(0, lambda: self._quit_when_shown(window))
        if not self.demo:
            report = window.statusBar().showMessage
            start_daily_backup(
                opened.db, BackupSettings.load(self.prefs), lambda text: report(text, 15_000)
            )

    def _quit_when_shown(self, window: MainWindow) -> None:
        _report_shown("ready", window.meetings.list.model.rowCount())
        self.app.quit()

    def _change_language(self, code: str) -> None:
        """Translate by building the window again: every label is made in its language."""
        from minutes_app.ui import i18n

        old, opened = self.window, self.opened
        if old is None or opened is None:
            return
        i18n.install(self.app, code)
        demo = self.demo and old.demo_mode is not None
        window = show_main_window(opened.db, self.prefs, opened.notes, demo=demo)
        window.setGeometry(old.geometry())
        self._connect(window)
        old.close()
        old.deleteLater()
        QTimer.singleShot(2_000, heap.freeze_long_lived)  # once the old window is deleted

    def _fail(self, message: object = "") -> None:
        if isinstance(message, str) and message:
            print(f"minutes-app: {message}", file=sys.stderr)
        log.info("the database was not opened")
        self.app.exit(1)

    def close(self) -> None:
        from minutes_app.ui.worker import wait_for_jobs

        wait_for_jobs()
        if self.opened is not None:
            self.opened.db.dispose()
            if self.opened.lock is not None:
                self.opened.lock.unlock()
        self.window = None


# What opening a database and showing the main window import (SQLAlchemy, the store,
# the areas), in the order they are needed.
_PRELOAD = (
    "minutes_app.ui.backup.opening",
    "minutes_app.ui.backup.settings",
    "minutes_app.services.cleanup",
    "minutes_app.ui.main_window",
    "minutes_app.ui.backup.menu",
    "minutes_app.ui.backup.auto",
    "minutes_app.ui.areas",
    "minutes_app.ui.actions",
    "minutes_app.ui.registry",
    "minutes_app.ui.stats",
    "minutes_app.ui.setup_dialog",
    "minutes_app.services.setup",
)


def _preload() -> None:
    for name in _PRELOAD:
        importlib.import_module(name)
    from minutes_app.services.database import prepare_mappings

    prepare_mappings()


def _read_ahead(db: Database) -> None:
    """What the first meeting opened needs (its editor's modules, the registry's names),
    imported and read off the UI thread once the window is ready."""
    from minutes_app.ui.worker import run_job

    def failed(exc: BaseException) -> None:  # the open reads for itself, and says what failed
        log.info("reading ahead for the first meeting failed: %s", exc)

    run_job(lambda: first_meeting_needs(db), lambda _: None, failed)


def first_meeting_needs(db: Database) -> None:
    from minutes_app.services.directory_names import read_ahead

    importlib.import_module("minutes_app.ui.meetings.editor")
    read_ahead(db)


def _report_shown(what: str, rows: int) -> None:
    """For the benchmarks: "shown" at the list's first frame, "ready" once editable."""
    print(f"{what} {rows} {time.process_time():.3f}", flush=True)


def show_main_window(
    db: Database,
    prefs: QSettings,
    notes: Sequence[str] = (),
    *,
    demo: bool = False,
    replacing: StartWindow | None = None,
) -> MainWindow:
    from minutes_app.services.setup import is_set_up
    from minutes_app.ui.backup.demo import install_demo_mode
    from minutes_app.ui.backup.menu import install_backup_menu
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.setup_dialog import SetupDialog

    ctx = AppContext(db, prefs)
    window = MainWindow(ctx)
    install_backup_menu(window, notes)
    if demo:
        install_demo_mode(window)
    if replacing is not None:
        window.setGeometry(replacing.geometry())
        window.setWindowState(replacing.windowState())
    window.show()
    if replacing is not None:
        replacing.hand_over(window)
    if not is_set_up(db) and not db.read_only:
        SetupDialog(ctx, window).open()
    return window
