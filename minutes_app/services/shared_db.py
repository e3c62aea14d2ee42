"""The window's 连接共享数据库…: try a server before switching to it, and keep its
password in the system keyring when the secretary asks (never in the settings)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import inspect

from minutes_app.domain.db_url import ServerAddress, without_password
from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import Message, msg
from minutes_app.store import migrate
from minutes_app.store.database import head_revision, known_revisions, storage_errors
from minutes_app.store.postgres import (
    has_keyring,
    keyring_account,
    make_pg_engine,
    sqlalchemy_url,
    store_keyring_password,
)


@dataclass(frozen=True)
class ConnectionTest:
    ok: bool
    said: Message | str  # one line for the dialog, coded: in the window's language

    @property
    def message(self) -> str:
        """The line in Chinese (the command line's language)."""
        return self.said.render() if isinstance(self.said, Message) else self.said


def url_for(address: ServerAddress, password: str | None = None) -> str:
    """The URL to open; the password (kept in memory only) goes inside it when given."""
    url = address.url()
    if not password:
        return url
    scheme, rest = url.split("://", 1)
    user, at, host = rest.partition("@")
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}" if at else url


def stored_url(url: str) -> str:
    return without_password(url)


def try_connection(address: ServerAddress, password: str | None = None) -> ConnectionTest:
    """Reach the server and say what is there; nothing is created or changed."""
    engine = make_pg_engine(url_for(address, password))
    try:
        with storage_errors(address.label), engine.connect() as conn:
            revision = migrate.current_revision(conn)
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    except UserError as exc:
        return ConnectionTest(False, exc.own_message)
    finally:
        engine.dispose()
    where = f"{address.label}/{address.database}"
    if revision is None and tables:
        return ConnectionTest(False, msg("server.test_foreign", where=where))
    if revision is None:
        return ConnectionTest(True, msg("server.test_empty", where=where))
    if revision not in known_revisions():
        return ConnectionTest(False, msg("server.test_newer", where=where))
    upgrade = msg("server.test_upgrade") if revision != head_revision() else ""
    return ConnectionTest(True, msg("server.test_ours", where=where, upgrade=upgrade))


def keyring_available() -> bool:
    return has_keyring()


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the system keyring; False when no keyring can hold it."""
    account = keyring_account(sqlalchemy_url(address.url()))
    return store_keyring_password(account, password)
