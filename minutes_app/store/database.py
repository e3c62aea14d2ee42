"""Opening the database: connection settings, transactions, checks at open.

SQLite settings (engineering notes 1, 2, 7): foreign keys on, WAL where the file system
allows it, synchronous=FULL so a commit survives power loss, a busy timeout, and the
pysqlite recipe that lets SQLAlchemy emit BEGIN itself so one user action is one real
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from minutes_app.store import migrate
from minutes_app.store.errors import DamagedDatabase, NewerDatabase, NotADatabase

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | Path) -> str:
    """A path becomes a sqlite URL; a URL (postgresql://…) is kept."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        try:
            mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                cur.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.DatabaseError:
            pass  # not a database or read-only: the open check reports it
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def make_engine(target: str | Path) -> Engine:
    url = database_url(target)
    engine = create_engine(url)
    if make_url(url).get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


class Database:
    """One database: its engine, its sessions, and the checks made when it opens."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path, *, create: bool = True, upgrade: bool = True) -> Database:
    """Open (and create or migrate) a database, refusing files it must not touch."""
    url = database_url(target)
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise NotADatabase(f"找不到数据库文件 {path}；请检查路径，或先用 import 导入归档")
        if path.exists():
            quick_check(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(make_engine(url))
    try:
        _check_revision(db)
        if upgrade:
            migrate_if_needed(db)
    except Exception:
        db.dispose()
        raise
    return db


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def quick_check(path: Path) -> None:
    """Tell a foreign or damaged file before anything writes to it (read-only open)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(f"无法打开 {path}：{exc}；请检查文件权限") from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise NotADatabase(
                f"{path} 不是本程序的数据库文件（file is not a database）；"
                "请选择正确的文件，原文件未作任何改动"
            ) from None
        raise DamagedDatabase(
            f"{path} 已损坏（{exc}）；请从最近的备份恢复，原文件未作任何改动"
        ) from None
    finally:
        conn.close()
    if result != "ok":
        raise DamagedDatabase(
            f"{path} 已损坏（quick_check: {result}）；请从最近的备份恢复，原文件未作任何改动"
        )


def _check_revision(db: Database) -> None:
    try:
        with db.engine.connect() as conn:
            current = migrate.current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    except SADatabaseError as exc:
        raise NotADatabase(f"无法读取数据库：{exc.orig}；原文件未作任何改动") from None
    if current is not None and current not in migrate.known_revisions():
        raise NewerDatabase(
            "这个数据库由更新版本的 minutes-app 写入（database is newer than this app）；"
            "请先升级本程序再打开，原文件未作任何改动"
        )
    if current is None and tables - {"alembic_version"}:
        raise NotADatabase("这个 SQLite 文件不是 minutes-app 的数据库；请选择正确的文件")


def migrate_if_needed(db: Database) -> bool:
    """Upgrade to the newest schema; an existing file is backed up first."""
    with db.engine.connect() as conn:
        current = migrate.current_revision(conn)
    if current == migrate.head_revision():
        return False
    if current is not None and db.path is not None:
        from minutes_app.store.backup import backup_before_migration

        backup_before_migration(db)
    migrate.upgrade(db.engine)
    return True
