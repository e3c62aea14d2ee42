"""A save changes only the rows it touches, and ends where a full import would.

The reference for every registry and numbering result is the import: exporting after
any sequence of window edits and importing that archive into a fresh database must give
the same archive again. Untouched rows keep their ids; a stale copy is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.enums import Attendance, EffectType, MeetingStatus, UnitRole, VoteMethod
from minutes_app.domain.records import Effect, Owner
from minutes_app.services import meeting_doc as md
from minutes_app.services import meeting_store as ms
from minutes_app.services.archive import export_archive, import_archive
from minutes_app.store.database import open_database

AS_OF = dt.date(2024, 12, 1)


def _ids(path: Path, table: str) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {str(k): i for k, i in con.execute(f"SELECT key, id FROM {table}")}
    finally:
        con.close()


def _export(db: Any, path: Path) -> dict[str, Any]:
    export_archive(db, path, as_of=AS_OF)
    return json.loads(path.read_text(encoding="utf-8"))


def _reimported(tmp_path: Path, archive: Path) -> dict[str, Any]:
    fresh = open_database(tmp_path / "fresh.db")
    try:
        import_archive(fresh, archive)
        return _export(fresh, tmp_path / "fresh.json")
    finally:
        fresh.dispose()


def test_a_field_edit_keeps_every_row_id(loaded_db: Any, db_path: Path) -> None:
    before = {t: _ids(db_path, t) for t in ("agenda_items", "decisions", "action_items")}
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    meeting.location = "协会第二会议室"
    saved = ms.save_meeting(loaded_db, meeting)
    assert saved.location == "协会第二会议室"
    assert saved.version == meeting.version + 1
    after = {t: _ids(db_path, t) for t in before}
    assert after == before


def test_adding_an_item_keeps_the_others(loaded_db: Any, db_path: Path) -> None:
    before = _ids(db_path, "decisions")
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    key = md.add_agenda_item(meeting, "审议秘书长助理人选")
    md.add_decision(meeting, key, "同意聘任刘海涛为秘书长助理。")
    saved = ms.save_meeting(loaded_db, meeting)
    after = _ids(db_path, "decisions")
    assert {k: after[k] for k in before} == before
    assert len(after) == len(before) + 1
    assert [i.title for i in saved.agenda][-1] == "审议秘书长助理人选"


def test_a_stale_copy_is_refused_and_nothing_written(loaded_db: Any, db_path: Path) -> None:
    first = ms.get_meeting(loaded_db, "m-5-5")
    second = ms.get_meeting(loaded_db, "m-5-5")
    first.location = "甲"
    ms.save_meeting(loaded_db, first)
    second.location = "乙"
    with pytest.raises(ms.ConcurrentEdit):
        ms.save_meeting(loaded_db, second)
    assert ms.get_meeting(loaded_db, "m-5-5").location == "甲"


def test_an_effect_change_touches_only_what_it_names(loaded_db: Any, tmp_path: Path) -> None:
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    grant = Effect(EffectType.GRANT_ROLE, unit="u-hongya", role=UnitRole.DIRECTOR_UNIT)
    md.add_effect(meeting, "d-1", grant)
    ms.save_meeting(loaded_db, meeting)
    archive = _export(loaded_db, tmp_path / "edited.json")
    roles = next(u for u in archive["units"] if u["key"] == "u-hongya")["roles"]
    assert {"role": "director_unit", "from": "2024-08-11", "to": None, "by": "m-5-5/d-1"} in roles
    assert _reimported(tmp_path, tmp_path / "edited.json") == archive


def test_a_failed_vote_withdraws_its_effects(loaded_db: Any, tmp_path: Path) -> None:
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    md.set_vote(meeting, "d-2", VoteMethod.SHOW_OF_HANDS, (2, 5, 0))
    saved = ms.save_meeting(loaded_db, meeting)
    assert md.decision(saved, "d-2").result is not None
    assert md.decision(saved, "d-2").result.outcome == "failed"
    archive = _export(loaded_db, tmp_path / "failed.json")
    roles = next(u for u in archive["units"] if u["key"] == "u-fangyou")["roles"]
    assert all(r["role"] != "invited_vice_president_unit" for r in roles)
    assert _reimported(tmp_path, tmp_path / "failed.json") == archive


def _random_edit(rng: random.Random, meeting: Any) -> None:
    """One edit the editor can make, chosen at random, that keeps the meeting valid."""
    choice = rng.randrange(8)
    decisions = md.decisions(meeting)
    if choice == 0:
        meeting.location = rng.choice(["协会会议室", "第二会议室", None])
    elif choice == 1 and decisions:
        d = rng.choice(decisions)
        voting = len(md.voting_people(meeting))
        yes = rng.randrange(voting + 1)
        md.set_vote(meeting, d.key, VoteMethod.SECRET_BALLOT, (yes, voting - yes, 0))
    elif choice == 2 and decisions:
        d = rng.choice(decisions)
        role = rng.choice([UnitRole.DIRECTOR_UNIT, UnitRole.VICE_PRESIDENT_UNIT])
        unit = rng.choice(["u-hongya", "u-fangyou"])
        md.add_effect(meeting, d.key, Effect(EffectType.GRANT_ROLE, unit=unit, role=role))
    elif choice == 3 and any(d.effects for d in decisions):
        d = rng.choice([d for d in decisions if d.effects])
        md.remove_effect(meeting, d.key, rng.randrange(len(d.effects)))
    elif choice == 4:
        key = md.add_agenda_item(meeting, f"临时议题{rng.randrange(100)}")
        md.add_decision(meeting, key, "同意。")
        md.add_action(meeting, key, "落实", Owner(person="p9"), dt.date(2024, 12, 31))
    elif choice == 5 and len(meeting.agenda) > 1:
        md.move_agenda_item(meeting, rng.choice(meeting.agenda).key, rng.choice([-1, 1]))
    elif choice == 6 and len(meeting.agenda) > 1:
        item = rng.choice(meeting.agenda[1:])
        md.remove_agenda_item(meeting, item.key)
    elif choice == 7:  # held ↔ planned: the decisions' effects start or stop applying
        planned = meeting.status is MeetingStatus.PLANNED
        meeting.status = MeetingStatus.HELD if planned else MeetingStatus.PLANNED
    md.drop_stale_ballots(meeting)


def _add_later_revocation(sample: dict[str, Any]) -> None:
    """A second meeting whose decision revokes what the first granted: a later meeting's
    effects then depend on an earlier one's."""
    later = json.loads(json.dumps(sample["meetings"][0]))
    later.update(key="m-5-6", sequence=6, start="2024-10-11T09:00", end=None, minutes=None)
    revoke = {"type": "revoke_role", "unit": "u-fangyou", "role": "invited_vice_president_unit"}
    later["agenda"][0]["decisions"][1]["effects"] = [revoke]
    later["agenda"][0]["actions"] = []
    sample["meetings"].append(later)


