"""督办 services: filters, overdue at the date boundary, notes, 延期 history, bulk and undo,
and the review of open items in the next meeting."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError
from minutes_app.services import actions
from minutes_app.services.actions import ActionFilter, ActionRef, Owner
from minutes_app.services.actions_review import open_actions_before, review_notes
from minutes_app.store.database import Database

pytestmark = pytest.mark.both_backends

AS_OF = dt.date(2024, 10, 1)
T2 = ActionRef("m-5-5", "t-2")  # open, 孙晓峰 (p9), due 2024-09-30
T3 = ActionRef("m-5-5", "t-3")  # in progress, committee c-ai, due 2024-10-15
OLD = ActionRef("m-4-9", "t-1")  # term 4, approved, open, due 2021-07-01


def rich_archive(sample: dict[str, Any]) -> dict[str, Any]:
    """The sample plus: items of every status and owner kind, a later meeting (draft) and an
    approved meeting of the previous term."""
    data = copy.deepcopy(sample)
    data["terms"].insert(0, {"number": 4, "start": "2016-12-01", "end": "2021-11-30"})
    m5 = data["meetings"][0]
    m5["agenda"][0]["actions"] += [
        {"key": "t-3", "title": "组建专家委员会", "owner": {"committee": "c-ai"},
         "due": "2024-10-15", "status": "in_progress", "decision": "d-2",
         "updates": [{"on": "2024-09-01", "note": "已征集委员", "status": "in_progress"}]},
        {"key": "t-4", "title": "已取消的事项", "owner": {"unit": "u-fangyou"},
         "due": "2024-09-01", "status": "cancelled", "decision": None, "updates": []},
        {"key": "t-5", "title": "无时限事项", "owner": {"unit": "u-hongya"}, "due": None,
         "status": "open", "decision": None, "updates": []},
    ]  # fmt: skip
    m6 = copy.deepcopy(m5)
    m6.update(key="m-5-6", sequence=6, start="2024-10-20T09:00", end="2024-10-20T11:00",
              status="draft", minutes=None)  # fmt: skip
    m6["agenda"] = [{"key": "a-1", "title": "上次会议议定事项落实情况", "presenter": "p9",
                     "notes": None, "decisions": [], "actions": [
        {"key": "t-1", "title": "编制年度工作总结", "owner": {"person": "p2"},
         "due": "2024-11-30", "status": "open", "decision": None, "updates": []}]}]  # fmt: skip
    m4 = copy.deepcopy(m6)
    m4.update(key="m-4-9", term=4, sequence=9, start="2021-06-01T09:00", end=None,
              status="approved", attendance=[])  # fmt: skip
    m4["agenda"] = [{"key": "a-1", "title": "其他事项", "presenter": None, "notes": None,
                     "decisions": [], "actions": [
        {"key": "t-1", "title": "上届遗留事项", "owner": {"unit": "u-assoc"},
         "due": "2021-07-01", "status": "open", "decision": None, "updates": []}]}]  # fmt: skip
    data["meetings"] = [m4, m5, m6]
    return data


@pytest.fixture
def db(
    db_target: Path | str, sample: dict[str, Any], write_json: Callable[..., Path]
) -> Iterator[Database]:
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    database = open_database(db_target)
    import_archive(database, write_json(rich_archive(sample)))
    yield database
    database.dispose()


def keys(rows: list[actions.ActionRow]) -> list[str]:
    return [f"{r.meeting_key}/{r.action_key}" for r in rows]


def listed(db: Database, **fields: Any) -> list[str]:
    return keys(actions.list_actions(db, ActionFilter(**fields), AS_OF))


# ---- listing and filters -------------------------------------------------------------


def test_all_items_overdue_first_then_by_due_date(db: Database) -> None:
    assert keys(actions.list_actions(db, as_of=AS_OF)) == [
        "m-4-9/t-1", "m-5-5/t-2",  # overdue, by due date
        "m-5-5/t-1", "m-5-5/t-4", "m-5-5/t-3", "m-5-6/t-1",  # by due date
        "m-5-5/t-5",  # no due date last
    ]  # fmt: skip


def test_each_filter(db: Database) -> None:
    assert listed(db, statuses=actions.OPEN) == ["m-4-9/t-1", "m-5-5/t-2", "m-5-5/t-3",
                                                 "m-5-6/t-1", "m-5-5/t-5"]  # fmt: skip
    assert listed(db, statuses=frozenset({"done"})) == ["m-5-5/t-1"]
    assert listed(db, statuses=frozenset({"cancelled"})) == ["m-5-5/t-4"]
    assert listed(db, overdue=True) == ["m-4-9/t-1", "m-5-5/t-2"]
    assert listed(db, due_within=14) == ["m-5-5/t-3"]  # 2024-10-15 is 14 days on
    assert listed(db, due_within=13) == []
    assert listed(db, due_within=60) == ["m-5-5/t-3", "m-5-6/t-1"]
    assert listed(db, owner=("person", "p9")) == ["m-5-5/t-2"]
    assert listed(db, owner=("unit", "u-assoc")) == ["m-4-9/t-1", "m-5-5/t-1"]
    assert listed(db, owner=("committee", "c-ai")) == ["m-5-5/t-3"]
    assert listed(db, body="b-presidents") == keys(actions.list_actions(db, as_of=AS_OF))
    assert listed(db, body="b-nobody") == []
    assert listed(db, term=4) == ["m-4-9/t-1"]
    assert listed(db, meeting="m-5-6") == ["m-5-6/t-1"]
    assert listed(db, text="专家委员会") == ["m-5-5/t-3"]  # title or owner
    assert listed(db, text="第四届") == ["m-4-9/t-1"]  # meeting title
    assert listed(db, term=5, statuses=actions.OPEN, overdue=True) == ["m-5-5/t-2"]


def test_overdue_at_the_date_boundary(db: Database) -> None:
    due = dt.date(2024, 9, 30)
    row = next(r for r in actions.list_actions(db) if r.ref == T2)
    assert not row.is_overdue(due)  # due today is not overdue
    assert row.is_overdue(due + dt.timedelta(days=1))  # due yesterday and open is
    assert actions.overdue_count(db, due) == 1  # only the term-4 item
    assert actions.overdue_count(db, due + dt.timedelta(days=1)) == 2
    done = next(r for r in actions.list_actions(db) if r.ref == ActionRef("m-5-5", "t-1"))
    assert not done.is_overdue(dt.date(2030, 1, 1))  # done items are never overdue
    actions.close_action(db, T2, "已通知", on=dt.date(2024, 10, 2))
    assert actions.overdue_count(db, due + dt.timedelta(days=1)) == 1


def test_one_item_with_its_origin(db: Database) -> None:
    item = actions.get_action(db, T3)
    assert item.row.meeting_key == "m-5-5"
    assert item.row.meeting_title == "天津市工程咨询协会第五届第五次理事长会议"
    assert item.row.meeting_short == "五届五次理事长会议"
    assert item.row.meeting_day == dt.date(2024, 8, 11)
    assert item.row.decision_key == "d-2"
    assert item.row.decision_text == "同意天津房友工程咨询有限公司为特邀副会长单位。"
    assert item.decision_number and item.decision_number.endswith("号")
    assert item.agenda_title == "审议分支机构管理办法和特邀副会长单位"
    assert item.row.owner == Owner("committee", "c-ai", "咨询成果智能化专家委员会")
    assert [n.note for n in item.notes] == ["已征集委员"]
    with pytest.raises(UserError, match="找不到督办事项"):
        actions.get_action(db, ActionRef("m-5-5", "t-99"))


# ---- notes, closing, 延期 ---------------------------------------------------------------


def test_progress_note_may_move_the_status(db: Database) -> None:
    item = actions.add_note(db, T2, "已电话联系", on=dt.date(2024, 9, 5), status="in_progress")
    assert item.row.status == "in_progress"
    assert item.row.latest_note == "已电话联系"
    item = actions.add_note(db, T2, "等待回复", on=dt.date(2024, 9, 6))
    assert item.row.status == "in_progress"
    assert [(n.on, n.status) for n in item.notes] == [
        (dt.date(2024, 9, 5), "in_progress"), (dt.date(2024, 9, 6), None)]  # fmt: skip


def test_bad_notes_are_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(UserError, match="不能为空"):
        actions.add_note(db, T2, "  ")
    with pytest.raises(UserError, match="早于会议日期"):
        actions.add_note(db, T2, "太早了", on=dt.date(2024, 8, 1))
    with pytest.raises(UserError, match="状态"):
        actions.add_note(db, T2, "说明", status="finished")
    assert actions.get_action(db, T2).notes == ()


def test_closing_requires_a_completion_note(db: Database) -> None:
    with pytest.raises(UserError, match="完成情况说明"):
        actions.close_action(db, T2, "")
    item = actions.close_action(db, T2, "已书面通知房友公司", on=dt.date(2024, 10, 8))
    assert item.row.status == "done"
    assert item.notes[-1].status == "done"
    with pytest.raises(UserError, match="取消的原因"):
        actions.cancel_action(db, T3, " ")
    assert actions.cancel_action(db, T3, "并入其他工作").row.status == "cancelled"


def test_due_date_history(db: Database) -> None:
    actions.extend_due(db, T2, dt.date(2024, 10, 31), "等待对方盖章", on=dt.date(2024, 9, 28))
    actions.extend_due(db, T2, dt.date(2024, 11, 15), "对方负责人出差", on=dt.date(2024, 10, 30))
    item = actions.get_action(db, T2)
    assert item.row.due == dt.date(2024, 11, 15)
    assert item.row.extensions == 2
    assert item.original_due == dt.date(2024, 9, 30)
    assert [(n.due_from, n.due_to, n.note) for n in item.extensions] == [
        (dt.date(2024, 9, 30), dt.date(2024, 10, 31), "等待对方盖章"),
        (dt.date(2024, 10, 31), dt.date(2024, 11, 15), "对方负责人出差"),
    ]
    assert not item.row.is_overdue(dt.date(2024, 11, 1))


def test_extension_is_refused_when_it_makes_no_sense(db: Database) -> None:
    with pytest.raises(UserError, match="延期的原因"):
        actions.extend_due(db, T2, dt.date(2024, 10, 31), "")
    with pytest.raises(UserError, match="早于会议日期"):
        actions.extend_due(db, T2, dt.date(2024, 8, 1), "写错了")
    with pytest.raises(UserError, match="已是"):
        actions.extend_due(db, T2, dt.date(2024, 9, 30), "同一天")
    with pytest.raises(UserError, match="已完成或已取消"):
        actions.extend_due(db, ActionRef("m-5-5", "t-1"), dt.date(2024, 12, 31), "再延")
    assert actions.get_action(db, T2).notes == ()
    # An item without a due date gets its first one; the reason may be left out.
    first = actions.extend_due(db, ActionRef("m-5-5", "t-5"), dt.date(2024, 12, 1), "")
    assert first.count == 1
    assert actions.get_action(db, ActionRef("m-5-5", "t-5")).row.due == dt.date(2024, 12, 1)


# ---- several at once, with undo ------------------------------------------------------


def test_bulk_extend_by_days_and_undo(db: Database) -> None:
    change = actions.bulk_extend(db, [T2, T3], "统一顺延", by_days=30, on=AS_OF)
    assert change.count == 2
    assert actions.get_action(db, T2).row.due == dt.date(2024, 10, 30)
    assert actions.get_action(db, T3).row.due == dt.date(2024, 11, 14)
    actions.undo_change(db, change)
    for ref, due, notes in ((T2, dt.date(2024, 9, 30), 0), (T3, dt.date(2024, 10, 15), 1)):
        item = actions.get_action(db, ref)
        assert (item.row.due, len(item.notes), item.row.extensions) == (due, notes, 0)


def test_bulk_is_all_or_nothing(db: Database) -> None:
    done = ActionRef("m-5-5", "t-1")
    with pytest.raises(UserError, match="已完成或已取消"):
        actions.bulk_extend(db, [T2, done, T3], "顺延", to=dt.date(2024, 12, 31))
    assert actions.get_action(db, T2).row.due == dt.date(2024, 9, 30)
    with pytest.raises(UserError, match="二者选一"):
        actions.bulk_extend(db, [T2], "顺延")
    with pytest.raises(UserError, match="没有选中"):
        actions.bulk_reassign(db, [], Owner("unit", "u-assoc"))


def test_bulk_reassign_and_undo(db: Database) -> None:
    owner = Owner("unit", "u-fangyou")
    change = actions.bulk_reassign(db, [T2, T3, OLD], owner, on=AS_OF, note="按分工调整")
    for ref in (T2, T3, OLD):
        item = actions.get_action(db, ref)
        assert item.row.owner == Owner("unit", "u-fangyou", "天津房友工程咨询有限公司")
        assert item.notes[-1].note.startswith("责任方由")
        assert item.notes[-1].note.endswith("按分工调整")
    actions.undo_change(db, change)
    assert actions.get_action(db, T2).row.owner == Owner("person", "p9", "孙晓峰")
    assert actions.get_action(db, T3).row.owner == Owner(
        "committee", "c-ai", "咨询成果智能化专家委员会"
    )
    assert [n.note for n in actions.get_action(db, T3).notes] == ["已征集委员"]
    with pytest.raises(UserError, match="找不到责任方"):
        actions.reassign(db, T2, Owner("person", "p-nobody"))


def test_owner_choices_cover_units_people_and_committees(db: Database) -> None:
    kinds = {o.kind for o in actions.owner_choices(db)}
    assert kinds == {"unit", "person", "committee"}


# ---- approved meetings, editors holding older copies ---------------------------------


def test_approved_meetings_stay_editable_and_check_stays_clean(db: Database) -> None:
    from minutes_app.services.integrity import check_database

    actions.add_note(db, OLD, "在办", on=dt.date(2024, 1, 2), status="in_progress")
    change = actions.bulk_extend(db, [OLD], "换届后继续办理", to=dt.date(2024, 12, 31))
    assert check_database(db).problems == []
    actions.undo_change(db, change)
    assert check_database(db).problems == []


def test_an_editor_holding_an_older_copy_is_refused(db: Database) -> None:
    from minutes_app.services import meeting_store

    doc = meeting_store.get_meeting(db, "m-5-6")
    actions.add_note(db, ActionRef("m-5-6", "t-1"), "已起草提纲", on=dt.date(2024, 10, 25))
    with pytest.raises(meeting_store.ConcurrentEdit):
        meeting_store.save_meeting(db, doc)
    assert actions.get_action(db, ActionRef("m-5-6", "t-1")).row.latest_note == "已起草提纲"


# ---- carried into the next meeting --------------------------------------------------


def test_review_in_the_next_meeting_notes_each_item_on_its_day(db: Database) -> None:
    start = dt.datetime(2024, 10, 20, 9, 0)
    carried = open_actions_before(db, "b-presidents", start)
    assert {(a.meeting_key, a.action_key) for a in carried} == {
        ("m-4-9", "t-1"), ("m-5-5", "t-2"), ("m-5-5", "t-3"), ("m-5-5", "t-5")}  # fmt: skip
    assert actions.record_review(db, "m-5-6", carried, "基本按计划推进") == 4
    assert actions.record_review(db, "m-5-6", carried, "基本按计划推进") == 0  # once only
    note = actions.get_action(db, T3).notes[-1]
    assert note.on == dt.date(2024, 10, 20)
    assert note.note == "2024年10月20日五届六次理事长会议听取了落实情况汇报：基本按计划推进"
    assert note.status is None
    assert actions.get_action(db, T3).row.status == "in_progress"
    text = review_notes(db, "b-presidents", dt.datetime(2024, 12, 1))
    assert text is not None and "五届六次理事长会议听取了落实情况汇报" in text


def test_review_refuses_items_of_that_meeting_or_later(db: Database) -> None:
    with pytest.raises(UserError, match="不是此前会议的事项"):
        actions.record_review(db, "m-5-5", [T2])
    with pytest.raises(UserError, match="找不到会议"):
        actions.record_review(db, "m-9-9", [T2])
    assert actions.get_action(db, T2).notes == ()
