"""What a save returns is what a fresh read gives: the window shows the returned meeting.

The save builds it from the rows it wrote instead of reading the meeting back (a round
trip per table on a server); every kind of edit must come out as the read would. Both
read typed records straight from rows (services.meeting_records); after every edit they
must also agree with the archive's account of the meeting, read back by its codec.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from minutes_app.domain.enums import Choice, EffectType, MeetingStatus, UnitRole, VoteMethod
from minutes_app.domain.records import Effect, Meeting, Owner
from minutes_app.io.archive.meeting_codec import meeting_from_json
from minutes_app.services import meeting_doc as md
from minutes_app.services import meeting_store as ms
from minutes_app.services.archive_read import meeting_snapshot

pytestmark = pytest.mark.both_backends


def _edit(rng: random.Random, meeting: Meeting, step: int) -> None:
    """One edit the editor can make, chosen at random, that keeps the meeting valid."""
    choice = rng.randrange(10)
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
        md.add_effect(meeting, d.key, Effect(EffectType.GRANT_ROLE, unit="u-hongya", role=role))
    elif choice == 3 and any(d.effects for d in decisions):
        d = rng.choice([d for d in decisions if d.effects])
        md.remove_effect(meeting, d.key, rng.randrange(len(d.effects)))
    elif choice == 4:
        key = md.add_agenda_item(meeting, f"临时议题{step}")
        md.add_decision(meeting, key, "同意。")
        md.add_action(meeting, key, "落实", Owner(person="p9"), dt.date(2024, 12, 31))
    elif choice == 5 and len(meeting.agenda) > 1:
        md.move_agenda_item(meeting, rng.choice(meeting.agenda).key, rng.choice([-1, 1]))
    elif choice == 6 and len(meeting.agenda) > 1:
        md.remove_agenda_item(meeting, rng.choice(meeting.agenda[1:]).key)
    elif choice == 8 and decisions:  # 记名表决: a ballot per voter, in attendance order
        d = rng.choice(decisions)
        people = md.voting_people(meeting)
        ballots = {p: rng.choice([Choice.FOR, Choice.AGAINST, Choice.ABSTAIN]) for p in people}
        md.set_vote(meeting, d.key, VoteMethod.ROLL_CALL, ballots=ballots)
    elif choice == 7:
        entry = rng.choice(meeting.attendance)
        note = rng.choice(["迟到", None])
        md.set_attendance(meeting, entry.person, entry.status, entry.proxy_holder, note)
    else:
        planned = meeting.status is MeetingStatus.PLANNED
        meeting.status = MeetingStatus.HELD if planned else MeetingStatus.PLANNED
    md.drop_stale_ballots(meeting)


@pytest.mark.parametrize("seed", range(3))
def test_the_saved_meeting_is_what_a_read_gives(loaded_db: Any, seed: int) -> None:
    rng = random.Random(seed)
    meeting = ms.get_meeting(loaded_db, "m-5-5")
    for step in range(12):
        _edit(rng, meeting, step)
        saved = ms.save_meeting(loaded_db, meeting)
        read = ms.get_meeting(loaded_db, "m-5-5")
        assert dataclasses.asdict(saved) == dataclasses.asdict(read)
        assert saved.version == read.version
        assert dataclasses.asdict(read) == dataclasses.asdict(_as_the_archive_has_it(loaded_db))
        meeting = saved  # the window goes on editing what the save returned


def _as_the_archive_has_it(db: Any) -> Meeting:
    with db.reading() as session:
        stored = ms.by_key(session, "m-5-5")
        doc = meeting_snapshot(session, stored.id, dt.date.today())
        doc["computed"]["version"] = stored.version
    return meeting_from_json(doc)


def test_a_saved_copy_that_went_stale_is_still_refused(loaded_db: Any) -> None:
    mine = ms.get_meeting(loaded_db, "m-5-5")
    mine.location = "第一会议室"
    mine = ms.save_meeting(loaded_db, mine)
    theirs = ms.get_meeting(loaded_db, "m-5-5")
    theirs.location = "第二会议室"
    ms.save_meeting(loaded_db, theirs)
    mine.location = "第三会议室"
    with pytest.raises(ms.ConcurrentEdit, match="已重新载入"):
        ms.save_meeting(loaded_db, mine)
    assert ms.get_meeting(loaded_db, "m-5-5").location == "第二会议室"
