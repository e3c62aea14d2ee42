"""Two secretaries on one shared database: a stale write is refused, approval waits for
the other approver, and a window can tell cheaply that someone else saved."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, text

from minutes_app.domain.errors import UserError
from minutes_app.services.archive import import_archive
from minutes_app.services.change_poll_pg import changes_since
from minutes_app.services.meeting_store import approve_meeting, get_meeting
from minutes_app.store.database import Database, open_database
from minutes_app.store.errors import DatabaseBusy, StaleRecord
from minutes_app.store.models import Meeting, Unit

pytestmark = pytest.mark.both_backends


@pytest.fixture
def two(db_target: Any, sample: dict[str, Any], write_json: Any) -> Iterator[tuple[Any, Any]]:
    """Two windows (two engines) on the same database."""
    first = open_database(db_target)
    import_archive(first, write_json(sample))
    second = open_database(db_target)
    yield first, second
    second.dispose()
    first.dispose()


def test_a_stale_write_is_refused_and_the_other_edit_kept(
    two: tuple[Any, Any], backend: str
) -> None:
    """PostgreSQL finds the version changed; SQLite refuses to write from an old snapshot."""
    first, second = two
    refused = (
        (StaleRecord, "已被他人修改") if backend == "postgresql" else (DatabaseBusy, "稍后重试")
    )
    with pytest.raises(refused[0], match=refused[1]), first.transaction() as mine:
        unit = mine.scalars(select(Unit).where(Unit.key == "u-hongya")).one()  # version 1
        with second.transaction() as theirs:
            theirs.scalars(select(Unit).where(Unit.key == "u-hongya")).one().name = "他们改的"
        unit.name = "我改的"  # written at commit: UPDATE … WHERE version = 1 finds no row
    with first.reading() as s:
        assert s.scalars(select(Unit.name).where(Unit.key == "u-hongya")).one() == "他们改的"


def test_nothing_changed_then_the_other_window_saves(two: tuple[Any, Any]) -> None:
    first, second = two
    seen = changes_since(first, None)
    assert changes_since(first, seen.stamp).changed == frozenset()
    with second.transaction() as s:
        s.scalars(select(Unit).where(Unit.key == "u-fangyou")).one().name = "新名字"
    check = changes_since(first, seen.stamp)
    assert check.changed == frozenset({"units"})
    assert changes_since(first, check.stamp).changed == frozenset()


@pytest.mark.postgresql_only
def test_a_writer_still_running_at_a_look_is_seen_at_the_next_one(
    two: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While no writer comes or goes, a look counts no table; one that ends is noticed."""
    from minutes_app.services import change_poll_pg

    first, second = two
    seen = changes_since(first, None)
    with second.transaction() as s:
        s.scalars(select(Unit).where(Unit.key == "u-fangyou")).one().name = "新名字"
        s.flush()  # it holds a transaction id now, not yet committed
        during = changes_since(first, seen.stamp)
        assert during.changed == frozenset()  # not visible yet
    assert changes_since(first, during.stamp).changed == frozenset({"units"})
    counts: list[int] = []
    real = change_poll_pg.current_stamp

    def counted(*args: Any) -> Any:
        counts.append(1)
        return real(*args)

    monkeypatch.setattr(change_poll_pg, "current_stamp", counted)
    quiet = changes_since(first, during.stamp)
    for _ in range(5):
        quiet = changes_since(first, quiet.stamp)
        assert quiet.changed == frozenset()
    assert len(counts) <= 2  # the first look, and maybe one for the server's own autovacuum


def _wait_until_blocked(db: Database, timeout: float = 20.0) -> None:
    """Until another session of this app waits for a row lock (the approver)."""
    deadline = time.monotonic() + timeout
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND application_name = 'minutes-app'"
    )
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            if conn.execute(query).scalar():
                return
        time.sleep(0.05)
    raise AssertionError("the second approval never waited for the row lock")


@pytest.mark.postgresql_only  # SQLite has one writer at a time anyway
def test_the_second_approver_waits_and_is_told_it_is_done(two: tuple[Any, Any]) -> None:
    first, second = two
    outcome: list[BaseException | None] = []

    def approve() -> None:
        try:
            approve_meeting(second, "m-5-5")
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    with first.transaction() as mine:  # the first approver, mid-way
        meeting = mine.scalars(select(Meeting).where(Meeting.key == "m-5-5").with_for_update())
        row = meeting.one()
        worker = threading.Thread(target=approve)
        worker.start()
        _wait_until_blocked(first)
        row.status = "approved"
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], UserError)
    assert "已经审定过了" in outcome[0].message
    assert get_meeting(first, "m-5-5").status == "approved"
