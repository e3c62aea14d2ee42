"""文件 → 连接共享数据库…: the test runs off the UI thread and says what it found; the
URL is kept without its password."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from minutes_app.ui.shared_db.dialog import SharedDatabaseDialog
from tests.pg import SECRETARY, SECRETARY_PASSWORD


def _dialog(qtbot: Any, prefs: QSettings, port: int, database: str = "base") -> Any:
    dialog = SharedDatabaseDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(SECRETARY)
    return dialog


def test_a_test_against_nothing_says_the_server_refused(qtbot: Any, prefs: QSettings) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = _dialog(qtbot, prefs, port)
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as result:
        dialog.test_button.click()
    assert result.args[0] is False
    assert f"无法连接到数据库服务器 127.0.0.1:{port}：服务器拒绝连接" in dialog.status.text()


def test_connect_keeps_the_url_without_the_password(
    qtbot: Any, prefs: QSettings, pg_server: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, prefs, pg_server.port)
    dialog.password.setText(SECRETARY_PASSWORD)
    dialog.ssl.setCurrentIndex(dialog.ssl.findData("disable"))
    dialog.show()
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as result:
        dialog.test_button.click()
    assert result.args[0] is True, dialog.status.text()
    assert "minutes-app 数据库" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "shared-db-dialog.png"))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.connect_button.click()
    assert SECRETARY_PASSWORD in chosen.args[0]  # in memory, to open it now
    stored = prefs.value("shared_database/url")
    assert stored == f"postgresql://{SECRETARY}@127.0.0.1:{pg_server.port}/base?sslmode=disable"
    prefs.sync()
    assert SECRETARY_PASSWORD not in Path(prefs.fileName()).read_text(encoding="utf-8")
    again = SharedDatabaseDialog(prefs)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == (
        "127.0.0.1", pg_server.port, SECRETARY)  # fmt: skip
    assert again.password.text() == ""


def test_connecting_switches_the_window_to_the_shared_database(
    qtbot: Any, qapp: Any, loaded_db: Any, prefs: QSettings, pg_url: str, sample: Any,
    write_json: Any,
) -> None:  # fmt: skip
    from minutes_app.app import WindowSession
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database
    from minutes_app.ui.backup.opening import Opened

    shared = open_database(pg_url)
    sample["organisation"]["name"] = "共享数据库里的协会"
    import_archive(shared, write_json(sample, "shared.json"))
    shared.dispose()
    session = WindowSession(qapp, prefs, demo=True)  # demo: no daily backup
    session._show(Opened(loaded_db))
    first = session.window
    assert first is not None
    qtbot.addWidget(first)
    first.database_chosen.emit(pg_url)  # what the dialog's Connect does
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.ctx.db.server and second.windowTitle().startswith("共享数据库里的协会")
    assert "postgresql://postgres@127.0.0.1" in second.db_label.text()
    session.close()
