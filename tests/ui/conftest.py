"""pytest-qt fixtures: offscreen, no modal exec(), a context on a test database."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_modal_exec(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches a blocking exec() fails instead of hanging."""

    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise AssertionError("a modal exec() was reached; use open() and signals")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture
def prefs(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qapp: Any, loaded_db: Any, prefs: QSettings) -> Iterator[Any]:
    """An AppContext on the sample database (the 9-seat 理事长会议, meeting m-5-5)."""
    from minutes_app.ui.context import AppContext

    context = AppContext(loaded_db, prefs)
    yield context


@pytest.fixture
def empty_ctx(qapp: Any, db_path: Path, prefs: QSettings) -> Iterator[Any]:
    from minutes_app.store.database import open_database
    from minutes_app.ui.context import AppContext

    db = open_database(db_path)
    yield AppContext(db, prefs)
    db.dispose()


@pytest.fixture
def demo_ctx(qapp: Any, tmp_path: Path, prefs: QSettings) -> Iterator[Any]:
    """An AppContext on a fresh copy of the demo data."""
    from minutes_app.app import demo_database
    from minutes_app.store.database import open_database
    from minutes_app.ui.context import AppContext

    db = open_database(demo_database())
    yield AppContext(db, prefs)
    db.dispose()


@pytest.fixture(autouse=True)
def no_language_left(qapp: Any) -> Iterator[None]:
    """Each test starts untranslated with errors in Chinese, whatever the last one chose."""
    yield
    from minutes_app.ui import i18n

    i18n.uninstall(qapp)


@pytest.fixture(autouse=True)
def no_window_left(qapp: Any) -> Iterator[None]:
    """Each test starts with no window or box of the last one still open (and modal)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        if widget.parent() is None:  # a parented one goes with its parent
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.unfreeze()  # a window a test froze (minutes_app.heap) goes back to the collector
