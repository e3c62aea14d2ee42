"""Opening the database: connection settings, transactions, checks at open.

SQLite settings (engineering notes 1, 2, 7): foreign keys on, WAL where the file system
allows it, synchronous=FULL so a commit survives power loss, a busy timeout, and the
pysqlite recipe that lets SQLAlchemy emit BEGIN itself so one user action is one real
transaction. A file that is read-only (or that the user chose to only look at) opens
through a `mode=ro` URI, and every write is refused with a message before it starts.
A failed write because of the disk (full, read-only, busy) becomes a StorageError, and
text SQLite cannot store (a lone surrogate) a ValidationError: one line for the user.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain.errors import ValidationError
from minutes_app.store import migrate
from minutes_app.store.errors import (
    DamagedDatabase,
    DatabaseOpenError,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    file_error,
    storage_error,
)
from minutes_app.store.location import read_only_reason
from minutes_app.store.search_index import flush

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | Path) -> str:
    """A path becomes a sqlite URL; a URL (postgresql://…) is kept."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            _journal_mode(cur)
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    if not read_only:

        @event.listens_for(engine, "commit")
        def _on_commit(conn: Any) -> None:
            flush(conn.connection.driver_connection)  # fold what the search triggers queued


def _journal_mode(cur: sqlite3.Cursor) -> None:
    try:
        mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            cur.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError:
        pass  # not a database or read-only: the open check reports it


def make_engine(target: str | Path) -> Engine:
    url = database_url(target)
    engine = create_engine(url)
    if make_url(url).get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def make_read_only_engine(path: Path, uri: str) -> Engine:
    """An engine on `path` whose connections are opened with the read-only `uri`."""

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(database_url(path), creator=connect)
    _configure_sqlite(engine, read_only=True)
    return engine


class Database:
    """One database: its engine, its sessions, and the checks made when it opens."""

    def __init__(self, engine: Engine, *, read_only_reason: str | None = None) -> None:
        self.engine = engine
        self.read_only_reason = read_only_reason
        self.upgraded_from: str | None = None  # the schema revision this open migrated from
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def path(self) -> Path | None:
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error."""
        if self.read_only_reason is not None:
            raise ReadOnlyDatabase(
                f"数据库是以只读方式打开的（{self.read_only_reason}），不能保存修改；"
                "如需修改，请把文件复制到可以写入的文件夹，或关闭另一个窗口后重新打开"
            )
        with storage_errors(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        with storage_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def storage_errors() -> Iterator[None]:
    """A write the disk refused (full, read-only, busy) becomes a message, not a crash."""
    try:
        yield
    except (SADatabaseError, sqlite3.Error) as exc:
        mapped = storage_error(exc)
        if mapped is None:
            raise
        raise mapped from exc
    except UnicodeEncodeError as exc:  # a lone surrogate that no check caught before
        code = ord(exc.object[exc.start]) if isinstance(exc.object, str) else 0
        raise ValidationError(
            f"文字中含有无效字符（单独的代理码 U+{code:04X}），无法保存或查找；请删除这个字符"
        ) from exc


def open_database(
    target: str | Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    read_only: bool | str | None = None,
) -> Database:
    """Open (and create or migrate) a database, refusing files it must not touch.

    `read_only`: None decides from the file's permissions; True, or the reason as text,
    opens it read-only; False opens it for writing.
    """
    url = database_url(target)
    path = _sqlite_path(url)
    if path is None:
        return _checked(Database(make_engine(url)), upgrade)
    reason = _read_only(path, read_only)
    if not path.exists():
        if not create:
            raise NotADatabase(f"找不到数据库文件 {path}；请检查路径，或先用 import 导入归档")
        if reason is not None:
            raise DatabaseOpenError(f"{reason}，不能在这里新建数据库；请换一个文件夹")
        _create_file(path)
        engine = make_engine(url)
    else:
        uri = quick_check(path)
        _judge_revision(*_file_revision(path, uri))  # before anything may write to it
        engine = make_read_only_engine(path, uri) if reason is not None else make_engine(url)
    return _checked(Database(engine, read_only_reason=reason), upgrade)


def _read_only(path: Path, wanted: bool | str | None) -> str | None:
    if wanted is None:
        return read_only_reason(path)
    if isinstance(wanted, str):
        return wanted
    return "按要求以只读方式打开" if wanted else None


def _create_file(path: Path) -> None:
    """A new, empty database file only its owner can read (SQLite fills it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise file_error(exc, path, "创建数据库") from None


def _checked(db: Database, upgrade: bool) -> Database:
    try:
        _check_revision(db)
        if upgrade:
            with storage_errors():
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


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{path.as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if immutable else uri


def quick_check(path: Path) -> str:
    """Tell a foreign or damaged file before anything writes to it; nothing is written.

    Returns the read-only URI that opened it: `mode=ro`, or `immutable=1` as well when
    a WAL database sits where its shared-memory file cannot be created.
    """
    for immutable in (False, True):
        uri = read_only_uri(path, immutable=immutable)
        try:
            result = _run_quick_check(path, uri)
        except sqlite3.OperationalError as exc:
            if immutable or not _needs_immutable(exc):
                raise _open_error(path, exc) from None
            continue
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        if result != "ok":
            raise DamagedDatabase(
                f"{path} 已损坏（quick_check: {result[:200]}）；请从最近的备份恢复，"
                "原文件未作任何改动"
            )
        return uri
    raise AssertionError("unreachable")


def _run_quick_check(path: Path, uri: str) -> str:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(f"无法打开 {path}：{exc}；请检查文件权限") from None
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def _needs_immutable(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "readonly database" in text or "unable to open database file" in text


def _open_error(path: Path, exc: sqlite3.Error) -> DatabaseOpenError:
    text = str(exc)
    if "not a database" in text or "encrypted" in text:
        return NotADatabase(
            f"{path} 不是本程序的数据库文件（file is not a database）；"
            "请选择正确的文件，原文件未作任何改动"
        )
    if "unable to open" in text or "readonly" in text:
        return NotADatabase(f"无法打开 {path}（{text}）；请检查文件和文件夹的权限")
    return DamagedDatabase(f"{path} 已损坏（{text}）；请从最近的备份恢复，原文件未作任何改动")


def _check_revision(db: Database) -> None:
    try:
        with db.engine.connect() as conn:
            current = migrate.current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    except SADatabaseError as exc:
        raise NotADatabase(f"无法读取数据库：{exc.orig}；原文件未作任何改动") from None
    _judge_revision(current, tables)


def _file_revision(path: Path, uri: str) -> tuple[str | None, set[str]]:
    """The schema revision and tables of a file, read without changing a byte of it."""
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        tables = {str(r[0]) for r in rows}
        current = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            current = str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(f"无法读取数据库 {path}：{exc}；原文件未作任何改动") from None
    finally:
        conn.close()
    return current, tables


@functools.cache
def known_revisions() -> frozenset[str]:
    """The schema revisions this app knows (read once: Alembic parses every script)."""
    return frozenset(migrate.known_revisions())


@functools.cache
def head_revision() -> str:
    return migrate.head_revision()


def _judge_revision(current: str | None, tables: set[str]) -> None:
    if current is not None and current not in known_revisions():
        raise NewerDatabase(
            "这个数据库由更新版本的 minutes-app 写入（database is newer than this app）；"
            "请先升级本程序再打开，原文件未作任何改动"
        )
    if current is None and tables - {"alembic_version"}:
        raise NotADatabase(
            "这个 SQLite 文件不是 minutes-app 的数据库；请选择正确的文件，原文件未作任何改动"
        )


def migrate_if_needed(db: Database) -> bool:
    """Upgrade to the newest schema; an existing file is backed up first."""
    with db.engine.connect() as conn:
        current = migrate.current_revision(conn)
    if current == head_revision():
        return False
    if db.read_only_reason is not None:
        raise DatabaseOpenError(
            f"这个数据库需要升级到新版本的格式，但它只能读取（{db.read_only_reason}）；"
            "请把它复制到可以写入的文件夹再打开"
        )
    db.upgraded_from = current
    if current is not None and db.path is not None:
        from minutes_app.store.backup import backup_before_migration

        backup_before_migration(db)
    migrate.upgrade(db.engine)
    return True
