"""Opening the database: connection settings, transactions, checks at open.

SQLite settings (engineering notes 1, 2, 7): foreign keys on, WAL where the file system
allows it, synchronous=FULL so a commit survives power loss, a busy timeout, and the
pysqlite recipe that lets SQLAlchemy emit BEGIN itself so one user action is one real
transaction. A file that is read-only (or that the user chose to only look at) opens
through a `mode=ro` URI, and every write is refused with a message before it starts.
A failed write because of the disk (full, read-only, busy) becomes a StorageError, and
text SQLite cannot store (a lone surrogate) a ValidationError: one line for the user.

A postgresql:// URL opens a shared database on a server instead (store/postgres.py):
none of the file checks apply there; a server that cannot be reached, or a connection
lost during a save, is one line naming the server, and the transaction is rolled back.
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
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from minutes_app.domain.db_url import is_postgres, is_url, redacted, server_label
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.messages import Message, msg
from minutes_app.store import migrate
from minutes_app.store.backup import backup_before_migration
from minutes_app.store.errors import (
    DamagedDatabase,
    DatabaseOpenError,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    StaleRecord,
    file_error,
    server_error,
    storage_error,
)
from minutes_app.store.location import read_only_reason
from minutes_app.store.postgres import make_pg_engine
from minutes_app.store.search_index import flush
from minutes_app.store.sqlite_file import quick_check, read_only_uri, run_quick_check

BUSY_TIMEOUT_MS = 5000
OWN_WRITES_KEPT = 256  # a window's writes between two looks for others' changes
# SQLite folds the WAL back into the file (a checkpoint: writes and an fsync) inside the
# commit that passes its threshold, 1,000 pages by default: measured 35-110 ms added to
# a save. The window checkpoints when idle instead (Database.checkpoint); this is only
# the backstop for a process that never does (about 40 MB of WAL).
WAL_BACKSTOP_PAGES = 10_000


def database_url(target: str | Path) -> str:
    """A path becomes a sqlite URL; a URL (postgresql://…) is kept."""
    text = str(target)
    if is_url(text):
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
        cur.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
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
    if is_postgres(url):
        return make_pg_engine(url)
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

    def __init__(self, engine: Engine, *, read_only_reason: Message | str | None = None) -> None:
        self.engine = engine
        self.read_only_reason = read_only_reason
        self.upgraded_from: str | None = None  # the schema revision this open migrated from
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # generation before → after, for each write committed through this object (SQLite)
        self._own_writes: dict[int, int] = {}
        self.commits = 0  # transactions committed through this object (read by the window)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        """Where the data lives, safe to show: the file path, or the URL without password."""
        url = self.engine.url
        if self.is_sqlite:
            return str(self.path or url.database or "")
        user = f"{url.username}@" if url.username else ""
        return f"postgresql://{user}{self.server}/{url.database or ''}"

    @property
    def server(self) -> str:
        """HOST:PORT of the server ("" for a file), as connection messages name it."""
        url = self.engine.url
        return "" if self.is_sqlite else f"{url.host or 'localhost'}:{url.port or 5432}"

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def path(self) -> Path | None:
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error.

        Every committed transaction bumps the file's generation (see bump_generation),
        so a window can tell that another process wrote since it last looked.
        """
        self.require_writable()
        bumped: tuple[int, int] | None = None
        with storage_errors(self.server), self._sessions() as session, session.begin():
            yield session
            if self.is_sqlite:
                bumped = bump_generation(session)
        self.commits += 1
        if bumped is not None:  # committed: remember that this write was ours
            if len(self._own_writes) >= OWN_WRITES_KEPT:
                self._own_writes.clear()
            self._own_writes[bumped[0]] = bumped[1]

    def only_own_writes(self, before: int | None, now: int | None) -> bool:
        """Whether every write from generation `before` to `now` was committed here.

        A window's look for others' changes then need not reload what it wrote itself.
        """
        if before is None or now is None:
            return False
        seen: int | None = before
        for _ in range(len(self._own_writes) + 1):
            if seen == now:
                return True
            seen = self._own_writes.get(seen) if seen is not None else None
        return False

    def checkpoint(self) -> None:
        """Fold committed WAL pages into the database file, without waiting for readers or
        writers (PASSIVE); the window calls it when idle, off the UI thread. A server's
        database, or a file without WAL, has nothing to do."""
        if not self.is_sqlite or self.read_only_reason is not None:
            return
        with storage_errors(self.server):
            raw = self.engine.raw_connection()  # outside any transaction (no BEGIN)
            try:
                driver = raw.driver_connection
                assert driver is not None
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                raw.close()

    def require_writable(self) -> None:
        """Refuse before anything is done (a backup, say) that a write could not follow."""
        if self.read_only_reason is not None:
            raise ReadOnlyDatabase(msg("db.read_only", reason=self.read_only_reason))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        with storage_errors(self.server), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only look in which every query sees the same moment (a whole-database
        copy or export must not mix tables from before and after another's save)."""
        with self.reading() as session:
            if not self.is_sqlite:  # SQLite's read transaction is a snapshot already
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def bump_generation(session: Session) -> tuple[int, int]:
    """Count one more committed write in SQLite's `user_version` header field.

    It is part of the transaction (rolled back with it), costs no table or migration,
    and any connection reads it with `PRAGMA user_version`. The session's own changes
    are flushed first, so the write lock is already ours when there were any.
    """
    session.flush()
    conn = session.connection()
    current = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    following = (current + 1) % 2**31
    conn.exec_driver_sql(f"PRAGMA user_version = {following}")
    return current, following


@contextmanager
def storage_errors(server: str = "") -> Iterator[None]:
    """A write the disk refused (full, read-only, busy), or a server that went away,
    becomes a message, not a crash; a row another window changed first is refused."""
    try:
        yield
    except (DBAPIError, SADatabaseError, sqlite3.Error) as exc:
        mapped = server_error(exc, server) if server else storage_error(exc)
        if mapped is None:
            raise
        raise mapped from exc
    except StaleDataError as exc:
        raise StaleRecord(msg("db.stale")) from exc
    except UnicodeEncodeError as exc:  # a lone surrogate that no check caught before
        code = ord(exc.object[exc.start]) if isinstance(exc.object, str) else 0
        raise ValidationError(msg("db.surrogate", code=f"{code:04X}")) from exc


def open_database(
    target: str | Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    read_only: bool | str | Message | None = None,
) -> Database:
    """Open (and create or migrate) a database, refusing files it must not touch.

    `read_only`: None decides from the file's permissions; True, or the reason as text,
    opens it read-only; False opens it for writing.
    """
    url = database_url(target)
    if is_postgres(url):
        return _open_server(url, upgrade)
    path = _sqlite_path(url)
    if path is None:
        return _checked(Database(make_engine(url)), upgrade)
    reason = _read_only(path, read_only)
    if not path.exists():
        if not create:
            raise NotADatabase(msg("db.no_file", path=path))
        if reason is not None:
            raise DatabaseOpenError(msg("db.cannot_create", reason=reason))
        _create_file(path)
        engine = make_engine(url)
    else:
        try:
            uri = quick_check(path)
            revision = _file_revision(path, uri)
            _judge_revision(*revision)  # before anything may write to it
        except (DamagedDatabase, NotADatabase, NewerDatabase):
            _refuse_stray_wal(path)  # the file is fine; a -wal laid over it is not
            raise
        engine = make_read_only_engine(path, uri) if reason is not None else make_engine(url)
        # Judged just now from the file: no second look through SQLAlchemy's reflection.
        return _checked(Database(engine, read_only_reason=reason), upgrade, revision[0])
    return _checked(Database(engine, read_only_reason=reason), upgrade)


def _open_server(url: str, upgrade: bool) -> Database:
    """A shared database: reached, checked and migrated, or one line naming the server."""
    try:
        engine = make_pg_engine(url)
    except ImportError:
        raise DatabaseOpenError(msg("db.no_driver")) from None
    except Exception as exc:  # a URL SQLAlchemy cannot parse (bad port, …)
        kind = exc.__class__.__name__
        raise DatabaseOpenError(msg("db.bad_url", url=redacted(url), kind=kind)) from None
    db = Database(engine)
    with storage_errors(server_label(url)):
        return _checked(db, upgrade)


def _read_only(path: Path, wanted: bool | str | Message | None) -> Message | str | None:
    if wanted is None:
        return read_only_reason(path)
    if isinstance(wanted, str | Message):  # a reason given (the window's words, or coded)
        return wanted
    return msg("db.read_only_asked") if wanted else None


def _create_file(path: Path) -> None:
    """A new, empty database file only its owner can read (SQLite fills it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise file_error(exc, path, "创建数据库") from None


_UNREAD = "?"  # the revision is not known yet: read it


def _checked(db: Database, upgrade: bool, revision: str | None = _UNREAD) -> Database:
    try:
        if revision == _UNREAD:
            _check_revision(db)
        if upgrade and (revision == _UNREAD or revision != head_revision()):
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


def _refuse_stray_wal(path: Path) -> None:
    """A damaged look through the -wal beside the file, while the file alone is sound.

    SQLite replays any WAL whose header and frames check out, without asking which
    database wrote it: a -wal copied from another database lays that one's pages over
    this file. Told as what it is; restoring a backup would lose the good file.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return
    alone = read_only_uri(path, immutable=True)  # the file without its -wal
    try:
        if run_quick_check(path, alone) != "ok":
            return
        _judge_revision(*_file_revision(path, alone))
    except (sqlite3.Error, UserError):
        return
    raise DatabaseOpenError(msg("db.stray_wal", name=path.name, wal=wal.name))


def _check_revision(db: Database) -> None:
    try:
        with db.engine.connect() as conn:
            current = migrate.current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    except SADatabaseError as exc:
        if db.server:
            raise  # storage_errors names the server and the reason
        raise NotADatabase(msg("db.unreadable", reason=exc.orig)) from None
    _judge_revision(current, tables, shared=bool(db.server))


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
        raise NotADatabase(msg("db.unreadable_file", path=path, reason=exc)) from None
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


# Tables every schema revision of ours has: a file without them is another app's.
OUR_TABLES = frozenset({"meetings", "bodies", "units", "people"})


def _judge_revision(current: str | None, tables: set[str], *, shared: bool = False) -> None:
    """Newer only when the file is ours (our tables) at a revision we do not know;
    another app's SQLite file with its own alembic_version is simply not ours."""
    if current is not None and current not in known_revisions() and tables >= OUR_TABLES:
        raise NewerDatabase(msg("db.newer"))
    if current is None and tables - {"alembic_version"} and shared:
        raise NotADatabase(msg("db.foreign_server"))
    if (current is None and tables - {"alembic_version"}) or (
        current is not None and current not in known_revisions()
    ):
        raise NotADatabase(msg("db.foreign_file"))


def migrate_if_needed(db: Database) -> bool:
    """Upgrade to the newest schema; an existing file is backed up first."""
    with db.engine.connect() as conn:
        current = migrate.current_revision(conn)
    if current == head_revision():
        return False
    if db.read_only_reason is not None:
        raise DatabaseOpenError(msg("db.upgrade_read_only", reason=db.read_only_reason))
    db.upgraded_from = current
    if current is not None and db.path is not None:
        backup_before_migration(db)
    migrate.upgrade(db.engine)
    return True
