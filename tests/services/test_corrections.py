"""Corrections to approved minutes, and the SHA-256 that keeps them honest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.domain.records import Correction, Figures, Meeting, Result, Vote
from minutes_app.services import approval
from minutes_app.services.approval_content import contents
from minutes_app.services.archive import export_archive, import_archive
from minutes_app.services.corrections import parse_field, record_correction
from minutes_app.services.integrity import check_database
from minutes_app.services.meeting_store import approve_meeting, get_meeting, save_meeting
from minutes_app.store.database import open_database

pytestmark = pytest.mark.both_backends

WHEN = dt.datetime(2024, 9, 2, 10, 30)


@pytest.fixture
def approved(loaded_db: Any) -> Any:
    approve_meeting(loaded_db, "m-5-5", when=dt.datetime(2024, 8, 15, 10, 0))
    return loaded_db


def _result(doc: Meeting, index: int) -> Result:
    result = doc.agenda[0].decisions[index].result
    assert result is not None
    return result


def _numbers(doc: Meeting) -> list[str | None]:
    return [_result(doc, i).number for i in range(len(doc.agenda[0].decisions))]


def _vote(doc: Meeting) -> Vote:
    vote = doc.agenda[0].decisions[0].vote
    assert vote is not None
    return vote


def _figures(doc: Meeting) -> Figures:
    assert doc.figures is not None
    return doc.figures


def _content(db: Any) -> dict[str, Any]:
    """The canonical approved content the fingerprint is taken over."""
    with db.reading() as session:
        return contents(session, [1])[1]


def test_approval_stores_the_sha256_of_the_canonical_form(approved: Any) -> None:
    doc = get_meeting(approved, "m-5-5")
    canonical = json.dumps(_content(approved), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))  # fmt: skip
    assert _figures(doc).hash == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert "computed" not in canonical


def test_a_correction_changes_the_record_and_keeps_numbers(approved: Any) -> None:
    before = get_meeting(approved, "m-5-5")
    doc = record_correction(approved, "m-5-5", "agenda[0].decisions[0].vote.for", 6,
                            "计票记录笔误", "孙晓峰", when=WHEN)  # fmt: skip
    assert _vote(doc).for_ == 6
    assert doc.corrections == [Correction(
        field="agenda[0].decisions[0].vote.for", old="7", new="6",
        reason="计票记录笔误", by="孙晓峰", at=dt.datetime(2024, 9, 2, 10, 30),
    )]  # fmt: skip
    assert doc.status is MeetingStatus.APPROVED and doc.approved_at == before.approved_at
    assert _numbers(doc) == _numbers(before)
    assert _figures(doc).hash != _figures(before).hash
    assert _figures(doc).hash == approval.sha256(approval.canonical_text(_content(approved)))
    assert check_database(approved).ok


def test_corrections_accumulate_and_text_is_kept_as_typed(approved: Any) -> None:
    record_correction(approved, "m-5-5", "location", "二号会议室", "地点记错", "孙晓峰", when=WHEN)
    pasted = "秘书处介绍了办法\u000b起草情况。"  # a vertical tab pasted from Word
    with pytest.raises(UserError, match=r"new.*U\+000B.*手动换行"):
        record_correction(approved, "m-5-5", "agenda[0].notes", pasted, "补充说明", "李光辉",
                          when=WHEN + dt.timedelta(hours=1))  # fmt: skip
    typed = "秘书处介绍了办法\n\t起草情况。😀"
    doc = record_correction(approved, "m-5-5", "agenda[0].notes", typed, "补充说明", "李光辉",
                            when=WHEN + dt.timedelta(hours=1))  # fmt: skip
    assert [c.field for c in doc.corrections] == ["location", "agenda[0].notes"]
    assert doc.corrections[1].new == typed
    assert doc.location == "二号会议室"


def test_a_correction_that_makes_a_decision_fail_frees_no_other_number(approved: Any) -> None:
    doc = record_correction(approved, "m-5-5", "agenda[0].decisions[0].vote.for", 2,
                            "计票有误", "孙晓峰", when=WHEN)  # fmt: skip
    assert _result(doc, 0).outcome is Outcome.FAILED
    assert _numbers(doc) == [None, "五届理事长会决〔2024〕2号"]


def test_an_invalid_correction_changes_nothing(approved: Any) -> None:
    before = get_meeting(approved, "m-5-5")
    with pytest.raises(ValidationError, match="多于实到"):
        record_correction(approved, "m-5-5", "agenda[0].decisions[0].vote.for", 99,
                          "笔误", "孙晓峰")  # fmt: skip
    with pytest.raises(ValidationError, match="没有字段"):
        record_correction(approved, "m-5-5", "agenda[5].notes", "x", "笔误", "孙晓峰")
    with pytest.raises(ValidationError, match="不能通过更正修改"):
        record_correction(approved, "m-5-5", "status", "draft", "想改回", "孙晓峰")
    with pytest.raises(ValidationError, match="更正理由"):
        record_correction(approved, "m-5-5", "location", "别处", "  ", "孙晓峰")
    with pytest.raises(UserError, match="相同"):
        record_correction(approved, "m-5-5", "location", "协会会议室", "无", "孙晓峰")
    with pytest.raises(UserError, match="刚被另一处更正"):
        record_correction(approved, "m-5-5", "location", "别处", "理由", "孙晓峰",
                          expected_old="一号会议室")  # fmt: skip
    assert get_meeting(approved, "m-5-5") == before


def test_only_approved_minutes_take_corrections(loaded_db: Any) -> None:
    with pytest.raises(UserError, match="还没有审定"):
        record_correction(loaded_db, "m-5-5", "location", "别处", "理由", "孙晓峰")


@pytest.mark.parametrize(
    "text", ["", "agenda[x]", "agenda..notes", "a" * 300, "agenda[0].computed"]
)
def test_bad_field_paths_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_field(text)


def test_the_approval_lock_still_holds_for_ordinary_saves(approved: Any) -> None:
    record_correction(approved, "m-5-5", "location", "二号会议室", "地点记错", "孙晓峰")
    doc = get_meeting(approved, "m-5-5")
    doc.location = "三号会议室"
    with pytest.raises(UserError, match="已审定"):
        save_meeting(approved, doc)


def _outside(db: Any, statement: str) -> None:
    """A change made with plain SQL, behind the app's back (on either backend)."""
    with db.engine.begin() as conn:
        conn.execute(text(statement))


