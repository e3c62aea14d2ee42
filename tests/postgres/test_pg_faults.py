"""A server that stops, a network that drops, a wrong password: one clear line, nothing
half-written, and the next action works once the server is back."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from minutes_app.cli import main
from minutes_app.services import meeting_reads
from minutes_app.services.archive import import_archive
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database
from minutes_app.store.errors import ServerUnavailable
from tests.pg import SECRETARY, SECRETARY_PASSWORD, Cluster, remove_cluster, start_cluster


@pytest.fixture(scope="module")
def own_server(pg_server: Any) -> Iterator[Cluster]:
    """A cluster of this module's own: these tests stop it."""
    cluster = start_cluster()
    assert isinstance(cluster, Cluster), cluster
    yield cluster
    remove_cluster(cluster)


@pytest.fixture
def loaded(own_server: Cluster, sample: dict[str, Any], write_json: Any) -> Iterator[Any]:
    name = own_server.new_database()
    db = open_database(own_server.url(name))
    import_archive(db, write_json(sample))
    yield db
    db.dispose()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    err = capsys.readouterr().err
    return code, err


def test_a_save_while_the_server_is_down_is_refused_and_works_once_it_is_back(
    own_server: Cluster, loaded: Any
) -> None:
    doc = get_meeting(loaded, "m-5-5")
    doc.location = "二号会议室"
    own_server.stop()
    try:
        with pytest.raises(ServerUnavailable) as caught:
            save_meeting(loaded, doc)
    finally:
        own_server.start()
    message = caught.value.message
    assert message.startswith(f"无法连接到数据库服务器 127.0.0.1:{own_server.port}：")
    assert "\n" not in message
    assert get_meeting(loaded, "m-5-5").location == "协会会议室"  # the pool reconnected
    assert save_meeting(loaded, doc).location == "二号会议室"


def test_a_connection_cut_mid_transaction_leaves_nothing_half_written(
    own_server: Cluster, loaded: Any
) -> None:
    with pytest.raises(ServerUnavailable, match="连接中断") as caught, loaded.transaction() as s:
        s.execute(text("UPDATE meetings SET location = '半截'"))
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        own_server.sql(f"SELECT pg_terminate_backend({pid})")
        s.execute(text("UPDATE units SET name = '半截'"))
    assert "没有保存" in caught.value.message
    assert get_meeting(loaded, "m-5-5").location == "协会会议室"


def test_a_connection_cut_while_a_save_reads_together_is_one_message(
    own_server: Cluster, loaded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reads a save sends in one pipeline (services.meeting_reads): a connection cut
    there is the same one line, nothing is written, and the next save works."""
    doc = get_meeting(loaded, "m-5-5")
    doc.location = "二号会议室"
    keys = meeting_reads.short_strings

    def cut_first(data: Any) -> list[str]:  # just before the reads are sent
        own_server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE application_name = 'minutes-app'")  # fmt: skip
        return keys(data)

    monkeypatch.setattr(meeting_reads, "short_strings", cut_first)
    with pytest.raises(ServerUnavailable, match="连接中断") as caught:
        save_meeting(loaded, doc)
    monkeypatch.undo()
    assert "\n" not in caught.value.message
    assert get_meeting(loaded, "m-5-5").location == "协会会议室"  # nothing half-written
    assert save_meeting(loaded, doc).location == "二号会议室"


def test_refused_port(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    code, err = cli(capsys, "check", "--db", f"postgresql://postgres@127.0.0.1:{port}/minutes")
    assert code == 1
    assert err == (
        f"minutes-app: 无法连接到数据库服务器 127.0.0.1:{port}：服务器拒绝连接（服务器没有运行，"
        "或端口不对）；请检查服务器是否已启动、网络是否连通，以及地址和端口是否正确\n"
    )


def test_a_wrong_password_is_named_and_never_shown(
    own_server: Cluster, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    url = f"postgresql://{SECRETARY}:Wrong-Secret-42@127.0.0.1:{own_server.port}/base"
    code, err = cli(capsys, "check", "--db", url)
    assert code == 1
    assert "密码不对" in err and f"“{SECRETARY}”" in err
    assert "Wrong-Secret-42" not in err
    logged = "".join(p.read_text(encoding="utf-8") for p in isolated_home.rglob("*.log"))
    assert "Wrong-Secret-42" not in logged


def test_a_missing_database_is_named(
    own_server: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(capsys, "check", "--db", own_server.url("no_such_db"))
    assert code == 1
    assert "数据库“no_such_db”不存在" in err and err.count("\n") == 1


def test_no_password_anywhere_says_where_to_put_one(
    own_server: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    code, err = cli(capsys, "check", "--db", own_server.url("base", user=SECRETARY))
    assert code == 1
    assert "没有找到密码" in err and "~/.pgpass" in err


def test_a_server_that_never_answers_times_out(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the TCP connection, never speaks
        port = silent.getsockname()[1]
        url = f"postgresql://postgres@127.0.0.1:{port}/minutes?connect_timeout=2"
        code, err = cli(capsys, "check", "--db", url)
    assert code == 1
    assert f"127.0.0.1:{port}：连接超时" in err


def _secretary_can_check(own_server: Cluster, capsys: pytest.CaptureFixture[str]) -> str:
    code, out = main(["check", "--db", own_server.url("base", user=SECRETARY)]), capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_the_password_comes_from_pgpass(
    own_server: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.delenv("PGPASSWORD", raising=False)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{own_server.port}:*:{SECRETARY}:{SECRETARY_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert "数据库完好" in _secretary_can_check(own_server, capsys)


def test_the_password_comes_from_the_environment(
    own_server: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", SECRETARY_PASSWORD)
    assert "数据库完好" in _secretary_can_check(own_server, capsys)


class FakeKeyring:
    """The `keyring` package's two calls, over a dict (no desktop keyring in tests)."""

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}
        self.lock = threading.Lock()

    def get_password(self, service: str, account: str) -> str | None:
        return self.store.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.store[(service, account)] = password


def test_the_password_comes_from_the_keyring(
    own_server: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    import sys

    from minutes_app.store.postgres import store_keyring_password

    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    account = f"{SECRETARY}@127.0.0.1:{own_server.port}/base"
    assert store_keyring_password(account, SECRETARY_PASSWORD)
    assert "数据库完好" in _secretary_can_check(own_server, capsys)


def test_a_password_in_the_url_stays_out_of_what_is_shown(own_server: Cluster) -> None:
    url = own_server.url("base").replace("postgres@", "postgres:Typed-Secret-7@")
    db = open_database(url)
    try:
        shown = [db.label, str(db.engine.url), repr(db.engine.url), db.server]
        assert not any("Typed-Secret-7" in text for text in shown)
        assert db.label == f"postgresql://postgres@127.0.0.1:{own_server.port}/base"
    finally:
        db.dispose()


def test_redacted_hides_every_password() -> None:
    from minutes_app.domain.db_url import redacted, without_password

    assert redacted("postgresql://a:p%40ss@h:5/d") == "postgresql://a:***@h:5/d"
    assert redacted("postgres://a@h/d") == "postgres://a@h/d"
    assert redacted("/home/x/minutes.db") == "/home/x/minutes.db"
    assert without_password("postgresql://a:pw@[::1]:5/d?sslmode=require") == (
        "postgresql://a@[::1]:5/d?sslmode=require"
    )
