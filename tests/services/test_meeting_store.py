"""Editing a meeting through the service: outcomes, effects and the approval lock."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.enums import Attendance, Choice, MeetingStatus, Outcome, VoteMethod
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.records import AgendaItem, Decision, Meeting, Result, Vote
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


def _decision(doc: Meeting, index: int) -> Decision:
    return doc.agenda[0].decisions[index]


def _vote(doc: Meeting, index: int) -> Vote:
    vote = _decision(doc, index).vote
    assert vote is not None
    return vote


def _result(doc: Meeting, index: int) -> Result:
    result = _decision(doc, index).result
    assert result is not None
    return result


def _results(doc: Meeting) -> list[Result]:
    return [_result(doc, i) for i in range(len(doc.agenda[0].decisions))]


def test_a_vote_at_the_boundary_passes_and_one_below_fails(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    _vote(doc, 0).for_, _vote(doc, 0).against, _vote(doc, 0).abstain = 5, 2, 0
    doc = save_meeting(loaded_db, doc)
    assert _result(doc, 0).outcome is Outcome.PASSED  # 5 of 7 reaches 2/3
    _vote(doc, 0).for_, _vote(doc, 0).against = 4, 3
    doc = save_meeting(loaded_db, doc)
    assert _result(doc, 0).outcome is Outcome.FAILED
    assert _result(doc, 0).number is None
    assert _result(doc, 1).number == "五届理事长会决〔2024〕1号"


def test_an_edit_that_makes_a_decision_fail_withdraws_its_effects(
    loaded_db: Any, tmp_path: Path
) -> None:
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")
    doc = get_meeting(loaded_db, "m-5-5")
    for ballot in _vote(doc, 1).ballots[:3]:
        ballot.choice = Choice.AGAINST
    doc = save_meeting(loaded_db, doc)
    assert _result(doc, 1).outcome is Outcome.FAILED
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]
    for ballot in _vote(doc, 1).ballots:
        ballot.choice = Choice.FOR
    save_meeting(loaded_db, doc)
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")


def test_an_inquorate_meeting_changes_nothing(loaded_db: Any, tmp_path: Path) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    for entry in doc.attendance[2:7]:
        entry.status, entry.proxy_holder = Attendance.ABSENT, None
    for d in doc.agenda[0].decisions:
        d.vote = Vote(VoteMethod.CONSENSUS)
    doc = save_meeting(loaded_db, doc)
    assert doc.figures is not None
    assert doc.figures.quorate is False
    assert doc.figures.voting_attendance == 2
    assert {r.outcome for r in _results(doc)} == {Outcome.INQUORATE}
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]


def test_a_bad_edit_is_refused_and_nothing_is_saved(loaded_db: Any) -> None:
    before = get_meeting(loaded_db, "m-5-5")
    doc = get_meeting(loaded_db, "m-5-5")
    _vote(doc, 0).for_ = 8
    with pytest.raises(ValidationError, match="多于实到"):
        save_meeting(loaded_db, doc)
    assert get_meeting(loaded_db, "m-5-5") == before


def test_approved_minutes_are_locked_in_the_service(loaded_db: Any) -> None:
    doc = approve_meeting(loaded_db, "m-5-5", when=dt.datetime(2024, 8, 15, 10, 0))
    assert doc.status is MeetingStatus.APPROVED
    doc.location = "别处"
    with pytest.raises(UserError, match="已审定"):
        save_meeting(loaded_db, doc)
    with pytest.raises(UserError, match="已审定"):
        delete_meeting(loaded_db, "m-5-5")
    assert get_meeting(loaded_db, "m-5-5").location == "协会会议室"


def test_a_stale_copy_is_refused(loaded_db: Any) -> None:
    first = get_meeting(loaded_db, "m-5-5")
    second = get_meeting(loaded_db, "m-5-5")
    first.location = "一号会议室"
    save_meeting(loaded_db, first)
    second.location = "二号会议室"
    with pytest.raises(ConcurrentEdit):
        save_meeting(loaded_db, second)
    assert get_meeting(loaded_db, "m-5-5").location == "一号会议室"


def test_undo_is_saving_the_earlier_form(loaded_db: Any, tmp_path: Path) -> None:
    before = get_meeting(loaded_db, "m-5-5")
    doc = get_meeting(loaded_db, "m-5-5")
    doc.agenda[0].decisions.pop(1)
    doc.agenda[0].actions.pop(1)
    after = save_meeting(loaded_db, doc)
    assert _roles(loaded_db, tmp_path, "u-fangyou") == ["member_unit"]
    assert before.figures is not None
    before.figures = dataclasses.replace(before.figures, version=after.version)
    restored = save_meeting(loaded_db, before)
    assert len(restored.agenda[0].decisions) == 2
    assert "invited_vice_president_unit" in _roles(loaded_db, tmp_path, "u-fangyou")


def test_numbers_follow_meeting_order_within_the_year(loaded_db: Any) -> None:
    earlier = get_meeting(loaded_db, "m-5-5")
    earlier = dataclasses.replace(earlier, key="m-5-4", sequence=4,
                                  start=dt.datetime(2024, 7, 13, 14, 30), end=None, title=None,
                                  figures=None)  # fmt: skip
    create_meeting(loaded_db, earlier)
    later = get_meeting(loaded_db, "m-5-5")
    assert [r.number for r in _results(later)] == [
        "五届理事长会决〔2024〕3号", "五届理事长会决〔2024〕4号"]  # fmt: skip


def test_a_duplicate_sequence_is_refused(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    doc = dataclasses.replace(doc, key="m-copy", figures=None)
    with pytest.raises(ValidationError, match="重复"):
        create_meeting(loaded_db, doc)


def test_a_meeting_cannot_be_created_already_approved(loaded_db: Any) -> None:
    doc = get_meeting(loaded_db, "m-5-5")
    doc = dataclasses.replace(doc, key="m-new", sequence=6, status=MeetingStatus.APPROVED,
                              figures=None)  # fmt: skip
    with pytest.raises(UserError, match="审定"):
        create_meeting(loaded_db, doc)


def _dangling_body(doc: Meeting) -> None:
    doc.body = "b-nope"


def _untitled_item(doc: Meeting) -> None:
    doc.agenda[0].title = ""


def _duplicate_item(doc: Meeting) -> None:
    doc.agenda.append(AgendaItem(doc.agenda[0].key, "重复的议题"))


@pytest.mark.parametrize("spoil", [_dangling_body, _untitled_item, _duplicate_item])
def test_a_malformed_meeting_is_a_validation_error(
    loaded_db: Any, spoil: Callable[[Meeting], None]
) -> None:
    before = get_meeting(loaded_db, "m-5-5")
    doc = get_meeting(loaded_db, "m-5-5")
    spoil(doc)
    with pytest.raises(ValidationError):
        save_meeting(loaded_db, doc)
    assert get_meeting(loaded_db, "m-5-5") == before
