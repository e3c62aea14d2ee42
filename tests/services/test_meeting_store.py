"""Editing a meeting through the service: outcomes, effects and the approval lock."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.services.archive import export_archive
from minutes_app.services.meeting_store import (
    ConcurrentEdit,
    approve_meeting,
    create_meeting,
    delete_meeting,
    get_meeting,
    save_meeting,
)

pytestmark = pytest.mark.both_backends


def _roles(db: Any, tmp_path: Path, unit: str) -> list[str]:
    export_archive(db, tmp_path / "r.json", as_of=dt.date(2024, 12, 1))
    archive = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    return [r["role"] for u in archive["units"] if u["key"] == unit for r in u["roles"]]


def _decision(doc: dict[str, Any], index: int) -> dict[str, Any]:
    return doc["agenda"][0]["decisions"][index]


def test_a_vote_at_the_boundary_passes_and_one_below_fails(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    _decision(doc, 0)["vote"].update({"for": 5, "against": 2, "abstain": 0})
    doc = save_meeting(loaded_db, doc)
    assert _decision(doc, 0)["computed"]["outcome"] == "passed"  # 5 of 7 reaches 2/3
    _decision(doc, 0)["vote"].update({"for": 4, "against": 3})
    doc = save_meeting(loaded_db, doc)
    assert _decision(doc, 0)["computed"]["outcome"] == "failed"
    assert _decision(doc, 0)["computed"]["number"] is None
    assert _decision(doc, 1)["computed"]["number"] == "五届理事长会决〔2024〕1号"


def test_an_edit_that_makes_a_decision_fail_withdraws_its_effects(
    loaded_db: Any, tmp_path: Path
) -> None:
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")
    doc = get_meeting(loaded_db, "m-5-5")
    for ballot in _decision(doc, 1)["vote"]["ballots"][:3]:
        ballot["choice"] = "against"
    doc = save_meeting(loaded_db, doc)
    assert _decision(doc, 1)["computed"]["outcome"] == "failed"
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]
    for ballot in _decision(doc, 1)["vote"]["ballots"]:
        ballot["choice"] = "for"
    save_meeting(loaded_db, doc)
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")


def test_an_inquorate_meeting_changes_nothing(loaded_db: Any, tmp_path: Path) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    for entry in doc["attendance"][2:7]:
        entry.update({"status": "absent"})
        entry.pop("proxy_holder", None)
    for d in doc["agenda"][0]["decisions"]:
        d["vote"] = {"method": "consensus"}
    doc = save_meeting(loaded_db, doc)
    assert doc["computed"]["quorate"] is False
    assert doc["computed"]["voting_attendance"] == 2
    assert {d["computed"]["outcome"] for d in doc["agenda"][0]["decisions"]} == {"inquorate"}
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]


def test_a_bad_edit_is_refused_and_nothing_is_saved(loaded_db: Any) -> None:
    before = get_meeting(loaded_db, "m-5-5")
    doc = get_meeting(loaded_db, "m-5-5")
    _decision(doc, 0)["vote"]["for"] = 8
    with pytest.raises(ValidationError, match="多于实到"):
        save_meeting(loaded_db, doc)
    assert get_meeting(loaded_db, "m-5-5") == before


def test_approved_minutes_are_locked_in_the_service(loaded_db: Any) -> None:
    doc = approve_meeting(loaded_db, "m-5-5", when=dt.datetime(2024, 8, 15, 10, 0))
    assert doc["status"] == "approved"
    doc["location"] = "别处"
    with pytest.raises(UserError, match="已审定"):
        save_meeting(loaded_db, doc)
    with pytest.raises(UserError, match="已审定"):
        delete_meeting(loaded_db, "m-5-5")
    assert get_meeting(loaded_db, "m-5-5")["location"] == "协会会议室"


def test_a_stale_copy_is_refused(loaded_db: Any) -> None:
    first = get_meeting(loaded_db, "m-5-5")
    second = get_meeting(loaded_db, "m-5-5")
    first["location"] = "一号会议室"
    save_meeting(loaded_db, first)
    second["location"] = "二号会议室"
    with pytest.raises(ConcurrentEdit):
        save_meeting(loaded_db, second)
    assert get_meeting(loaded_db, "m-5-5")["location"] == "一号会议室"


def test_undo_is_saving_the_earlier_form(loaded_db: Any, tmp_path: Path) -> None:
    before = get_meeting(loaded_db, "m-5-5")
    doc = get_meeting(loaded_db, "m-5-5")
    doc["agenda"][0]["decisions"].pop(1)
    doc["agenda"][0]["actions"].pop(1)
    after = save_meeting(loaded_db, doc)
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]
    before["computed"]["version"] = after["computed"]["version"]
    restored = save_meeting(loaded_db, before)
    assert len(restored["agenda"][0]["decisions"]) == 2
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")


def test_numbers_follow_meeting_order_within_the_year(loaded_db: Any) -> None:
    earlier = get_meeting(loaded_db, "m-5-5")
    earlier.update(key="m-5-4", sequence=4, start="2024-07-13T14:30", end=None, title=None)
    earlier.pop("computed")
    create_meeting(loaded_db, earlier)
    later = get_meeting(loaded_db, "m-5-5")
    assert [d["computed"]["number"] for d in later["agenda"][0]["decisions"]] == [
        "五届理事长会决〔2024〕3号", "五届理事长会决〔2024〕4号"]  # fmt: skip


def test_a_duplicate_sequence_is_refused(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    doc.update(key="m-copy")
    doc.pop("computed")
    with pytest.raises(ValidationError, match="重复"):
        create_meeting(loaded_db, doc)


def test_a_meeting_cannot_be_created_already_approved(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    doc.update(key="m-new", sequence=6, status="approved")
    doc.pop("computed")
    with pytest.raises(UserError, match="审定"):
        create_meeting(loaded_db, doc)


@pytest.mark.parametrize("doc", [[], {"title": "x"}, {"key": "m-5-5", "computed": []}])
def test_a_malformed_meeting_is_a_validation_error(loaded_db: Any, doc: Any) -> None:
    with pytest.raises(ValidationError):
        save_meeting(loaded_db, doc)
