"""Meetings named as a secretary names them, and `minutes-app meetings`."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("names")
    db = folder / "demo.db"
    archive = resources.files("minutes_app") / "resources" / "demo-archive.json"
    assert run("--db", db, "import", str(archive)).returncode == 0
    return db


def test_meetings_lists_key_title_date_and_status(demo_db: Path) -> None:
    result = run("--db", demo_db, "meetings")
    assert result.returncode == 0
    line = next(x for x in result.stdout.splitlines() if x.startswith("m-5-5\t"))
    assert line.split("\t") == [
        "m-5-5",
        "2024-08-11",
        "纪要已审定",
        "天津市工程咨询协会第五届第五次理事长会议",
    ]


def test_meetings_json_filters_by_body_name_and_year(demo_db: Path) -> None:
    result = run("--db", demo_db, "meetings", "--json", "--body", "理事长会议", "--year", "2024")
    listed = json.loads(result.stdout)
    assert [m["key"] for m in listed] == ["m-5-4", "m-5-5"]
    assert listed[1]["title"] == "天津市工程咨询协会第五届第五次理事长会议"
    assert listed[1]["start"] == "2024-08-11T09:00" and listed[1]["status"] == "approved"
    assert json.loads(run("--db", demo_db, "meetings", "--json", "--year", "2019").stdout) == []


@pytest.mark.parametrize(
    "name", ["第五届第五次理事长会议", "五届五次理事长", "天津市工程咨询协会第五届第五次理事长会议",
             "第五届五次理事长会", "2024-08-11", "m-5-5"],
)  # fmt: skip
def test_minutes_takes_a_title_or_a_unique_part(demo_db: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "jiyao.docx"
    result = run("--db", demo_db, "minutes", name, out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_an_ambiguous_name_lists_the_candidates(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", demo_db, "minutes", "理事长会议", tmp_path / "x.docx")
    assert result.returncode == 1
    assert "第五届第四次理事长会议（m-5-4）" in result.stderr
    assert "第五届第五次理事长会议（m-5-5）" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_an_unknown_name_says_how_to_find_one(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", demo_db, "minutes", "第九届第一次理事会", tmp_path / "x.docx")
    assert result.returncode == 1
    assert "找不到会议" in result.stderr and "minutes-app meetings" in result.stderr


@pytest.mark.parametrize("body", ["b-presidents", "理事长会议", "理事长会"])
def test_register_takes_a_body_name(demo_db: Path, tmp_path: Path, body: str) -> None:
    out = tmp_path / "register.docx"
    result = run("--db", demo_db, "register", body, "2024", out)
    assert result.returncode == 0, result.stderr


def test_an_unknown_body_lists_the_bodies(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", demo_db, "register", "监事会", "2024", tmp_path / "r.docx")
    assert result.returncode == 1
    assert (
        "找不到会议机构“监事会”" in result.stderr and "理事长会议（b-presidents）" in result.stderr
    )
