"""The search service on the sample archive: what a secretary types, what she gets."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update

from minutes_app.domain.errors import UserError
from minutes_app.domain.search import HitKind, SearchFilter
from minutes_app.services.search import rebuild_index, search, search_page
from minutes_app.store import search_query
from minutes_app.store.database import open_database
from minutes_app.store.models import Committee, Decision, Meeting

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


@pytest.mark.parametrize("sort_below", [400, 0])  # 0: the first hits are read by a walk
def test_records_whose_ids_do_not_fit_the_index_keys_are_found(
    loaded_db: Any, sort_below: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document's id carries its record id (below 2**40): a larger one is indexed too."""
    monkeypatch.setattr(search_query, "_SORT_BELOW", sort_below)
    monkeypatch.setattr(search_query, "_WALK_COST", 7 if sort_below else 0)
    with loaded_db.transaction() as s:
        for n, rid in enumerate((2**41, -5)):
            s.execute(
                text("INSERT INTO units(id, key, name, version) VALUES (:id, :key, :name, 1)"),
                {"id": rid, "key": f"u-far{n}", "name": f"远方房友{n}"},
            )
    page = search_page(loaded_db, "房友", per_kind=100)
    assert page.found[HitKind.UNIT] == 3
    assert [h.key for h in page.hits if h.kind is HitKind.UNIT] == ["u-far1", "u-fangyou", "u-far0"]
    with loaded_db.transaction() as s:
        s.execute(text("DELETE FROM units WHERE key LIKE 'u-far%'"))
    assert search_page(loaded_db, "房友", per_kind=100).found[HitKind.UNIT] == 1


def test_progress_notes_added_and_removed_one_by_one(loaded_db: Any) -> None:
    add = text(
        'INSERT INTO action_updates(action_id, position, "on", note) '
        "SELECT id, :n, '2024-09-01', :note FROM action_items WHERE key = 't-1'"
    )
    for n in range(4):
        with loaded_db.transaction() as s:
            s.execute(add, {"n": 10 + n, "note": f"进展{n}：已联系造价站"})
    with loaded_db.transaction() as s:
        s.execute(text("DELETE FROM action_updates WHERE note LIKE '进展1%'"))
    with loaded_db.transaction() as s:
        s.execute(add, {"n": 20, "note": "进展9：造价站已回复"})
    assert keys(loaded_db, "造价站") == [("action", "t-1", "m-5-5")]
    assert [h.snippet.text for h in search(loaded_db, "造价站")] == ["进展0：已联系造价站"]
    assert keys(loaded_db, "进展1") == []
    assert keys(loaded_db, "已回复") == [("action", "t-1", "m-5-5")]
    assert search_page(loaded_db, "造价站").found == {HitKind.ACTION: 1}


def test_an_empty_query_is_refused(loaded_db: Any) -> None:
    with pytest.raises(UserError, match="查找"):
        search(loaded_db, "")


def test_rebuild_gives_the_same_answers(loaded_db: Any) -> None:
    queries = ["分支", "会", "房友", "2024", "第五届"]
    before = {q: keys(loaded_db, q) for q in queries}
    assert rebuild_index(loaded_db) > 10
    assert {q: keys(loaded_db, q) for q in queries} == before


def _outside(db_path: Path, *statements: str) -> None:
    """Another program (the sqlite3 shell, a backup tool): none of the app's functions."""
    conn = sqlite3.connect(db_path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        assert conn.execute("SELECT count(*) FROM search_queue").fetchone()[0] > 0
    finally:
        conn.close()


def test_another_program_can_change_every_searched_text(loaded_db: Any, db_path: Path) -> None:
    _outside(
        db_path,
        "UPDATE people SET name = '钱学林' WHERE key = 'p1'",
        "UPDATE agenda_items SET notes = '秘书处说明了碳达峰工作安排。' WHERE key = 'a-1'",
        "UPDATE decisions SET text = '同意设立数字化转型分会。' WHERE key = 'd-1'",
    )
    assert keys(loaded_db, "钱学林") == [("person", "p1", None)]
    assert keys(loaded_db, "李光辉") == []
    assert keys(loaded_db, "碳达峰") == [("agenda_item", "a-1", "m-5-5")]
    assert keys(loaded_db, "起草情况") == []
    assert keys(loaded_db, "数字化转型") == [("decision", "d-1", "m-5-5")]
    assert ("decision", "d-1", "m-5-5") not in keys(loaded_db, "管理办法》")
    with loaded_db.reading() as s:  # the search folded the queue into the index
        assert s.execute(text("SELECT count(*) FROM search_queue")).scalar() == 0


def test_another_program_can_add_and_delete_searched_rows(loaded_db: Any, db_path: Path) -> None:
    _outside(
        db_path,
        "INSERT INTO committees(key, name, kind) SELECT 'c-new', '绿色建筑专家委员会', kind "
        "FROM committees LIMIT 1",
        "DELETE FROM units WHERE key = 'u-fangyou'",
    )
    assert keys(loaded_db, "绿色建筑") == [("committee", "c-new", None)]
    assert ("unit", "u-fangyou", None) not in keys(loaded_db, "房友")


def test_a_read_only_database_scans_what_others_queued(loaded_db: Any, db_path: Path) -> None:
    _outside(db_path, "UPDATE committees SET name = '造价咨询专家委员会'")
    loaded_db.dispose()
    db = open_database(db_path, read_only=True)
    try:
        assert keys(db, "造价") == [("committee", "c-ai", None)]
        assert keys(db, "智能化") == []
    finally:
        db.dispose()


def test_the_next_write_of_the_app_folds_the_queue(loaded_db: Any, db_path: Path) -> None:
    _outside(db_path, "UPDATE committees SET name = '造价咨询专家委员会'")
    with loaded_db.transaction() as s:
        s.execute(update(Committee).values(kind="expert_committee"))
    with loaded_db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM search_queue")).scalar() == 0
        assert s.execute(select(Committee.name)).scalar() == "造价咨询专家委员会"
    assert keys(loaded_db, "造价") == [("committee", "c-ai", None)]


def test_a_new_meeting_start_lists_its_records_again(loaded_db: Any) -> None:
    with loaded_db.transaction() as s:
        meeting = s.execute(select(Meeting)).scalar_one()
        meeting.start -= dt.timedelta(days=400)
    assert keys(loaded_db, "分支机构", year=2023) == keys(loaded_db, "分支机构")
    assert keys(loaded_db, "分支机构", year=2024) == []


def test_an_old_database_is_indexed_when_it_is_upgraded(tmp_path: Path) -> None:
    target = tmp_path / "old.db"
    shutil.copy(OLD, target)
    db = open_database(target)
    try:
        assert ("person", "p1", None) in keys(db, "李光辉")
        assert keys(db, "第五届第五次")[0][0] == "meeting"
    finally:
        db.dispose()
