"""`minutes-app import ARCHIVE.json --merge`: a meeting recorded elsewhere, brought in."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

AS_OF = "2024-12-01"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def demo() -> dict[str, Any]:
    text = (resources.files("minutes_app") / "resources" / "demo-archive.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _only(demo: dict[str, Any], *meetings: dict[str, Any], **lists: Any) -> dict[str, Any]:
    return {"format": demo["format"], "version": demo["version"], **lists,
            "meetings": list(meetings)}  # fmt: skip


def test_a_meeting_from_another_laptop_merges_to_the_same_archive(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    full, part = tmp_path / "full.db", tmp_path / "part.db"
    assert run("--db", full, "import", _write(tmp_path / "demo.json", demo)).returncode == 0
    last = demo["meetings"][-1]
    earlier = {**demo, "meetings": demo["meetings"][:-1]}
    assert run("--db", part, "import", _write(tmp_path / "earlier.json", earlier)).returncode == 0
    merged = run(
        "--db", part, "import", _write(tmp_path / "last.json", _only(demo, last)), "--merge"
    )
    assert merged.returncode == 0, merged.stderr
    assert "新增1条记录" in merged.stdout
    run("--db", full, "export-archive", tmp_path / "a.json", "--as-of", AS_OF)
    run("--db", part, "export-archive", tmp_path / "b.json", "--as-of", AS_OF)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_merging_an_existing_key_replaces_it_and_leaves_the_rest(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    db = tmp_path / "m.db"
    run("--db", db, "import", _write(tmp_path / "demo.json", demo))
    run("--db", db, "export-archive", tmp_path / "before.json", "--as-of", AS_OF)
    corrected = copy.deepcopy(demo["meetings"][0])
    corrected["location"] = "天津市河西区协会会议室（更正）"
    result = run(
        "--db", db, "import", _write(tmp_path / "c.json", _only(demo, corrected)), "--merge"
    )
    assert result.returncode == 0, result.stderr
    assert "替换1条记录" in result.stdout
    run("--db", db, "export-archive", tmp_path / "after.json", "--as-of", AS_OF)
    before = json.loads((tmp_path / "before.json").read_text("utf-8"))
    after = json.loads((tmp_path / "after.json").read_text("utf-8"))
    assert after["meetings"][0]["location"] == "天津市河西区协会会议室（更正）"
    assert after["meetings"][1:] == before["meetings"][1:]
    assert after["units"] == before["units"] and after["people"] == before["people"]
    assert run("--db", db, "check").returncode == 0


def test_a_new_unit_and_a_meeting_that_names_it(tmp_path: Path, demo: dict[str, Any]) -> None:
    db = tmp_path / "m.db"
    run("--db", db, "import", _write(tmp_path / "demo.json", demo))
    meeting = copy.deepcopy(demo["meetings"][-1])
    action = next(t for item in meeting["agenda"] for t in item["actions"])
    action["owner"] = {"unit": "u-new"}
    role = {"role": "member_unit", "from": "2024-01-01", "to": None, "by": None}
    unit = {
        "key": "u-new",
        "name": "天津新会员工程咨询有限公司",
        "credit_code": None,
        "roles": [role],
    }
    archive = _only(demo, meeting, units=[unit])
    result = run("--db", db, "import", _write(tmp_path / "u.json", archive), "--merge")
    assert result.returncode == 0, result.stderr
    run("--db", db, "export-archive", tmp_path / "after.json", "--as-of", AS_OF)
    after = json.loads((tmp_path / "after.json").read_text("utf-8"))
    assert any(u["key"] == "u-new" for u in after["units"])
    actions = [t for item in after["meetings"][-1]["agenda"] for t in item["actions"]]
    assert {"unit": "u-new"} in [t["owner"] for t in actions]


def test_a_pointer_to_nowhere_names_the_path_and_writes_nothing(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    db = tmp_path / "m.db"
    run("--db", db, "import", _write(tmp_path / "demo.json", demo))
    before = db.read_bytes()
    meeting = copy.deepcopy(demo["meetings"][-1])
    meeting["chair"] = "p-nobody"
    new = copy.deepcopy(demo["meetings"][0])
    new.update(key="m-new", sequence=99)
    archive = _only(demo, new, meeting)
    result = run("--db", db, "import", _write(tmp_path / "bad.json", archive), "--merge")
    assert result.returncode == 1
    assert "meetings[1].chair" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_a_merged_person_keeps_decision_made_positions(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    db = tmp_path / "m.db"
    run("--db", db, "import", _write(tmp_path / "demo.json", demo))
    run("--db", db, "export-archive", tmp_path / "before.json", "--as-of", AS_OF)
    before = json.loads((tmp_path / "before.json").read_text("utf-8"))
    person = next(p for p in before["people"] if any(x["by"] for x in p["positions"]))
    renamed = {**person, "name": person["name"] + "（改）",
               "positions": [x for x in person["positions"] if not x["by"]]}  # fmt: skip
    archive = _only(demo, people=[renamed])
    result = run("--db", db, "import", _write(tmp_path / "p.json", archive), "--merge")
    assert result.returncode == 0, result.stderr
    run("--db", db, "export-archive", tmp_path / "after.json", "--as-of", AS_OF)
    after = json.loads((tmp_path / "after.json").read_text("utf-8"))
    now = next(p for p in after["people"] if p["key"] == person["key"])
    assert now["name"] == person["name"] + "（改）"
    assert now["positions"] == person["positions"]


def test_the_whole_archive_merged_gives_what_its_import_gives(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    """Into an empty database (every record new, pointers between new records) and into its
    own database (every record replaced): both export what a plain import exports."""
    source = _write(tmp_path / "demo.json", demo)
    imported, empty = tmp_path / "imported.db", tmp_path / "empty.db"
    assert run("--db", imported, "import", source).returncode == 0
    run("--db", imported, "export-archive", tmp_path / "imported.json", "--as-of", AS_OF)
    nothing = _write(tmp_path / "nothing.json", _only(demo, organisation=demo["organisation"]))
    assert run("--db", empty, "import", nothing).returncode == 0
    for db in (empty, imported):
        result = run("--db", db, "import", source, "--merge")
        assert result.returncode == 0, result.stderr
        run("--db", db, "export-archive", tmp_path / f"{db.stem}-merged.json", "--as-of", AS_OF)
        merged = (tmp_path / f"{db.stem}-merged.json").read_bytes()
        assert merged == (tmp_path / "imported.json").read_bytes(), db.stem
        assert run("--db", db, "check").returncode == 0


def test_merge_and_replace_together_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--db", tmp_path / "x.db", "import", tmp_path / "a.json", "--merge", "--replace")
    assert result.returncode == 2


def test_an_unknown_field_or_a_repeated_key_is_refused(
    tmp_path: Path, demo: dict[str, Any]
) -> None:
    db = tmp_path / "m.db"
    run("--db", db, "import", _write(tmp_path / "demo.json", demo))
    before = db.read_bytes()
    odd = {**_only(demo, demo["meetings"][0]), "colour": "red"}
    result = run("--db", db, "import", _write(tmp_path / "odd.json", odd), "--merge")
    assert result.returncode == 1 and "colour" in result.stderr
    twice = _only(demo, demo["meetings"][0], demo["meetings"][0])
    result = run("--db", db, "import", _write(tmp_path / "twice.json", twice), "--merge")
    assert result.returncode == 1 and "meetings[1].key" in result.stderr
    assert db.read_bytes() == before
