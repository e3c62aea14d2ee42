"""Search on PostgreSQL (pg_trgm, schema 0006) answers as SQLite does on the same data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from minutes_app.domain.search import HitKind, SearchFilter
from minutes_app.services import meeting_doc as md
from minutes_app.services import meeting_store as ms
from minutes_app.services.archive import import_archive
from minutes_app.services.search import rebuild_index, search_page
from minutes_app.store import search_pg
from minutes_app.store.database import Database, open_database
from minutes_app.store.errors import ServerUnavailable

QUERIES = ["房友", "分支机构", "会", "审议", "理事长会议", "第五届第五次", "协会会议室",
           "李光辉", "智能化", "2024", "%", "_", "\\", "不存在的词"]  # fmt: skip

FILTERS = [
    {"where": f}
    for f in (
        SearchFilter(year=2024),
        SearchFilter(year=2023),
        SearchFilter(term=5),
        SearchFilter(body="b-presidents", year=2024),
        SearchFilter(body="nobody"),
    )
]


@pytest.fixture
def both(
    pg_url: str, db_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]
) -> Iterator[tuple[Database, Database]]:
    """The sample imported into PostgreSQL and into a SQLite file."""
    archive = write_json(sample)
    pg, lite = open_database(pg_url), open_database(db_path)
    for db in (pg, lite):
        import_archive(db, archive)
    yield pg, lite
    pg.dispose()
    lite.dispose()


def shown(db: Database, query: str, **kw: Any) -> tuple[list[tuple[Any, ...]], dict[Any, int]]:
    page = search_page(db, query, **kw)
    hits = [(h.kind, h.key, h.meeting_key, h.meeting_title, h.meeting_date, h.snippet,
             h.agenda_key) for h in page.hits]  # fmt: skip
    return hits, page.found


def test_the_same_hits_counts_order_and_snippets_as_on_sqlite(
    both: tuple[Database, Database],
) -> None:
    pg, lite = both
    assert shown(pg, "房友")[1]  # the index was filled by the import's commit
    for query in QUERIES:
        for kw in ({}, {"per_kind": 1}, {"limit": 2}, *FILTERS):
            assert shown(pg, query, **kw) == shown(lite, query, **kw), (query, kw)


def test_another_program_changes_are_found(both: tuple[Database, Database], pg_url: str) -> None:
    pg, lite = both
    statements = [
        "UPDATE decisions SET text = '同意设立BIM技术专家委员会' WHERE key = 'd-1'",
        "INSERT INTO units(key, name, version) VALUES ('u-new', '天津新城建设集团', 1)",
        "INSERT INTO units(key, name, version) VALUES ('u-gone', '天津新城物业公司', 1)",
        "DELETE FROM units WHERE key = 'u-gone'",
        "UPDATE committees SET name = '信息化工作委员会'",
    ]
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as conn:
        for statement in statements:
            conn.execute(statement)  # committed without the app: only the triggers ran
    with lite.transaction() as s:
        for statement in statements:
            s.connection().exec_driver_sql(statement)
    for query in ("bim技术", "新城", "智能化", "信息化", "委员会"):
        assert shown(pg, query) == shown(lite, query), query
    assert [h.key for h in search_page(pg, "新城").hits] == ["u-new"]


def _docs(db: Database) -> list[tuple[Any, ...]]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(text("SELECT * FROM search_docs ORDER BY 1, 2, 3"))]


def test_saves_in_the_window_are_found_and_index_as_a_rebuild_would(
    both: tuple[Database, Database],
) -> None:
    """A save writes the documents of what it changed in one statement (the old ones of
    the same rows out, the new ones in): the index ends as a rebuild makes it."""
    for db in both:
        meeting = ms.get_meeting(db, "m-5-5")
        meeting.location = "滨海新区第三会议室"
        meeting = ms.save_meeting(db, meeting)
        key = md.add_agenda_item(meeting, "审议智慧工地课题")
        md.add_decision(meeting, key, "同意开展智慧工地课题研究。")
        meeting = ms.save_meeting(db, meeting)
        md.update_item(meeting, key, title="审议绿色建造课题")
        meeting.location = None
        ms.save_meeting(db, meeting)
    pg, lite = both
    for query in ("滨海新区", "智慧工地", "绿色建造", "协会会议室", "课题"):
        assert shown(pg, query) == shown(lite, query), query
    assert [h.kind for h in search_page(pg, "绿色建造").hits] == [HitKind.AGENDA_ITEM]
    saved = _docs(pg)
    rebuild_index(pg)
    assert _docs(pg) == saved


def test_rebuild_gives_the_same_answers(both: tuple[Database, Database]) -> None:
    pg, lite = both
    before = [shown(pg, q) for q in QUERIES]
    assert rebuild_index(pg) == rebuild_index(lite)
    assert [shown(pg, q) for q in QUERIES] == before


def test_the_trigram_index_serves_the_search(both: tuple[Database, Database]) -> None:
    pg, _lite = both
    with pg.reading() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar()
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # the sample is tiny
        query = text("EXPLAIN SELECT src_id FROM search_docs WHERE folded LIKE :p")
        plan = "\n".join(row[0] for row in conn.execute(query, {"p": "%分支机构%"}))
    assert "ix_search_docs_trgm" in plan


def test_a_server_lost_while_the_index_is_written_is_one_message(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost(_conn: object) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    db = open_database(pg_url)
    monkeypatch.setattr(search_pg, "flush", lost)
    try:
        insert = text("INSERT INTO units(key, name, version) VALUES ('u-x', '某单位', 1)")
        with (
            pytest.raises(ServerUnavailable, match="无法连接到数据库服务器"),
            db.transaction() as s,
        ):
            s.execute(insert)
        monkeypatch.undo()
        assert search_page(db, "某单位").hits == []  # nothing half-written
    finally:
        db.dispose()
