"""A database written by an earlier version opens: backed up first, then upgraded."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from minutes_app.services.archive import export_archive
from minutes_app.services.integrity import check_database
from minutes_app.store import migrate
from minutes_app.store.database import open_database
from minutes_app.store.errors import NewerDatabase

OLD = Path(__file__).parent.parent / "fixtures" / "schema-0001.db"


def test_old_database_is_backed_up_then_upgraded_with_all_rows(tmp_path: Path) -> None:
    target = tmp_path / "old.db"
    shutil.copy(OLD, target)
    db = open_database(target)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert check_database(db).ok
        export_archive(db, tmp_path / "out.json")
    finally:
        db.dispose()
    archive = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    meeting = archive["meetings"][0]
    assert meeting["computed"]["title"] == "天津市工程咨询协会第五届第五次理事长会议"
    assert len(meeting["agenda"][0]["decisions"]) == 2
    assert len(meeting["agenda"][0]["actions"]) == 2  # the batch migration kept child rows
    roles = next(u for u in archive["units"] if u["key"] == "u-fangyou")["roles"]
    assert [r["role"] for r in roles] == ["member_unit", "invited_vice_president_unit"]
    backups = list(tmp_path.glob("old.before-upgrade-*.db"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    shutil.copy(OLD, target)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = target.read_bytes()
    with pytest.raises(NewerDatabase, match="更新版本"):
        open_database(target)
    assert target.read_bytes() == before


def test_the_revision_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