def test_check_names_a_meeting_changed_outside_the_app(approved: Any) -> None:
    assert check_database(approved).ok
    _outside(approved, "UPDATE decisions SET votes_for = 6 WHERE key = 'd-1'")
    report = check_database(approved)
    assert not report.ok
    assert any("m-5-5" in p and "本程序之外被改动" in p for p in report.problems)


def test_check_notices_an_approval_undone_outside_the_app(approved: Any) -> None:
    _outside(approved, "UPDATE meetings SET status = 'draft'")
    assert any("审定状态" in p for p in check_database(approved).problems)


def test_the_fingerprint_survives_an_archive_round_trip(approved: Any, tmp_path: Path) -> None:
    record_correction(approved, "m-5-5", "location", "二号会议室", "地点记错", "孙晓峰", when=WHEN)
    original = _figures(get_meeting(approved, "m-5-5")).hash
    assert original is not None
    export_archive(approved, tmp_path / "a.json", as_of=dt.date(2024, 12, 1))
    archive = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert archive["meetings"][0]["computed"]["hash"] == original
    assert archive["meetings"][0]["corrections"][0]["new"] == "二号会议室"
    other = open_database(tmp_path / "other.db")
    try:
        import_archive(other, tmp_path / "a.json")
        assert _figures(get_meeting(other, "m-5-5")).hash == original
        assert check_database(other).ok
    finally:
        other.dispose()


def test_corrections_alike_in_every_field_are_each_kept_once(approved: Any) -> None:
    """Found by the SIGKILL trials: two corrections of one field, for the same reason in
    the same second, were one natural key, so each later save wrote another copy."""
    same = dict(reason="地点记错", by="秘书处", when=WHEN)
    record_correction(approved, "m-5-5", "location", "一号会议室", **same)
    record_correction(approved, "m-5-5", "location", "二号会议室", **same)
    doc = record_correction(approved, "m-5-5", "location", "三号会议室", **same)
    assert doc.location == "三号会议室"
    assert [c.new for c in doc.corrections] == ["一号会议室", "二号会议室", "三号会议室"]
    assert check_database(approved).ok
