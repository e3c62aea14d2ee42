"""Status follows the calendar: a past meeting is held; a planned one's effects wait."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from minutes_app.domain.enums import MeetingStatus
from minutes_app.domain.records import Meeting
from minutes_app.services import registry
from minutes_app.services.meeting_store import create_meeting, get_meeting, save_meeting
from minutes_app.ui.meetings.editor import MeetingEditor

LEFT = Qt.MouseButton.LeftButton


def _new(key: str, start: dt.datetime) -> Meeting:
    return Meeting(key=key, body="b-presidents", term=5, sequence=9, start=start)


def test_a_meeting_entered_for_a_past_day_is_held(ctx: Any) -> None:
    past = create_meeting(ctx.db, _new("m-past", dt.datetime(2024, 9, 1, 9, 0)))
    assert past.status is MeetingStatus.HELD
    soon = dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=3)
    later = _new("m-later", soon)
    later.sequence = 10
    assert create_meeting(ctx.db, later).status is MeetingStatus.PLANNED


def test_a_planned_meeting_past_its_start_is_offered_held(qtbot: Any, ctx: Any) -> None:
    meeting = get_meeting(ctx.db, "m-5-5")
    meeting.status = MeetingStatus.PLANNED
    save_meeting(ctx.db, meeting)
    roles = {r.what for r in registry.unit(ctx.db, "u-fangyou").roles}
    assert "invited_vice_president_unit" not in roles  # planned: its decisions wait
    editor = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.show()
    header = editor.header
    assert header.mark_held.isVisible()
    assert "held" in header.status_hint.text() and header.status_hint.isVisible()
    assert not header.approve_button.isEnabled()
    qtbot.mouseClick(header.mark_held, LEFT)
    assert get_meeting(ctx.db, "m-5-5").status is MeetingStatus.HELD
    assert not header.mark_held.isVisible() and not header.status_hint.isVisible()
    assert header.approve_button.isEnabled()
    roles = {r.what for r in registry.unit(ctx.db, "u-fangyou").roles}
    assert "invited_vice_president_unit" in roles
