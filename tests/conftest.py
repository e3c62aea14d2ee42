"""Shared fixtures: every test gets its own data folder and database under tmp_path."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_QPA_PLATFORMTHEME", None)

SEATS = [f"p{i}" for i in range(1, 10)]  # 9 seats of the 理事长会议


def _person(key: str, name: str, unit: str | None = None) -> dict[str, Any]:
    return {"key": key, "name": name, "unit": unit, "title_in_unit": None, "positions": [],
            "phone": None, "email": None}  # fmt: skip


NAMES = ["李光辉", "王志刚", "陈明远", "刘海涛", "杨帆", "周宏伟", "马俊", "赵永红", "孙晓峰"]

SAMPLE: dict[str, Any] = {
    "format": "minutes-archive",
    "version": 1,
    "organisation": {"name": "天津市工程咨询协会", "short_name": "工程咨询协会"},
    "terms": [{"number": 5, "start": "2021-12-01", "end": None}],
    "units": [
        {"key": "u-assoc", "name": "天津市工程咨询协会秘书处", "credit_code": None, "roles": []},
        {"key": "u-hongya", "name": "天津市宏亚工程咨询有限公司", "credit_code": None,
         "roles": [{"role": "member_unit", "from": "2019-03-01", "to": None, "by": None},
                   {"role": "vice_president_unit", "from": "2021-12-01", "to": None, "by": None}]},
        {"key": "u-fangyou", "name": "天津房友工程咨询有限公司", "credit_code": None,
         "roles": [{"role": "member_unit", "from": "2019-03-01", "to": None, "by": None}]},
    ],
    "people": [
        *[
            _person(k, n, "u-hongya" if k == "p2" else None)
            for k, n in zip(SEATS, NAMES, strict=True)
        ],
        _person("p-guest", "于军"),
    ],
    "bodies": [{
        "key": "b-presidents", "name": "理事长会议", "short_name": "理事长会",
        "quorum": {"fraction": "2/3", "inclusive": True},
        "pass_rule": {"fraction": "2/3", "inclusive": True, "of": "present"},
        "seats": [{"person": p, "term": 5} for p in SEATS],
    }],
    "committees": [{"key": "c-ai", "name": "咨询成果智能化专家委员会", "kind": "expert_committee",
                    "members": [{"person": "p2", "role": "主任委员", "from": "2024-09-01",
                                 "to": None}]}],
    "meetings": [{
        "key": "m-5-5", "body": "b-presidents", "term": 5, "sequence": 5, "title": None,
        "start": "2024-08-11T09:00", "end": "2024-08-11T11:30", "location": "协会会议室",
        "chair": "p1", "recorder": "p9", "status": "held",
        "attendance": [
            *[{"person": p, "status": "present"} for p in SEATS[:6]],
            {"person": "p7", "status": "proxy", "proxy_holder": "p1"},
            {"person": "p8", "status": "excused", "note": "出差"},
            {"person": "p9", "status": "absent"},
            {"person": "p-guest", "status": "observer"},
        ],
        "agenda": [{
            "key": "a-1", "title": "审议分支机构管理办法和特邀副会长单位", "presenter": "p9",
            "notes": "秘书处介绍了办法起草情况。",
            "decisions": [
                {"key": "d-1", "text": "审议通过《天津市工程咨询协会分支机构管理办法》。",
                 "kind": "adopt_document",
                 "vote": {"method": "show_of_hands", "for": 7, "against": 0, "abstain": 0},
                 "rule": None,
                 "effects": [{"type": "adopt_document",
                              "title": "天津市工程咨询协会分支机构管理办法"}]},
                {"key": "d-2", "text": "同意天津房友工程咨询有限公司为特邀副会长单位。",
                 "kind": "grant_role",
                 "vote": {"method": "roll_call", "ballots": [
                     {"person": p, "choice": "for"} for p in SEATS[:7]]},
                 "rule": None,
                 "effects": [{"type": "grant_role", "unit": "u-fangyou",
                              "role": "invited_vice_president_unit"},
                             {"type": "establish_committee", "committee": "c-ai"}]},
            ],
            "actions": [
                {"key": "t-1", "title": "印发《分支机构管理办法》", "owner": {"unit": "u-assoc"},
                 "due": "2024-08-31", "status": "done", "decision": "d-1",
                 "updates": [{"on": "2024-08-20", "note": "已印发", "status": "done"}]},
                {"key": "t-2", "title": "通知房友公司", "owner": {"person": "p9"},
                 "due": "2024-09-30", "status": "open", "decision": "d-2", "updates": []},
            ],
        }],
        "minutes": {"issue_no": "第5期", "issued_by": "天津市工程咨询协会秘书处",
                    "issued_on": "2024-08-15", "copy_to": ["各理事长单位"]},
    }],
}  # fmt: skip


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("MINUTES_APP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


@pytest.fixture
def sample() -> dict[str, Any]:
    """A fresh copy of the small archive: the 9-seat 理事长会议 and its 第五届第五次 meeting."""
    return copy.deepcopy(SAMPLE)


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[[Any, str], Path]:
    def write(data: Any, name: str = "archive.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")  # \\u escapes keep lone surrogates
        return path

    return write


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minutes.db"


# ---- both backends -------------------------------------------------------------------
# A module marked `pytestmark = pytest.mark.both_backends` runs every test that uses
# `db_target` (and so `loaded_db`) twice: on a SQLite file and on a PostgreSQL database
# of a throw-away cluster (tests/pg.py). `--backend sqlite|postgresql` runs only one.

BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backend", choices=("both", *BACKENDS), default="both",
                     help="which database the both_backends tests run on")  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: run db tests on SQLite and PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only: db tests that need a server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    only_pg = metafunc.definition.get_closest_marker("postgresql_only") is not None
    if metafunc.definition.get_closest_marker("both_backends") is None and not only_pg:
        return
    chosen = metafunc.config.getoption("--backend")
    names = BACKENDS if chosen == "both" else (chosen,)
    if only_pg:
        names = tuple(n for n in names if n == "postgresql")
    metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """The session's PostgreSQL cluster; a missing server fails under CI, else skips."""
    from tests.pg import remove_cluster, start_cluster

    try:
        cluster = start_cluster()
    except (RuntimeError, OSError) as exc:
        cluster = f"the test cluster did not start: {exc}"
    if isinstance(cluster, str):
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is needed under CI: {cluster}")
        pytest.skip(cluster)
    yield cluster
    remove_cluster(cluster)


@pytest.fixture
def pg_url(pg_server: Any) -> Iterator[str]:
    """A migrated, empty PostgreSQL database of its own; emptied again afterwards."""
    name = pg_server.lend_database()
    yield pg_server.url(name)
    pg_server.give_back(name)


@pytest.fixture
def db_target(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's database lives: the SQLite file, or a PostgreSQL URL."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return db_path


@pytest.fixture
def loaded_db(
    db_target: Path | str, sample: dict[str, Any], write_json: Callable[..., Path]
) -> Iterator[Any]:
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    db = open_database(db_target)
    import_archive(db, write_json(sample))
    yield db
    db.dispose()
