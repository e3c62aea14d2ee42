"""Where a database lives, as the secretary names it: a file path or a server URL.

Pure text handling (no driver imported), so every layer can show a URL safely: a
password is never part of a URL that is shown, logged or stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432


def is_url(target: object) -> bool:
    return "://" in str(target)


def is_postgres(target: object) -> bool:
    text = str(target)
    return is_url(text) and text.split("://", 1)[0].lower() in POSTGRES_SCHEMES


def _netloc_without_password(parts: SplitResult) -> str:
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if parts.username is not None:
        netloc = f"{quote(unquote(parts.username), safe='')}@{netloc}"
    return netloc


def redacted(url: object) -> str:
    """The URL with any password replaced by ***: the only form ever shown or logged."""
    text = str(url)
    if not is_url(text):
        return text
    try:
        parts = urlsplit(text)
        if parts.password is None:
            return text
        netloc = _netloc_without_password(parts)
        user, _, rest = netloc.partition("@")
        return urlunsplit(parts._replace(netloc=f"{user}:***@{rest}"))
    except ValueError:  # a malformed URL: show the scheme only
        return text.split("://", 1)[0] + "://***"


def without_password(url: str) -> str:
    """The URL to store (settings, recent list): the password dropped, the rest kept."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=_netloc_without_password(parts)))


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database as the connection dialog edits it (never with a password)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "minutes"
    user: str = ""
    sslmode: str = ""  # "" = libpq's default (prefer)

    @property
    def label(self) -> str:
        """HOST:PORT, as messages name the server."""
        return f"{self.host}:{self.port}"

    def url(self) -> str:
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?sslmode={quote(self.sslmode)}" if self.sslmode else ""
        return f"postgresql://{user}{host}:{self.port}/{quote(self.database, safe='')}{query}"


def server_address(url: str) -> ServerAddress:
    """The parts of a postgresql:// URL; ValueError when it is not one."""
    if not is_postgres(url):
        raise ValueError(f"not a PostgreSQL URL: {redacted(url)}")
    parts = urlsplit(url)
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    return ServerAddress(
        host=parts.hostname or "localhost",
        port=parts.port or DEFAULT_PORT,
        database=unquote(parts.path.lstrip("/")) or "",
        user=unquote(parts.username or ""),
        sslmode=unquote(query.get("sslmode", "")),
    )


def server_label(url: str) -> str:
    """HOST:PORT of a server URL (for messages); the redacted URL when it cannot be read."""
    try:
        return server_address(url).label
    except ValueError:
        return redacted(url)


class ServerBackupKind(StrEnum):
    """How a shared database was backed up."""

    PG_DUMP = "pg_dump"  # the server's own format (custom, restore with pg_restore)
    ARCHIVE = "archive"  # the app's JSON archive (restore with `minutes-app import`)
