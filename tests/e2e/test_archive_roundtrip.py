"""The archive as a secretary's backup: what goes out comes back the same."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from minutes_app.services.archive import export_archive, import_archive
from minutes_app.store.database import open_database

pytestmark = pytest.mark.both_backends

AS_OF = dt.date(2024, 12, 1)


def _round_trip(source: Path, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    first_db = open_database(tmp_path / "first.db")
    import_archive(first_db, source)
    export_archive(first_db, tmp_path / "first.json", as_of=AS_OF)
    first_db.dispose()
    second_db = open_database(tmp_path / "second.db")
    import_archive(second_db, tmp_path / "first.json")
    export_archive(second_db, tmp_path / "second.json", as_of=AS_OF)
    second_db.dispose()
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    return first, second


def test_demo_archive_round_trips_byte_for_byte(tmp_path: Path) -> None:
    demo = resources.files("minutes_app") / "resources" / "demo-archive.json"
    source = tmp_path / "demo.json"
    source.write_bytes(demo.read_bytes())
    first, second = _round_trip(source, tmp_path)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
    titles = [m["computed"]["title"] for m in first["meetings"]]
    assert "天津市工程咨询协会第五届第四次理事长会议" in titles
    assert "天津市工程咨询协会第五届第五次理事长会议" in titles


def test_sample_round_trips(sample: dict[str, Any], write_json: Any, tmp_path: Path) -> None:
    first, second = _round_trip(write_json(sample), tmp_path)
    assert first == second


def test_export_computes_quorum_outcomes_and_numbers(loaded_db: Any, tmp_path: Path) -> None:
    export_archive(loaded_db, tmp_path / "out.json", as_of=AS_OF)
    archive = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    meeting = archive["meetings"][0]
    assert meeting["computed"]["title"] == "天津市工程咨询协会第五届第五次理事长会议"
    assert meeting["computed"]["seats"] == 9
    assert meeting["computed"]["voting_attendance"] == 7  # 6 present + 1 proxy; observer not
    assert meeting["computed"]["quorum_required"] == 6
    assert meeting["computed"]["quorate"] is True
    d1, d2 = meeting["agenda"][0]["decisions"]
    assert d1["computed"]["base"] == 7
    assert d1["computed"]["required"] == 5  # 2/3以上 of 7 is 4.67 -> 5
    assert d1["computed"]["outcome"] == "passed"
    assert d1["computed"]["number"] == "五届理事长会决〔2024〕1号"
    assert d2["computed"]["for"] == 7  # derived from the seven ballots
    assert d2["computed"]["number"] == "五届理事长会决〔2024〕2号"
    assert d2["vote"] == {"method": "roll_call", "ballots": d2["vote"]["ballots"]}


def test_export_writes_registry_entries_made_by_decisions(loaded_db: Any, tmp_path: Path) -> None:
    export_archive(loaded_db, tmp_path / "out.json", as_of=AS_OF)
    archive = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    fangyou = next(u for u in archive["units"] if u["key"] == "u-fangyou")
    assert {"role": "invited_vice_president_unit", "from": "2024-08-11", "to": None,
            "by": "m-5-5/d-2"} in fangyou["roles"]  # fmt: skip
    committee = archive["committees"][0]
    assert committee["established_by"] == "m-5-5/d-2"


def test_import_recomputes_derived_entries_and_ignores_given_ones(
    sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    fangyou = sample["units"][2]
    fangyou["roles"].append({"role": "president_unit", "from": "2024-08-11", "to": None,
                             "by": "m-5-5/d-2"})  # fmt: skip
    db = open_database(tmp_path / "x.db")
    import_archive(db, write_json(sample))
    export_archive(db, tmp_path / "out.json", as_of=AS_OF)
    db.dispose()
    roles = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["units"][2]["roles"]
    assert [r["role"] for r in roles] == ["member_unit", "invited_vice_president_unit"]


def test_overdue_is_relative_to_as_of(loaded_db: Any, tmp_path: Path) -> None:
    def overdue(day: dt.date) -> dict[str, bool]:
        export_archive(loaded_db, tmp_path / "o.json", as_of=day)
        data = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
        actions = data["meetings"][0]["agenda"][0]["actions"]
        return {a["key"]: a["computed"]["overdue"] for a in actions}

    assert overdue(dt.date(2024, 9, 30)) == {"t-1": False, "t-2": False}  # due that day
    assert overdue(dt.date(2024, 10, 1)) == {"t-1": False, "t-2": True}  # t-1 is done


def test_text_is_kept_exactly(sample: dict[str, Any], write_json: Any, tmp_path: Path) -> None:
    odd = "  前后空格 \t制表\r\n换行 emoji😀👨‍👩‍👧 罕见字𠀀 \ufeff "
    sample["meetings"][0]["agenda"][0]["notes"] = odd
    first, _ = _round_trip(write_json(sample), tmp_path)
    assert first["meetings"][0]["agenda"][0]["notes"] == odd
