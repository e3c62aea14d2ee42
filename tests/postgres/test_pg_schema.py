"""The same migrations build the same schema on PostgreSQL; URLs and server messages."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from minutes_app.store import search_pg
from minutes_app.store.database import open_database
from minutes_app.store.errors import server_reason
from minutes_app.store.models import Base
from minutes_app.store.postgres import make_pg_engine, sqlalchemy_url


def test_every_migration_builds_the_models_schema_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)  # every migration ran on the template, from nothing
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_name": _not_search_index,
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()


def _not_search_index(name: str | None, type_: str, _parent: object) -> bool:
    """The search index's tables (0006) are kept by triggers, not models."""
    return not (type_ == "table" and name in search_pg.TABLES)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_the_url_schemes_a_user_may_type(scheme: str) -> None:
    url = sqlalchemy_url(f"{scheme}://u@h:5433/d?sslmode=require")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database, url.query["sslmode"]) == ("h", 5433, "d", "require")


def test_sslmode_reaches_the_server(pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from minutes_app.cli import main

    assert main(["check", "--db", pg_server.url("base") + "?sslmode=require"]) == 1
    assert "服务器不支持加密连接（SSL）" in capsys.readouterr().err


def test_the_engine_names_the_app_and_gives_up_in_time(pg_url: str) -> None:
    engine = make_pg_engine(pg_url)
    try:
        with engine.connect() as conn:
            name = conn.exec_driver_sql("SHOW application_name").scalar()
        assert name == "minutes-app"
        assert engine.pool._pre_ping  # type: ignore[attr-defined]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("libpq", "reason"),
    [
        ('connection to server at "10.0.0.5", port 5432 failed: Connection refused', "拒绝连接"),
        ('connection to server at "h", port 5432 failed: FATAL:  password authentication '
         'failed for user "secretary"', "用户“secretary”的密码不对"),
        ('connection to server at "h", port 5432 failed: FATAL:  database "minutes" does not '
         "exist", "数据库“minutes”不存在"),
        ('connection to server at "h", port 5432 failed: FATAL:  role "li" does not exist',
         "用户“li”不存在"),
        ("connection timeout expired", "连接超时"),
        ('could not translate host name "srv" to address: Name or service not known',
         "找不到这个服务器名称"),
        ("server closed the connection unexpectedly", "连接中断了"),
        ("consuming input failed: terminating connection due to administrator command",
         "连接中断了"),
        ("failed to resolve host 'srv': [Errno -2] Name or service not known",
         "找不到这个服务器名称"),
        ("deadlock detected", "另一处正同时修改"),
    ],
)  # fmt: skip
def test_server_messages_become_chinese_reasons(libpq: str, reason: str) -> None:
    assert reason in server_reason(libpq)


def test_an_appointment_title_longer_than_its_column_is_one_line_and_no_write(
    pg_url: str, sample: dict[str, Any], write_json: Any
) -> None:
    """The loader allows 500 characters for an effect's title, the positions table holds
    200: PostgreSQL refuses it (SQLite would keep it), as a message, with nothing written."""
    from minutes_app.domain.errors import ValidationError
    from minutes_app.services.archive import import_archive
    from minutes_app.services.catalog import list_meetings

    decision = sample["meetings"][0]["agenda"][0]["decisions"][0]
    decision["effects"] = [{"type": "appoint", "person": "p3", "title": "理" * 300}]
    db = open_database(pg_url)
    try:
        with pytest.raises(ValidationError, match="太长"):
            import_archive(db, write_json(sample))
        assert list_meetings(db) == []
    finally:
        db.dispose()
