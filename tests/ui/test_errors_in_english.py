"""The English window shows English errors, the Chinese one the Chinese it always showed:
the refused rows of a member list, the start of a term before the last one's, a database
another window holds."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.credit_code import check_character
from minutes_app.services.database import DatabaseInUse
from minutes_app.ui import i18n
from minutes_app.ui.backup.opening import lock_database
from minutes_app.ui.registry.area import RegistryArea

CJK = re.compile(r"[\u4e00-\u9fff]")


def _unquoted(text: str) -> str:
    """What is left when the user's own words (quoted “…”) are taken out."""
    return re.sub(r"“[^”]*”", "", text)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: Any) -> str:
    i18n.install(qapp, request.param)
    return str(request.param)


@pytest.fixture
def area(qtbot: Any, ctx: Any, language: str) -> RegistryArea:
    widget = RegistryArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_day(dt.date(2024, 9, 1))
    return widget


def _members(path: Path) -> Path:
    good = "9112010100000000" + "1"
    good += check_character(good)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([
            ["单位名称", "统一社会信用代码", "邮箱"],
            ["天津新成员甲有限公司", good, "a@b.cn"],
            ["天津新成员乙有限公司", bad, ""],
        ])  # fmt: skip
    return path


def test_a_refused_row_of_a_member_list(
    qtbot: Any, area: RegistryArea, tmp_path: Path, language: str
) -> None:
    dialog = area.units.import_units()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(_members(tmp_path / "members.csv"))
    problem = dialog.model.index(1, dialog.model.PROBLEM).data()
    if language == "en":
        assert problem.startswith("The check character (the 18th) of the unified social")
        assert dialog.error.text().startswith("Row 3: The check character")
        assert not CJK.search(_unquoted(dialog.error.text()))
    else:
        assert problem.startswith("统一社会信用代码第18位校验码应为")
        assert dialog.error.text().startswith("第3行：统一社会信用代码第18位校验码应为")


def test_a_term_that_starts_too_early(area: RegistryArea, language: str) -> None:
    area.tabs.setCurrentWidget(area.bodies)
    dialog = area.start_next_term()
    dialog.day.set_value(dt.date(2021, 1, 1))
    assert dialog.save() is None
    if language == "en":
        assert dialog.error.text() == (
            "The new term must start after term 5 started (2021-12-01); please correct it"
        )
    else:
        assert dialog.error.text() == (
            "新一届的开始日期必须晚于第五届的开始日期（2021年12月1日），请改正"
        )


def test_a_database_open_in_another_window(db_path: Path, language: str) -> None:
    db_path.touch()
    first = lock_database(db_path)
    assert first is not None
    try:
        with pytest.raises(DatabaseInUse) as caught:
            lock_database(db_path)
    finally:
        first.unlock()
    shown = i18n.error_text(caught.value)
    if language == "en":
        assert shown.startswith(f"The database {db_path.name} is open in process ")
        assert shown.endswith("close that window first, or open it read-only to look")
    else:
        assert shown.startswith(f"数据库 {db_path.name} 已在计算机 ")
        assert shown.endswith("中打开；请先关闭那个窗口，或以只读方式打开查看")


def test_a_read_only_database_in_a_synced_folder_is_said_in_the_window_language(
    qtbot: Any, tmp_path: Path, prefs: Any, language: str
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from minutes_app.services.database import location_warning, open_database
    from minutes_app.ui.backup import install_backup_menu
    from minutes_app.ui.context import AppContext

    path = tmp_path / "Dropbox" / "minutes.db"
    path.parent.mkdir()
    open_database(path).dispose()
    db = open_database(path, read_only=True)
    try:
        window = QMainWindow()
        window.ctx = AppContext(db, prefs)  # type: ignore[attr-defined]
        window.file_menu = window.menuBar().addMenu("&File")  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        warning = location_warning(path)
        assert warning is not None
        menu = install_backup_menu(window, [i18n.said(warning)])
        assert menu.banner is not None
        text = menu.banner.text()
        if language == "en":
            assert "(opened read-only as asked)" in text
            assert "The database is in the synced folder “Dropbox”." in text
            assert not CJK.search(text)
        else:
            assert "按要求以只读方式打开" in text and "数据库位于同步文件夹“Dropbox”中" in text
    finally:
        db.dispose()
