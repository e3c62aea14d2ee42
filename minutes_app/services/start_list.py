"""The meetings list for the window's first frame, read before SQLAlchemy is imported.

The window shows these rows at once and opens the database the normal way right after
(services.database: the checks, the migration, the lock). This read never writes: a
read-only sqlite3 connection. None means "take the normal way first": a server URL, a
missing file, a file that is not ours, damaged, or at another schema revision (an
upgrade must run before anything is shown from it).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_app.domain.enums import ActionStatus, Outcome
from minutes_app.domain.titles import meeting_title
from minutes_app.services.meeting_rows import MeetingRow
from minutes_app.store.revisions import head_revision
from minutes_app.store.sqlite_file import read_only_uri


@dataclass(frozen=True)
class StartList:
    path: Path  # the file read, resolved
    organisation: str
    rows: list[MeetingRow]


# As services.catalog.list_meetings, in SQL: the same rows in the same order.
_MEETINGS = """
SELECT m.key, m.title, m.term, m.sequence, m.start, m.status, m.seats,
       m.voting_attendance, m.quorate, b.key, b.name, d.n, d.passed, a.n
FROM meetings AS m
JOIN bodies AS b ON m.body_id = b.id
LEFT OUTER JOIN (
    SELECT meeting_id, count(*) AS n,
           sum(CASE WHEN outcome = :passed THEN 1 ELSE 0 END) AS passed
    FROM decisions GROUP BY meeting_id
) AS d ON d.meeting_id = m.id
LEFT OUTER JOIN (
    SELECT meeting_id, count(*) AS n FROM action_items
    WHERE status IN (:open, :in_progress) GROUP BY meeting_id
) AS a ON a.meeting_id = m.id
ORDER BY m.start DESC, m.id DESC
"""


def read_start_list(target: str | Path) -> StartList | None:
    """The list as catalog.list_meetings gives it, or None (see the module's note)."""
    if "://" in str(target):
        return None
    path = Path(target).expanduser().resolve()
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(path, conn)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # damaged or not ours: the normal opening says what it is
    finally:
        conn.close()


def _read(path: Path, conn: sqlite3.Connection) -> StartList | None:
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != head_revision():
        return None
    org_row = conn.execute("SELECT name FROM organisation").fetchone()
    org = str(org_row[0] or "") if org_row else ""
    names = {
        "passed": Outcome.PASSED.value,
        "open": ActionStatus.OPEN.value,
        "in_progress": ActionStatus.IN_PROGRESS.value,
    }
    rows = [_row(org, r) for r in conn.execute(_MEETINGS, names)]
    return StartList(path, org, rows)


def _row(org: str, r: tuple[Any, ...]) -> MeetingRow:
    key, title, term, sequence, start, status, seats, voting, quorate = r[:9]
    body_key, body_name, decisions, passed, open_actions = r[9:]
    return MeetingRow(
        key,
        title or meeting_title(org, term, sequence, body_name),
        body_key,
        body_name,
        term,
        sequence,
        dt.datetime.fromisoformat(start),
        status,
        seats,
        voting,
        bool(quorate),
        decisions or 0,
        passed or 0,
        open_actions or 0,
    )
