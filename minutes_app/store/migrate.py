"""Schema versions through Alembic, run by the app itself at start-up.

Opening a database only reads the version table and the revision ids of the shipped
migration files; Alembic itself (a fifth of the start-up time) is imported only when a
migration is due.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from minutes_app.store.revisions import head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["current_revision", "head_revision", "known_revisions", "upgrade"]


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("minutes_app.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


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
