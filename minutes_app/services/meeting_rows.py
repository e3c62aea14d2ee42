"""One row of the meetings list, as services.catalog and services.start_list give it.

A module of its own without SQLAlchemy, so the window's first frame can show the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingRow:
    key: str
    title: str
    body_key: str
    body_name: str
    term: int
    sequence: int
    start: dt.datetime
    status: str
    seats: int
    voting_attendance: int
    quorate: bool
    decisions: int
    passed: int
    open_actions: int
