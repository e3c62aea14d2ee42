"""Schema versions through Alembic, run by the app itself at start-up.

Opening a database only reads the version table and the revision ids of the shipped
migration files; Alembic itself (a fifth of the start-up time) is imported only when a
migration is due.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.MULTILINE)


@cache
def _revisions() -> dict[str, str | None]:
    """revision id -> the revision it follows, read from the migration files."""
    folder = resources.files("minutes_app.store") / "migrations" / "versions"
    found: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".py") and not entry.name.startswith("__"):
            source = entry.read_text(encoding="utf-8")
            revision, down = _REVISION.search(source), _DOWN.search(source)
            if revision:
                parent = down.group(1).strip() if down else "None"
                found[revision.group(1)] = None if parent == "None" else parent
    return found


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("minutes_app.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    revisions = _revisions()
    parents = set(revisions.values())
    heads = [r for r in revisions if r not in parents]
    assert len(heads) == 1, f"migrations must form one line, heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revisions())


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Upgrade to head in one transaction, with foreign keys off while tables are rebuilt.

    Batch migrations on SQLite copy tables; with foreign keys on, dropping the old table
    would cascade-delete child rows. The pragma only takes effect outside a transaction.
    """
    from alembic import command

    cfg = _config()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if is_sqlite:
            _pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if is_sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise RuntimeError(f"migration broke references: {bad[:3]}")
        finally:
            if is_sqlite:
                _pragma(conn, "PRAGMA foreign_keys=ON")


def _pragma(conn: Connection, sql: str) -> None:
    """Run on the driver connection: SQLAlchemy would first begin a transaction."""
    conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]
