"""A shared database on a PostgreSQL server, through psycopg 3.

The URL the secretary gives (postgresql:// or postgres://) is rewritten for SQLAlchemy's
psycopg dialect. Connections are checked before use (a server restarted overnight is
reconnected), give up after a timeout instead of hanging the window, and name the app
to the server's administrator. `sslmode` and the other libpq options in the URL's query
pass through unchanged.

The password is never in the engine's URL: it comes from the URL the user typed (kept
only inside the connect parameters), PGPASSWORD or ~/.pgpass (libpq reads those
itself), or the system keyring when the `keyring` package is installed.
"""

from __future__ import annotations

import importlib
import os
import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from minutes_app.domain.db_url import DEFAULT_PORT, POSTGRES_SCHEMES
from minutes_app.store import search_pg

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "minutes-app"
KEYRING_SERVICE = "minutes-app"

# The password each engine connects with, when the app supplies it (never in its URL).
_PASSWORDS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def sqlalchemy_url(url: str) -> URL:
    """postgres:// and postgresql:// become postgresql+psycopg://; the rest is kept."""
    scheme, rest = url.split("://", 1)
    if scheme.lower() not in POSTGRES_SCHEMES:
        raise ValueError(f"not a PostgreSQL URL scheme: {scheme}")
    return make_url(f"{DRIVER}://{rest}")


def keyring_account(url: URL) -> str:
    """The name a password is kept under in the keyring: user@host:port/database."""
    host = url.host or "localhost"
    return f"{url.username or ''}@{host}:{url.port or DEFAULT_PORT}/{url.database}"


def keyring_password(account: str) -> str | None:
    """The password kept for `account`, or None (no keyring package, no entry, no backend)."""
    try:
        keyring = importlib.import_module("keyring")
        value = keyring.get_password(KEYRING_SERVICE, account)
    except Exception:  # no module, or no usable backend on this desktop: libpq decides
        return None
    return value if isinstance(value, str) and value else None


def store_keyring_password(account: str, password: str) -> bool:
    """Keep a password in the system keyring; False when there is none to keep it in."""
    try:
        keyring = importlib.import_module("keyring")
        keyring.set_password(KEYRING_SERVICE, account, password)
    except Exception:
        return False
    return True


def has_keyring() -> bool:
    try:
        importlib.import_module("keyring")
    except ImportError:
        return False
    return True


def make_pg_engine(url: str) -> Engine:
    full = sqlalchemy_url(url)
    password = full.password
    # URL.set(password=None) would keep the password: build the URL without it.
    bare = URL.create(
        full.drivername, full.username, None, full.host, full.port, full.database, full.query
    )
    args: dict[str, Any] = {}
    if "connect_timeout" not in bare.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in bare.query:
        args["application_name"] = APPLICATION_NAME
    engine = create_engine(bare, pool_pre_ping=True, connect_args=args, pool_size=3)
    _supply_password(engine, None if password is None else str(password), keyring_account(bare))

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        try:
            search_pg.flush(conn.connection.driver_connection)  # fold what triggers queued
        except Exception as exc:
            if type(exc).__module__.split(".")[0] != "psycopg":
                raise
            # Raised outside SQLAlchemy's own calls: wrapped as those are, so that a lost
            # server is reported as one (store.database.storage_errors).
            raise DBAPIError.instance(None, None, exc, Exception) from exc

    return engine


def _supply_password(engine: Engine, typed: str | None, account: str) -> None:
    """URL password, then PGPASSWORD, then the keyring, then ~/.pgpass (libpq's own)."""
    looked_up: list[str | None] = []

    @event.listens_for(engine, "do_connect")
    def _password(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        if typed is not None:
            cparams["password"] = typed
            return
        if "password" in cparams or os.environ.get("PGPASSWORD"):
            return
        if not looked_up:
            looked_up.append(keyring_password(account))
        if looked_up[0] is not None:
            cparams["password"] = looked_up[0]
            _PASSWORDS[engine] = looked_up[0]

    if typed is not None:
        _PASSWORDS[engine] = typed


def libpq_environment(engine: Engine) -> dict[str, str]:
    """PG* variables for a libpq tool (pg_dump) to reach the engine's database: the
    password goes in the environment of that one process, never on its command line."""
    url = engine.url
    env = {
        "PGHOST": url.host or "localhost",
        "PGPORT": str(url.port or DEFAULT_PORT),
        "PGDATABASE": url.database or "",
        "PGAPPNAME": APPLICATION_NAME,
        "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S),
    }
    if url.username:
        env["PGUSER"] = url.username
    for key, name in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        value = url.query.get(key)
        if isinstance(value, str):
            env[name] = value
    if engine in _PASSWORDS:
        env["PGPASSWORD"] = _PASSWORDS[engine]
    return env


def advance_sequence(conn: Connection, table: str, column: str = "id") -> None:
    """After rows were inserted with explicit ids, the next generated id follows them."""
    conn.execute(
        text(
            "SELECT setval(pg_get_serial_sequence(:t, :c), "
            f'coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
        ),
        {"t": table, "c": column},
    )


def advance_all_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """Every table with a generated id: its sequence past the highest id present."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
            advance_sequence(conn, table.name)
