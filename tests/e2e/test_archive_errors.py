"""A bad archive: one line naming the record, exit 1, and the database file untouched."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main

Mutation = Callable[[dict[str, Any]], None]


def _meeting(a: dict[str, Any]) -> dict[str, Any]:
    return a["meetings"][0]


def _d(a: dict[str, Any], i: int = 0) -> dict[str, Any]:
    return _meeting(a)["agenda"][0]["decisions"][i]


def _set(path: list[Any], value: Any) -> Mutation:
    def mutate(a: dict[str, Any]) -> None:
        target = a
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


CASES: list[tuple[str, Mutation, str, str]] = [
    ("tally above attendance", lambda a: _d(a)["vote"].update({"for": 8}),
     "meetings[0].agenda[0].decisions[0].vote.for", "多于实到"),
    ("sum above attendance", lambda a: _d(a)["vote"].update({"for": 5, "against": 2, "abstain": 1}),
     "meetings[0].agenda[0].decisions[0].vote.for", "合计8票"),
    ("negative tally", lambda a: _d(a)["vote"].update({"against": -1}),
     "meetings[0].agenda[0].decisions[0].vote.against", "不能小于0"),
    ("proxy without holder", lambda a: _meeting(a)["attendance"][6].pop("proxy_holder"),
     "meetings[0].attendance[6].proxy_holder", "没有填写受托人"),
    ("proxy holder not present", _set(["meetings", 0, "attendance", 6, "proxy_holder"], "p8"),
     "meetings[0].attendance[6].proxy_holder", "没有出席"),
    ("observer in roll call", lambda a: _d(a, 1)["vote"]["ballots"].append(
        {"person": "p-guest", "choice": "for"}),
     "meetings[0].agenda[0].decisions[1].vote.ballots[7].person", "列席人员"),
    ("absentee in roll call", lambda a: _d(a, 1)["vote"]["ballots"].append(
        {"person": "p9", "choice": "for"}),
     "meetings[0].agenda[0].decisions[1].vote.ballots[7].person", "不能参加记名表决"),
    ("due before meeting", _set(["meetings", 0, "agenda", 0, "actions", 1, "due"], "2024-08-10"),
     "meetings[0].agenda[0].actions[1].due", "早于会议日期"),
    ("empty decision text", lambda a: _d(a).update({"text": "  "}),
     "meetings[0].agenda[0].decisions[0].text", "不能为空"),
    ("dangling key", _set(["meetings", 0, "chair"], "p-nobody"),
     "meetings[0].chair", "dangling key"),
    ("duplicate key", lambda a: a["units"].append(dict(a["units"][0])),
     "units[3].key", "重复"),
    ("unknown field", lambda a: _d(a).update({"colour": "red"}),
     "meetings[0].agenda[0].decisions[0].colour", "unknown field"),
    ("bad date", _set(["terms", 0, "start"], "2024-02-30"), "terms[0].start", "无效"),
    ("bad status", _set(["meetings", 0, "status"], "finished"), "meetings[0].status", "可选值"),
    ("two owners", lambda a: _meeting(a)["agenda"][0]["actions"][0]["owner"].update(
        {"person": "p1"}), "meetings[0].agenda[0].actions[0].owner", "只能填写一个"),
    ("newer version", _set(["version"], 2), "version", "archive is newer than this app"),
    ("lone surrogate", _set(["meetings", 0, "location"], "\ud800"), "meetings[0].location",
     "代理码"),
]  # fmt: skip


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def existing_db(tmp_path: Path, sample: dict[str, Any], write_json: Any) -> Path:
    """A database that already holds the sample; an import with --replace must not touch it."""
    db = tmp_path / "existing.db"
    assert main(["--db", str(db), "import", str(write_json(sample, "good.json"))]) == 0
    return db


@pytest.mark.parametrize(("case", "mutate", "path", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_archive_names_the_record_and_writes_nothing(
    case: str, mutate: Mutation, path: str, words: str, sample: dict[str, Any],
    write_json: Any, existing_db: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    mutate(sample)
    bad = write_json(sample, "bad.json")
    before = _digest(existing_db)
    files_before = sorted(p.name for p in existing_db.parent.iterdir())
    capsys.readouterr()
    assert main(["--db", str(existing_db), "import", "--replace", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    assert f"{path}:" in err, err
    assert words in err, err
    assert _digest(existing_db) == before
    assert sorted(p.name for p in existing_db.parent.iterdir()) == files_before  # no backup


def test_unknown_field_is_accepted_when_lenient(
    sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    _d(sample).update({"colour": "red"})
    assert main(["--db", str(tmp_path / "l.db"), "import", "--lenient",
                 str(write_json(sample))]) == 0  # fmt: skip


def test_failed_import_into_a_new_path_creates_no_database(
    sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    _d(sample)["vote"]["for"] = 99
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "import", str(write_json(sample))]) == 1
    assert not target.exists()


def test_import_into_a_database_with_records_is_refused_without_replace(
    sample: dict[str, Any], write_json: Any, existing_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(existing_db)
    capsys.readouterr()
    assert main(["--db", str(existing_db), "import", str(write_json(sample, "again.json"))]) == 1
    assert "--replace" in capsys.readouterr().err
    assert _digest(existing_db) == before


def test_replace_backs_up_then_replaces(
    sample: dict[str, Any], write_json: Any, existing_db: Path, tmp_path: Path
) -> None:
    sample["organisation"]["name"] = "天津市另一个协会"
    assert main(["--db", str(existing_db), "import", "--replace", str(write_json(sample))]) == 0
    backups = list(tmp_path.glob("existing.before-import-*.db"))
    assert len(backups) == 1
    out = tmp_path / "after.json"
    assert main(["--db", str(existing_db), "export-archive", str(out)]) == 0
    assert "天津市另一个协会" in out.read_text(encoding="utf-8")
