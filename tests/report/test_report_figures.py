"""Each figure of the report, computed by the app from the database, agrees with the same
figure counted by hand from the archive it was imported from."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from minutes_app.domain.enums import Outcome, UnitRole
from minutes_app.domain.report import Period, percentile
from minutes_app.services import report
from minutes_app.store.database import Database
from tests.report import report_archive as hand
from tests.report.report_archive import AS_OF


def test_meetings_held_per_body_and_month(report_db: Database, archive: dict[str, Any]) -> None:
    f = report.year_figures(report_db, 2024, as_of=AS_OF)
    expected = hand.held(archive, 2024)
    assert f.held == len(expected) == 2  # the planned 03-20 meeting is not held
    by_month = {(m.year, m.month): m.total for m in f.months}
    for m in expected:
        day = dt.date.fromisoformat(m["start"][:10])
        assert by_month[(day.year, day.month)] >= 1
    assert sum(by_month.values()) == len(expected)
    assert [m.month for m in f.months] == list(range(1, 13))


def test_attendance_per_meeting_and_quorum(report_db: Database, archive: dict[str, Any]) -> None:
    f = report.year_figures(report_db, 2024, as_of=AS_OF)
    for m in hand.held(archive, 2024):
        got = next(x for x in f.meetings if x.key == m["key"])
        a = hand.attendance(archive, m)
        t = got.tally
        assert (t.base, t.present, t.proxy, t.excused, t.absent) == (
            a["seats"], a["present"], a["proxy"], a["excused"], a["absent"])  # fmt: skip
        assert t.rate == (a["present"] + a["proxy"]) / a["seats"]
        assert got.quorate == hand.quorate(archive, m)
    body = f.body_meetings[0]
    assert (body.held, body.quorate, body.inquorate) == (2, 1, 1)


def test_attendance_per_seat_holder(report_db: Database, archive: dict[str, Any]) -> None:
    f = report.year_figures(report_db, 2024, as_of=AS_OF)
    meetings = hand.held(archive, 2024)
    for person in hand.seats(archive, meetings[0]):
        statuses = [next((a["status"] for a in m["attendance"] if a["person"] == person),
                         "absent") for m in meetings]  # fmt: skip
        got = next(s for s in f.seats if s.person_key == person).tally
        assert got.base == len(meetings)
        assert got.present == statuses.count("present")
        assert got.proxy == statuses.count("proxy")
        assert got.excused == statuses.count("excused")
        assert got.absent == statuses.count("absent")
    assert all(s.person_key != "p-guest" for s in f.seats)  # an observer holds no seat


def test_decisions_by_outcome_and_kind(report_db: Database, archive: dict[str, Any]) -> None:
    f = report.year_figures(report_db, 2024, as_of=AS_OF)
    pairs = hand.decisions(archive, 2024)
    outcomes = [hand.outcome(archive, m, d) for m, d in pairs]
    assert f.decisions.total == len(pairs) == 4
    for name in ("passed", "failed", "inquorate", "no_vote"):
        assert getattr(f.decisions, name) == outcomes.count(name), name
    kinds = {k.kind.value: k.counts for k in f.by_kind}
    expected = Counter((d["kind"], o) for (_m, d), o in zip(pairs, outcomes, strict=True))
    for (kind, result), count in expected.items():
        assert kinds[kind].get(Outcome(result)) == count, (kind, result)
    assert sum(k.total for k in kinds.values()) == len(pairs)


def test_registry_changes_come_from_passed_decisions(
    report_db: Database, archive: dict[str, Any]
) -> None:
    f = report.year_figures(report_db, 2024, as_of=AS_OF)
    passed = [(m, d) for m, d in hand.decisions(archive, 2024)
              if hand.outcome(archive, m, d) == "passed"]  # fmt: skip
    effects = [e for _m, d in passed for e in d["effects"]]
    tiers = {t.role: (t.granted, t.revoked) for t in f.registry.tiers}
    for role in UnitRole:
        granted = sum(e["type"] == "grant_role" and e["role"] == role.value for e in effects)
        revoked = sum(e["type"] == "revoke_role" and e["role"] == role.value for e in effects)
        assert tiers[role] == (granted, revoked), role
    assert tiers[UnitRole.MEMBER_UNIT] == (0, 0)  # the failed d-3 revoked nothing
    made = [e["committee"] for e in effects if e["type"] == "establish_committee"]
    assert f.registry.established == ("咨询成果智能化专家委员会",) and made == ["c-ai"]


def test_action_item_figures(report_db: Database, archive: dict[str, Any]) -> None:
    a = report.year_figures(report_db, 2024, as_of=AS_OF).actions
    want = hand.actions(archive, 2024)
    assert (a.opened, a.closed, a.on_time, a.late, a.undated, a.cancelled, a.overdue) == (
        want["opened"], want["closed"], want["on_time"], want["late"], want["undated"],
        want["cancelled"], want["overdue"])  # fmt: skip
    assert (a.median_days, a.p90_days) == (want["median"], want["p90"])
    assert a.overdue >= 2  # the 2023 item still open counts, with the sample's open t-2
    owners = {o.owner: o for o in a.by_owner}
    assert owners["=1+1工程公司"].overdue == 1 and owners["=1+1工程公司"].late == 1


def test_one_body_a_term_and_an_empty_year(report_db: Database, archive: dict[str, Any]) -> None:
    body = report.find_body(report_db, "理事长会")  # by its short name
    assert body.key == "b-presidents"
    assert report.year_figures(report_db, 2024, body, AS_OF).held == 2
    term = report.term_period(report_db, 5)
    assert report.figures(report_db, term, None, AS_OF).held == 3  # 2023-12 and 2024
    empty = report.year_figures(report_db, 2019, as_of=AS_OF)
    assert empty.held == 0 and empty.decisions.total == 0 and empty.actions.opened == 0
    rng = report.figures(report_db, Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "三月"))
    assert rng.held == 1 and [m.month for m in rng.months] == [3]
    assert report.busiest_year(report_db) == 2024


def test_percentile_is_the_nearest_rank() -> None:
    assert percentile([], 90) is None
    assert percentile([5], 90) == 5
    assert percentile(list(range(1, 11)), 90) == 9
    assert percentile(list(range(1, 12)), 90) == 10
