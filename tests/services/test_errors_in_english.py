"""Errors raised below the window read in English for the English window, as they were in
Chinese for the command line: an archive's error, a date before the meeting, a record
changed by someone else, a database another program holds."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError
from minutes_app.services import actions, locking, meeting_store
from minutes_app.services.actions import ActionRef
from minutes_app.services.archive import import_archive
from minutes_app.services.database import Database, open_database
from minutes_app.services.files import ImportPreview
from tests.services.test_actions import rich_archive

CJK = re.compile(r"[\u4e00-\u9fff]")


def _english(exc: UserError) -> str:
    """The English text, which may quote the user's own Chinese (a name, a title)."""
    text = exc.text("en")
    assert not CJK.search(re.sub(r"“[^”]*”", "", text)), text
    return text


@pytest.fixture
def db(
    db_target: Path | str, sample: dict[str, Any], write_json: Callable[..., Path]
) -> Iterator[Database]:
    database = open_database(db_target)
    import_archive(database, write_json(rich_archive(sample)))
    yield database
    database.dispose()


def test_an_archive_error_in_both_languages(
    tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    broken = copy.deepcopy(sample)
    broken["meetings"][0]["end"] = "2024-08-11T08:00"  # before its start, 09:00
    db = open_database(tmp_path / "a.db")
    try:
        with pytest.raises(UserError) as caught:
            import_archive(db, write_json(broken))
    finally:
        db.dispose()
    exc = caught.value
    assert str(exc) == "meetings[0].end: 会议结束时间早于开始时间，请改正"
    assert _english(exc) == "the meeting ends before it starts; please correct it"
    assert exc.path == "meetings[0].end"


def test_an_unreadable_archive_file_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"format": "minutes-archive", ', encoding="utf-8")
    db = open_database(tmp_path / "a.db")
    try:
        with pytest.raises(UserError) as caught:
            import_archive(db, path)
    finally:
        db.dispose()
    assert "不是有效的 JSON（第1行第31列" in str(caught.value)
    assert f"{path} is not valid JSON (line 1, column 31" in _english(caught.value)


def test_a_date_before_the_meeting_in_both_languages(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        actions.add_note(db, ActionRef("m-5-5", "t-2"), "太早了", on=dt.date(2024, 8, 1))
    exc = caught.value
    assert exc.message == "进展日期2024-08-01早于会议日期2024-08-11；请改为会后的日期"
    assert _english(exc) == (
        "The progress date 2024-08-01 is before the meeting (2024-08-11);"
        " choose a date after the meeting"
    )


def test_a_record_changed_elsewhere_in_both_languages(db: Database) -> None:
    doc = meeting_store.get_meeting(db, "m-5-6")
    actions.add_note(db, ActionRef("m-5-6", "t-1"), "已起草提纲", on=dt.date(2024, 10, 25))
    with pytest.raises(meeting_store.ConcurrentEdit) as caught:
        meeting_store.save_meeting(db, doc)
    assert caught.value.message == "这次会议刚被另一处修改过；已重新载入，请再做一次这个修改"
    assert _english(caught.value).startswith("This meeting was just changed elsewhere")


def test_a_database_held_by_another_program_in_both_languages(db_path: Path) -> None:
    db_path.touch()
    held = locking.lock_database(db_path, locking.WINDOW)
    assert held is not None
    try:
        with pytest.raises(UserError) as caught:
            locking.lock_database(db_path, locking.WINDOW)
    finally:
        held.unlock()
    exc = caught.value
    assert exc.message.startswith("数据库正被另一个窗口或程序使用（主机 ")
    assert exc.message.endswith("）；请先关闭它再重试")
    english = _english(exc)
    assert english.startswith("The database is in use by another window or program (host ")
    assert ", since " in english and "close it first and try again" in english


def test_a_member_list_row_in_both_languages(db: Database, tmp_path: Path) -> None:
    from minutes_app.services import registry_import

    path = tmp_path / "members.csv"
    path.write_text("单位名称,邮箱\n天津新成员甲有限公司,没有at\n", encoding="utf-8")
    preview: ImportPreview = registry_import.preview(db, registry_import.read_member_file(path))
    (row,) = preview.rows
    assert row.error == "邮箱“没有at”格式不对（应含 @）；请改正或留空"
    assert row.problem is not None
    assert row.problem.render("en") == (
        "The email “没有at” is not right (it needs an @); correct it or leave it empty"
    )
    with pytest.raises(UserError) as caught:
        registry_import.import_members(db, preview)
    assert caught.value.message.startswith("第2行：邮箱“没有at”格式不对")
    assert _english(caught.value).startswith("Row 2: The email “没有at” is not right")
