"""The search service on the sample archive: what a secretary types, what she gets."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from minutes_app.domain.errors import UserError
from minutes_app.domain.search import HitKind, SearchFilter
from minutes_app.services.search import rebuild_index, search, search_page
from minutes_app.store.database import open_database
from minutes_app.store.models import Committee, Decision, Meeting
from minutes_app.store.search_index import register_functions

OLD = Path(__file__).parent.parent / "fixtures" / "schema-0001.db"


def keys(db: Any, query: str, **kw: Any) -> list[tuple[str, str, str | None]]:
    return [(h.kind.value, h.key, h.meeting_key) for h in search(db, query, **kw)]


def test_the_import_fills_the_index(loaded_db: Any) -> None:
    assert keys(loaded_db, "房友") == [
        ("decision", "d-2", "m-5-5"),
        ("action", "t-2", "m-5-5"),
        ("unit", "u-fangyou", None),
    ]


def test_every_kind_of_record_is_found(loaded_db: Any) -> None:
    found = {h.kind for h in search(loaded_db, "分支机构")}
    assert {HitKind.AGENDA_ITEM, HitKind.DECISION, HitKind.ACTION} <= found
    assert keys(loaded_db, "李光辉") == [("person", "p1", None)]
    assert keys(loaded_db, "智能化") == [("committee", "c-ai", None)]
    assert keys(loaded_db, "协会会议室") == [("meeting", "m-5-5", "m-5-5")]


def test_a_meeting_without_its_own_title_is_found_by_the_title_shown(loaded_db: Any) -> None:
    (hit,) = search(loaded_db, "第五届第五次")
    assert hit.kind is HitKind.MEETING
    assert hit.meeting_title == "天津市工程咨询协会第五届第五次理事长会议"
    assert hit.meeting_date is not None and hit.meeting_date.isoformat() == "2024-08-11"


def test_case_and_width_are_folded(loaded_db: Any) -> None:
    with loaded_db.transaction() as s:
        s.execute(update(Committee).values(name="BIM技术专家委员会"))
        s.execute(update(Decision).where(Decision.key == "d-1").values(text="筹备协会20周年活动"))
    assert keys(loaded_db, "bim") == [("committee", "c-ai", None)]
    assert keys(loaded_db, "ｂｉｍ技术") == [("committee", "c-ai", None)]
    (hit,) = search(loaded_db, "２０周年")
    assert hit.snippet.hit == "20周年"
    assert keys(loaded_db, "智能化") == []  # the old name left the index


def test_the_snippet_marks_the_hit_in_the_original_text(loaded_db: Any) -> None:
    with loaded_db.transaction() as s:
        s.execute(update(Committee).values(name="ＢＩＭ技术专家委员会"))
    (hit,) = search(loaded_db, "bim技")
    assert hit.snippet.text == "ＢＩＭ技术专家委员会"
    assert hit.snippet.hit == "ＢＩＭ技"


def test_a_long_note_is_cut_around_the_hit(loaded_db: Any) -> None:
    long = "前言" * 60 + "会费标准" + "结语" * 60
    with loaded_db.transaction() as s:
        s.execute(update(Decision).where(Decision.key == "d-1").values(text=long))
    (hit,) = search(loaded_db, "会费标准")
    assert hit.snippet.hit == "会费标准"
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert len(hit.snippet.text) < 80


def test_a_deleted_meeting_takes_its_records_out_of_the_index(loaded_db: Any) -> None:
    with loaded_db.transaction() as s:
        s.execute(delete(Meeting))
    assert keys(loaded_db, "分支机构") == []
    assert keys(loaded_db, "房友") == [("unit", "u-fangyou", None)]


def test_filters_keep_the_meetings_of_a_body_term_and_year(loaded_db: Any) -> None:
    everything = keys(loaded_db, "分支机构")
    assert keys(loaded_db, "分支机构", body="b-presidents", term=5, year=2024) == everything
    assert keys(loaded_db, "分支机构", year=2023) == []
    assert keys(loaded_db, "分支机构", term=4) == []
    assert keys(loaded_db, "分支机构", body="b-nobody") == []
    assert keys(loaded_db, "房友", year=2024) == [
        k for k in keys(loaded_db, "房友") if k[2] is not None
    ]  # registry records belong to no meeting


def test_limit_and_counts(loaded_db: Any) -> None:
    assert len(search(loaded_db, "分支机构", limit=1)) == 1
    page = search_page(loaded_db, "分支机构", SearchFilter(), per_kind=1)
    assert len(page.hits) == len(page.found)
    assert page.total == len(search(loaded_db, "分支机构"))


def test_an_empty_query_is_refused(loaded_db: Any) -> None:
    with pytest.raises(UserError, match="查找"):
        search(loaded_db, "")


def test_rebuild_gives_the_same_answers(loaded_db: Any) -> None:
    queries = ["分支", "会", "房友", "2024", "第五届"]
    before = {q: keys(loaded_db, q) for q in queries}
    assert rebuild_index(loaded_db) > 10
    assert {q: keys(loaded_db, q) for q in queries} == before


def test_a_write_outside_a_commit_hook_is_still_found(loaded_db: Any, db_path: Path) -> None:
    """A connection that does not move the queue into the index (another program with
    the functions): the queued documents are scanned."""
    conn = sqlite3.connect(db_path)
    register_functions(conn)
    conn.execute("UPDATE committees SET name = '造价咨询专家委员会'")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM search_queue").fetchone()[0] > 0
    conn.close()
    assert keys(loaded_db, "造价") == [("committee", "c-ai", None)]
    assert keys(loaded_db, "智能化") == []
    with loaded_db.transaction() as s:  # the next write of the app moves the queue
        s.execute(update(Committee).values(kind="expert_committee"))
    with loaded_db.reading() as s:
        assert s.execute(select(Committee.name)).scalar() == "造价咨询专家委员会"
    assert keys(loaded_db, "造价") == [("committee", "c-ai", None)]


def test_an_old_database_is_indexed_when_it_is_upgraded(tmp_path: Path) -> None:
    target = tmp_path / "old.db"
    shutil.copy(OLD, target)
    db = open_database(target)
    try:
        assert ("person", "p1", None) in keys(db, "李光辉")
        assert keys(db, "第五届第五次")[0][0] == "meeting"
    finally:
        db.dispose()
