"""The same records on SQLite and on PostgreSQL: the same archive, byte for byte; `check`
and `backup` on a shared database; the copy between the two."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from minutes_app.cli import main
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.records import Action, Owner
from minutes_app.services.archive import export_archive, import_archive
from minutes_app.services.copy import copy_database
from minutes_app.services.meeting_store import approve_meeting, get_meeting, save_meeting
from minutes_app.store.database import open_database

AS_OF = dt.date(2024, 12, 1)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    source = resources.files("minutes_app") / "resources" / "demo-archive.json"
    path = tmp_path / "demo.json"
    path.write_bytes(source.read_bytes())
    return path


def exported(target: str | Path, out: Path) -> bytes:
    db = open_database(target)
    try:
        export_archive(db, out, as_of=AS_OF)
    finally:
        db.dispose()
    return out.read_bytes()


def imported(target: str | Path, archive: Path) -> None:
    db = open_database(target)
    try:
        import_archive(db, archive)
    finally:
        db.dispose()


def test_the_same_archive_exports_byte_identical_json(
    demo: Path, pg_url: str, tmp_path: Path
) -> None:
    imported(tmp_path / "a.db", demo)
    imported(pg_url, demo)
    on_sqlite = exported(tmp_path / "a.db", tmp_path / "sqlite.json")
    on_postgres = exported(pg_url, tmp_path / "pg.json")
    assert on_postgres == on_sqlite
    assert len(json.loads(on_postgres)["meetings"]) >= 2


def test_new_records_after_an_import_get_fresh_ids(loaded_pg: Any) -> None:
    """The import wrote explicit ids; the sequences must have moved past them."""
    doc = get_meeting(loaded_pg, "m-5-5")
    doc.agenda[0].actions.append(Action(key="t-9", title="新事项", owner=Owner(unit="u-assoc")))
    saved = save_meeting(loaded_pg, doc)
    assert [a.key for a in saved.agenda[0].actions] == ["t-1", "t-2", "t-9"]


@pytest.fixture
def loaded_pg(pg_url: str, sample: dict[str, Any], write_json: Any) -> Any:
    db = open_database(pg_url)
    import_archive(db, write_json(sample))
    yield db
    db.dispose()


def test_check_verifies_hashes_and_the_schema_revision(
    loaded_pg: Any, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    approve_meeting(loaded_pg, "m-5-5", when=dt.datetime(2024, 8, 15, 10, 0))
    assert main(["check", "--db", pg_url]) == 0
    assert "1份已审定纪要的校验值（SHA-256）一致" in capsys.readouterr().out
    with loaded_pg.engine.begin() as conn:
        conn.execute(text("UPDATE decisions SET votes_for = 6 WHERE key = 'd-1'"))
    assert main(["check", "--db", pg_url]) == 1
    assert "m-5-5" in capsys.readouterr().err
    with loaded_pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    assert main(["check", "--db", pg_url]) == 1
    assert "更新版本" in capsys.readouterr().err  # a revision this app does not know


def test_backup_uses_pg_dump_and_says_so(
    loaded_pg: Any, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("pg_dump") is None:
        pytest.fail("pg_dump should be on PATH with the postgresql package")
    assert main(["backup", "--db", pg_url, str(tmp_path / "shared.dump")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("已用 pg_dump 备份到") and "pg_restore" in out
    assert (tmp_path / "shared.dump").read_bytes()[:5] == b"PGDMP"


def test_backup_without_pg_dump_writes_the_archive(
    loaded_pg: Any, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["backup", "--db", pg_url, str(tmp_path / "shared.dump")]) == 0
    out = capsys.readouterr().out
    assert "没有找到 pg_dump" in out and "归档 JSON" in out and "1次会议" in out
    archive = json.loads((tmp_path / "shared.json").read_text(encoding="utf-8"))
    assert archive["meetings"][0]["key"] == "m-5-5"


def test_text_at_every_limit_fits_the_columns(
    pg_url: str, sample: dict[str, Any], write_json: Any
) -> None:
    """SQLite ignores VARCHAR(n); PostgreSQL does not: what the rules allow must fit."""
    unit = sample["units"][1]
    unit.update({"name": "宏" * 200, "contact": "联" * 200, "phone": "1" * 100,
                 "email": "e" * 200, "address": "址" * 500})  # fmt: skip
    guest = sample["people"][-1]  # 于军, an observer
    guest.update({"name": "于" * 200, "title_in_unit": "职" * 200, "key": "k" * 100})
    meeting = sample["meetings"][0]
    meeting.update({"title": "题" * 500, "location": "地" * 200})
    meeting["attendance"][-1]["person"] = "k" * 100
    meeting["agenda"][0]["title"] = "议" * 500
    meeting["minutes"].update({"issue_no": "期" * 100, "issued_by": "发" * 200})
    db = open_database(pg_url)
    try:
        import_archive(db, write_json(sample))
        assert get_meeting(db, "m-5-5").location == "地" * 200
    finally:
        db.dispose()


def test_too_long_text_is_one_line_and_nothing_is_written(loaded_pg: Any) -> None:
    """A backstop: should a rule allow more than a column holds, no crash, no write."""
    with pytest.raises(ValidationError, match="太长"), loaded_pg.transaction() as session:
        session.execute(text("UPDATE meetings SET location = 'x'"))
        session.execute(text("UPDATE units SET credit_code = :v"), {"v": "9" * 19})
    assert get_meeting(loaded_pg, "m-5-5").location == "协会会议室"


# ---- copy ----------------------------------------------------------------------------


def test_copy_to_postgresql_and_back_keeps_every_byte(
    demo: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(tmp_path / "office.db", demo)  # approved meetings among them
    before = exported(tmp_path / "office.db", tmp_path / "before.json")
    with_password = pg_url.replace("postgres@", "postgres:Sup3r-Secret@")
    assert main(["copy", "--db", str(tmp_path / "office.db"), "--to", with_password]) == 0
    out = capsys.readouterr().out
    assert f"到 postgresql://postgres@127.0.0.1:{pg_url.split(':')[-1].split('/')[0]}/" in out
    assert "Sup3r-Secret" not in out
    assert exported(pg_url, tmp_path / "pg.json") == before
    assert main(["check", "--db", pg_url]) == 0
    assert "校验值（SHA-256）一致" in capsys.readouterr().out
    assert main(["copy", "--db", str(tmp_path / "back.db"), "--from", pg_url]) == 0
    assert exported(tmp_path / "back.db", tmp_path / "back.json") == before


def test_copy_refuses_a_target_with_records_unless_replace(
    loaded_pg: Any, pg_url: str, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(tmp_path / "office.db", demo)
    assert main(["copy", "--db", str(tmp_path / "office.db"), "--to", pg_url]) == 1
    assert "已有记录" in capsys.readouterr().err
    assert get_meeting(loaded_pg, "m-5-5").key == "m-5-5"  # untouched
    assert main(["copy", "--db", str(tmp_path / "office.db"), "--to", pg_url, "--replace"]) == 0
    assert "天津市工程咨询协会" in get_meeting(loaded_pg, "m-5-5").display_title
    assert exported(pg_url, tmp_path / "pg.json") == exported(
        tmp_path / "office.db", tmp_path / "office.json"
    )


def test_copy_between_two_files_backs_up_the_replaced_one(
    demo: Path, sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    imported(tmp_path / "a.db", demo)
    imported(tmp_path / "b.db", write_json(sample))
    summary = copy_database(tmp_path / "a.db", tmp_path / "b.db", replace=True)
    assert summary.backup is not None and summary.backup.exists()
    assert exported(tmp_path / "b.db", tmp_path / "b.json") == exported(
        tmp_path / "a.db", tmp_path / "a.json"
    )


def test_copy_onto_itself_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="同一个"):
        copy_database(tmp_path / "a.db", tmp_path / "a.db")


def test_a_merge_on_postgres_gives_what_it_gives_on_sqlite(
    demo: Path, pg_url: str, tmp_path: Path
) -> None:
    """The whole archive merged over itself, then a meeting added on top: the new rows take
    ids after the merged ones on both (the merge's explicit ids move the sequence on)."""
    from minutes_app.services.archive_merge import merge_archive_file

    data = json.loads(demo.read_text("utf-8"))
    extra = {**data["meetings"][0], "key": "m-extra", "sequence": 99}
    more = tmp_path / "more.json"
    more.write_text(
        json.dumps({"format": data["format"], "version": data["version"], "meetings": [extra]}),
        encoding="utf-8",
    )
    for target in (tmp_path / "a.db", pg_url):
        imported(target, demo)
        db = open_database(target)
        try:
            merge_archive_file(db, demo)
            merge_archive_file(db, more)
        finally:
            db.dispose()
    on_sqlite = exported(tmp_path / "a.db", tmp_path / "sqlite.json")
    assert exported(pg_url, tmp_path / "pg.json") == on_sqlite
    assert "m-extra" in on_sqlite.decode("utf-8")
