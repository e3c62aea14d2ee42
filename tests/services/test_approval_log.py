"""Approvals that cannot vanish: the chained log, and `check` naming what was forged."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from minutes_app.services import approval, corrections, documents, registry_edit
from minutes_app.services import meeting_store as ms
from minutes_app.services.approval_content import contents
from minutes_app.services.integrity import check_database

WHEN = dt.datetime(2024, 8, 20, 10, 0)
# The fingerprint (version 1) of the sample's 第五届第五次理事长会议 as approved. A change to
# the canonical form, or to what it is built from, changes this: such a change must come
# with a new fingerprint version and a migration, never silently.
PINNED = "2b21dda23d577e82c24b7371ffcd5086ccfa24d5631c121ba885be68a220f282"


def _sql(path: Path, statement: str, *args: object) -> None:
    con = sqlite3.connect(path)
    con.execute(statement, args)
    con.commit()
    con.close()


def _problems(db: Any) -> list[str]:
    return check_database(db).problems


def test_the_fingerprint_of_a_known_meeting_is_pinned(loaded_db: Any) -> None:
    approved = ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    assert approved.figures is not None
    assert approved.figures.hash == PINNED


def test_the_fingerprint_does_not_depend_on_the_exporter(loaded_db: Any) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    with loaded_db.reading() as session:
        content = contents(session, [1])[1]
    assert content["fingerprint"] == 1
    assert "computed" not in approval.canonical_text(content)
    assert content["names"]["people"]["p1"] == {"name": "李光辉", "unit": None, "title": None}


def test_approval_and_correction_are_logged_in_a_chain(loaded_db: Any, db_path: Path) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    corrections.record_correction(
        loaded_db, "m-5-5", "location", "协会第二会议室", "笔误", "孙晓峰", when=WHEN
    )
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT seq, event, prev_hash, entry_hash FROM approval_log ORDER BY seq")
    log = rows.fetchall()
    con.close()
    assert [(seq, event) for seq, event, _, _ in log] == [(1, "approved"), (2, "corrected")]
    assert log[1][2] == log[0][3]
    assert _problems(loaded_db) == []


def test_setting_approved_minutes_back_to_draft_is_named(loaded_db: Any, db_path: Path) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    _sql(db_path, "UPDATE meetings SET status = 'draft', content_hash = NULL")
    assert any("审定状态在本程序之外被改回了" in p for p in _problems(loaded_db))


def test_reapproving_after_changing_votes_is_named(loaded_db: Any, db_path: Path) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    _sql(db_path, "UPDATE meetings SET status = 'draft', content_hash = NULL")
    _sql(db_path, "UPDATE decisions SET votes_for = 6, votes_abstain = 1 WHERE key = 'd-1'")
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    assert any("审定曾在本程序之外被撤销" in p for p in _problems(loaded_db))


def test_a_deleted_log_entry_is_named(loaded_db: Any, db_path: Path) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    _sql(db_path, "DELETE FROM approval_log")
    assert any("审定记录中没有它" in p for p in _problems(loaded_db))


def test_a_changed_vote_is_named(loaded_db: Any, db_path: Path) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    _sql(db_path, "UPDATE decisions SET votes_for = 5 WHERE key = 'd-1'")
    assert any("与审定时的内容不符" in p for p in _problems(loaded_db))


def test_renaming_the_chair_keeps_the_approved_minutes(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", WHEN)
    registry_edit.update_person(loaded_db, "p1", registry_edit.PersonFields(name="篡改人"))
    assert _problems(loaded_db) == []  # a rename is allowed; the minutes keep the old name
    source = documents.meeting_papers(loaded_db, "m-5-5")
    chair = next(p for p in source.people if p.key == "p1")
    assert chair.name == "李光辉"


def test_a_changed_role_date_is_named(loaded_db: Any, db_path: Path) -> None:
    _sql(db_path, "UPDATE unit_roles SET start = '2023-01-01' WHERE granted_by_id IS NOT NULL")
    assert any("日期 2023-01-01 与该决定不符" in p for p in _problems(loaded_db))