@pytest.mark.parametrize("seed", range(6))
def test_any_edits_end_where_an_import_would(
    seed: int, db_path: Path, sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    _add_later_revocation(sample)
    db = open_database(db_path)
    try:
        import_archive(db, write_json(sample))
        rng = random.Random(seed)
        for _ in range(12):
            key = rng.choice(["m-5-5", "m-5-6"])
            meeting = ms.get_meeting(db, key)
            _random_edit(rng, meeting)
            ms.save_meeting(db, meeting)
        archive = _export(db, tmp_path / "edited.json")
    finally:
        db.dispose()
    assert _reimported(tmp_path, tmp_path / "edited.json") == archive


def test_a_planned_meetings_decisions_change_nothing_until_it_is_held(
    loaded_db: Any, tmp_path: Path
) -> None:
    def roles() -> list[str]:
        archive = _export(loaded_db, tmp_path / "now.json")
        return [r["role"] for u in archive["units"] if u["key"] == "u-fangyou" for r in u["roles"]]

    assert "invited_vice_president_unit" in roles()
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    meeting.status = MeetingStatus.PLANNED
    ms.save_meeting(loaded_db, meeting)
    assert "invited_vice_president_unit" not in roles()
    assert _reimported(tmp_path, tmp_path / "now.json") == _export(loaded_db, tmp_path / "a.json")
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    meeting.status = MeetingStatus.HELD
    ms.save_meeting(loaded_db, meeting)
    assert "invited_vice_president_unit" in roles()


def test_moving_a_meeting_earlier_rederives_from_the_new_day(
    loaded_db: Any, tmp_path: Path
) -> None:
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    meeting.start = dt.datetime(2024, 7, 1, 9, 0)
    meeting.end = None
    ms.save_meeting(loaded_db, meeting)
    archive = _export(loaded_db, tmp_path / "moved.json")
    roles = next(u for u in archive["units"] if u["key"] == "u-fangyou")["roles"]
    granted = next(r for r in roles if r["role"] == "invited_vice_president_unit")
    assert granted["from"] == "2024-07-01"
    assert _reimported(tmp_path, tmp_path / "moved.json") == archive


def test_attendance_mark_changes_the_quorum_figures(loaded_db: Any) -> None:
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    md.set_attendance(meeting, "p8", Attendance.PRESENT)
    saved = ms.save_meeting(loaded_db, meeting)
    assert saved.figures is not None
    assert saved.figures.voting_attendance == 8
    assert saved.status is MeetingStatus.HELD


def test_removing_a_revocation_reopens_the_role(
    db_path: Path, sample: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    _add_later_revocation(sample)
    db = open_database(db_path)
    try:
        import_archive(db, write_json(sample))
        meeting = ms.get_meeting(db, "m-5-6")
        md.remove_effect(meeting, "d-2", 0)
        ms.save_meeting(db, meeting)
        archive = _export(db, tmp_path / "edited.json")
    finally:
        db.dispose()
    roles = next(u for u in archive["units"] if u["key"] == "u-fangyou")["roles"]
    granted = next(r for r in roles if r["role"] == "invited_vice_president_unit")
    assert granted["to"] is None
    assert "ended_by" not in granted
