"""A throw-away PostgreSQL cluster for the tests, started once per session.

initdb and pg_ctl refuse to run as root, so as root the cluster's folder belongs to the
`postgres` system user and the binaries run through `runuser`. The server listens on a
free port on 127.0.0.1 only (its socket in the temp folder), with fsync off: a test
database is thrown away anyway. Each test database is a copy of `base`, which was
migrated once (CREATE DATABASE … TEMPLATE is a file copy, far faster than migrating).

Other test modules reuse it through the `pg_server` and `pg_url` fixtures (conftest).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
SECRETARY = "secretary"  # a role that must give a password (for the credential tests)
SECRETARY_PASSWORD = "s3cret-Pa55"
TEMPLATE = "base"
# A test database is thrown away: no need to survive a power cut.
_THROW_AWAY = "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"


def find_bindir() -> Path | None:
    """Debian's versioned folder (newest first), or wherever initdb is on PATH."""
    override = os.environ.get("MINUTES_PG_BIN")
    if override:
        return Path(override)
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").is_file():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int = field(default_factory=_free_port)
    runuser: str = field(default_factory=lambda: shutil.which("runuser") or "runuser")
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _admin: Any = None
    _clean: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = [self.runuser, "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done

    def init(self, *, durable: bool = False) -> None:
        """`durable`: fsync and synchronous commits on, as on a real server (benchmarks)."""
        self.socket_dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        # C collation: text sorts by code point, as SQLite's BINARY does. Character
        # classes of C.UTF-8: pg_trgm takes Chinese characters for letters (under C
        # it makes no trigram of them and its index cannot narrow a Chinese search).
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8",
                  "--locale=C", "--lc-ctype=C.UTF-8", "-A", "trust", "--no-sync")  # fmt: skip
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "max_connections = 60\nshared_buffers = 32MB\n" + ("" if durable else _THROW_AWAY)
            )
        # The secretary must give a password over TCP; the superuser is trusted.
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SECRETARY} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n",
            encoding="utf-8",
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        self.close_admin()
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, statement: str) -> None:
        """A statement outside any transaction (CREATE/DROP DATABASE), on one kept
        connection: far cheaper than a psql process per test."""
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(
                host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres",
                autocommit=True,
            )  # fmt: skip
        self._admin.execute(statement.encode())

    def close_admin(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None

    def sql(self, statement: str, database: str = "postgres") -> str:
        done = self._run("psql", "-X", "-q", "-t", "-A", "-h", str(self.socket_dir),
                         "-p", str(self.port), "-U", SUPERUSER, "-d", database,
                         "-v", "ON_ERROR_STOP=1", "-c", statement)  # fmt: skip
        return done.stdout.strip()

    def prepare_template(self) -> None:
        """`base`: migrated to the newest schema, the copy every test database starts as."""
        from minutes_app.store.database import open_database

        self.sql(f"CREATE ROLE {SECRETARY} LOGIN PASSWORD '{SECRETARY_PASSWORD}'")
        self.sql(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.url(TEMPLATE)).dispose()
        self.sql(f"GRANT ALL ON SCHEMA public TO {SECRETARY}", database=TEMPLATE)
        self.sql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {SECRETARY}", database=TEMPLATE)
        self.sql(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {SECRETARY}", TEMPLATE)

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database (migrated unless `empty`); returns its name."""
        name = f"t_{os.getpid()}_{next(self._names)}"
        template = "template0" if empty else TEMPLATE
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return name

    def lend_database(self) -> str:
        """A clean migrated database: one given back earlier, else a new copy of `base`."""
        return self._clean.pop() if self._clean else self.new_database()

    def give_back(self, name: str) -> None:
        """Empty it for the next test (far cheaper than a new copy); drop it when that
        fails, e.g. a test left a transaction holding a lock."""
        import psycopg

        try:
            with psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER,
                                 dbname=name, autocommit=True) as conn:  # fmt: skip
                conn.execute("SET lock_timeout = '3s'")
                tables = [r[0] for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'")]  # fmt: skip
                head = self._head_revision()
                with conn.transaction():
                    names = ", ".join(f'"{t}"' for t in tables)
                    conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE".encode())
                    conn.execute("DELETE FROM alembic_version")
                    conn.execute("INSERT INTO alembic_version VALUES (%s)", (head,))
        except psycopg.Error:
            self.drop_database(name)
            return
        self._clean.append(name)

    @staticmethod
    def _head_revision() -> str:
        from minutes_app.store.database import head_revision

        return head_revision()

    def drop_database(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_cluster(*, durable: bool = False) -> Cluster | str:
    """A running cluster, or the reason there is none (binaries missing)."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "pg_ctl").is_file():
        return "PostgreSQL server binaries (initdb, pg_ctl) not found; apt-get install postgresql"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root needs runuser to start PostgreSQL as the postgres user"
    root = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
    cluster = Cluster(bindir, root)
    cluster.init(durable=durable)
    cluster.start()
    cluster.prepare_template()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.root, ignore_errors=True)
