"""The registry through its services: decisions drive it, dates select it, hands adjust it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from minutes_app.domain.enums import Choice
from minutes_app.domain.errors import UserError, ValidationError
from minutes_app.services import registry, registry_bodies, registry_edit, registry_term
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.services.registry_status import describe_effect, effect_status

pytestmark = pytest.mark.both_backends

DAY = dt.date(2024, 8, 11)  # the 第五届第五次理事长会议
BEFORE, AFTER = DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)
TITLE = "天津市工程咨询协会第五届第五次理事长会议"


def _roles_on(db: Any, key: str, day: dt.date) -> list[str]:
    return [e.what for e in registry.unit(db, key).roles_on(day)]


def _set_d2(db: Any, choice: Choice) -> None:
    """Every ballot of d-2 (the grant and the committee) to `choice`."""
    doc = get_meeting(db, "m-5-5")
    vote = doc.agenda[0].decisions[1].vote
    assert vote is not None
    for ballot in vote.ballots:
        ballot.choice = choice
    save_meeting(db, doc)


# -- as of a date ---------------------------------------------------------------------


def test_a_role_from_a_decision_holds_from_the_meeting_day(loaded_db: Any) -> None:
    assert _roles_on(loaded_db, "u-fangyou", BEFORE) == ["member_unit"]
    assert _roles_on(loaded_db, "u-fangyou", DAY) == ["invited_vice_president_unit", "member_unit"]
    assert _roles_on(loaded_db, "u-fangyou", AFTER) == [
        "invited_vice_president_unit",
        "member_unit",
    ]


def test_units_as_of_lists_members_of_that_day_with_the_decision(loaded_db: Any) -> None:
    invited = "invited_vice_president_unit"
    assert registry.units_as_of(loaded_db, BEFORE, invited) == []
    [unit] = registry.units_as_of(loaded_db, DAY, invited)
    assert unit.key == "u-fangyou"
    top = unit.roles[0]
    assert (top.what, top.start) == (invited, DAY)
    assert top.made_by.decision == "m-5-5/d-2"
    assert top.made_by.meeting_key == "m-5-5"
    assert top.made_by.meeting_title == TITLE
    assert "第一项议题的第二项决定" in top.made_by.describe()
    assert "m-5-5" not in top.made_by.describe()
    members = {u.key for u in registry.units_as_of(loaded_db, DAY)}
    assert members == {"u-hongya", "u-fangyou"}  # the secretariat holds no role


def test_an_end_date_is_not_included(loaded_db: Any) -> None:
    [entry] = [e for e in registry.unit(loaded_db, "u-hongya").roles if e.what != "member_unit"]
    registry_edit.end_role(loaded_db, entry.id, DAY, "换届后不再担任")
    assert "vice_president_unit" in _roles_on(loaded_db, "u-hongya", BEFORE)
    assert "vice_president_unit" not in _roles_on(loaded_db, "u-hongya", DAY)
    assert "vice_president_unit" not in _roles_on(loaded_db, "u-hongya", AFTER)


def test_people_as_of_a_date(loaded_db: Any) -> None:
    registry_edit.appoint(loaded_db, "p9", "秘书长助理", DAY, "兼职，秘书处内部安排")
    by_key = {p.key: p for p in registry.people_as_of(loaded_db, BEFORE)}
    assert by_key["p9"].positions == ()
    by_key = {p.key: p for p in registry.people_as_of(loaded_db, AFTER)}
    assert [e.what for e in by_key["p9"].positions] == ["秘书长助理"]
    assert by_key["p2"].unit_name == "天津市宏亚工程咨询有限公司"


# -- decisions drive it ---------------------------------------------------------------


def test_a_failed_decision_withdraws_its_effects_and_a_pass_restores_them(loaded_db: Any) -> None:
    _set_d2(loaded_db, Choice.AGAINST)
    assert _roles_on(loaded_db, "u-fangyou", AFTER) == ["member_unit"]
    [committee] = registry_bodies.load_committees(loaded_db)
    assert committee.pending and not committee.exists_on(AFTER)
    status = effect_status(loaded_db, "m-5-5")
    assert status["d-2"] == [
        ("天津房友工程咨询有限公司成为特邀副会长单位", False),
        ("成立咨询成果智能化专家委员会", False),
    ]
    _set_d2(loaded_db, Choice.FOR)
    assert _roles_on(loaded_db, "u-fangyou", AFTER)[0] == "invited_vice_president_unit"
    assert all(applied for _, applied in effect_status(loaded_db, "m-5-5")["d-2"])


def test_effect_status_lists_every_decision_in_order(loaded_db: Any) -> None:
    status = effect_status(loaded_db, "m-5-5")
    assert list(status) == ["d-1", "d-2"]
    assert status["d-1"] == [("通过《天津市工程咨询协会分支机构管理办法》", True)]
    with pytest.raises(UserError, match="找不到会议"):
        effect_status(loaded_db, "m-none")


def test_effect_descriptions() -> None:
    assert describe_effect("appoint", person="张三", title="秘书长助理") == "张三任秘书长助理"
    assert describe_effect("dismiss", person="张三", title="副秘书长") == "张三不再任副秘书长"
    assert describe_effect("revoke_role", unit="甲公司", role="director_unit") == (
        "甲公司不再是理事单位"
    )
    assert describe_effect("adopt_document", title="《章程》") == "通过《章程》"
    assert describe_effect("dissolve_committee", committee="乙委员会") == "撤销乙委员会"
    dated = describe_effect("grant_role", unit="甲", role="member_unit", start=dt.date(2024, 9, 1))
    assert dated == "甲成为会员单位（自2024年9月1日起）"


def test_committee_set_up_by_a_decision(loaded_db: Any) -> None:
    [committee] = registry_bodies.load_committees(loaded_db)
    assert committee.established is not None
    assert committee.established.decision == "m-5-5/d-2"
    assert committee.established.day == DAY
    assert not committee.exists_on(BEFORE) and committee.exists_on(DAY)
    assert committee.members_on(DAY) == ()  # members from 2024-09-01
    [member] = committee.members_on(dt.date(2024, 9, 1))
    assert (member.name, member.role) == ("王志刚", "主任委员")


def test_documents_adopted_with_decision_and_date(loaded_db: Any) -> None:
    [doc] = registry_bodies.documents(loaded_db)
    assert doc.title == "天津市工程咨询协会分支机构管理办法"
    assert doc.day == DAY
    assert doc.source.decision == "m-5-5/d-1"
    meeting = get_meeting(loaded_db, "m-5-5")
    vote = meeting.agenda[0].decisions[0].vote
    assert vote is not None
    vote.for_, vote.against = 2, 5
    save_meeting(loaded_db, meeting)
    assert registry_bodies.documents(loaded_db) == []


def test_bodies_with_rules_and_seats_per_term(loaded_db: Any) -> None:
    [body] = registry_bodies.load_bodies(loaded_db)
    assert (body.name, body.quorum_fraction, body.pass_fraction) == ("理事长会议", "2/3", "2/3")
    assert [h.name for h in body.seats_of(5)][:2] == ["李光辉", "王志刚"]
    assert len(body.seats_of(5)) == 9 and body.seats_of(6) == ()
    terms = registry_bodies.load_terms(loaded_db)
    assert registry_bodies.term_on(terms, DAY) == 5
    assert registry_bodies.term_on(terms, dt.date(2000, 1, 1)) is None


# -- history and changes by hand ------------------------------------------------------


def test_history_shows_the_decision_and_the_changes_by_hand(loaded_db: Any) -> None:
    [entry] = [e for e in registry.unit(loaded_db, "u-fangyou").roles if e.what == "member_unit"]
    registry_edit.end_role(loaded_db, entry.id, dt.date(2025, 1, 1), "来函申请退会")
    changes = registry.unit_history(loaded_db, "u-fangyou")
    assert [(c.day, c.describe()) for c in changes] == [
        (dt.date(2019, 3, 1), "成为会员单位"),
        (DAY, "成为特邀副会长单位"),
        (dt.date(2025, 1, 1), "不再是会员单位"),
    ]
    assert changes[1].source.decision == "m-5-5/d-2"
    assert changes[2].source.by_hand
    assert changes[2].source.describe() == "手工调整：来函申请退会"


def test_a_change_by_hand_needs_a_reason(loaded_db: Any) -> None:
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="必须填写原因"):
            registry_edit.grant_role(loaded_db, "u-fangyou", "director_unit", DAY, reason)
    assert "director_unit" not in _roles_on(loaded_db, "u-fangyou", AFTER)


def test_grant_and_end_by_hand_keep_both_reasons(loaded_db: Any) -> None:
    entry_id = registry_edit.grant_role(loaded_db, "u-fangyou", "director_unit", DAY, "补录")
    registry_edit.end_role(loaded_db, entry_id, dt.date(2025, 3, 1), "降为会员单位")
    changes = [c for c in registry.unit_history(loaded_db, "u-fangyou") if c.entry_id == entry_id]
    assert [c.source.reason for c in changes] == ["补录", "降为会员单位"]
    with pytest.raises(ValidationError, match="已于2025年3月1日结束"):
        registry_edit.end_role(loaded_db, entry_id, dt.date(2025, 4, 1), "再结束一次")


def test_a_role_held_already_is_not_granted_twice(loaded_db: Any) -> None:
    with pytest.raises(ValidationError, match="已是会员单位"):
        registry_edit.grant_role(loaded_db, "u-fangyou", "member_unit", DAY, "重复")
    with pytest.raises(ValidationError, match="不存在"):
        registry_edit.grant_role(loaded_db, "u-fangyou", "king_unit", DAY, "没有这个类别")


def test_an_end_must_come_after_the_start(loaded_db: Any) -> None:
    entry_id = registry_edit.appoint(loaded_db, "p9", "副秘书长", DAY, "理事会授权")
    with pytest.raises(ValidationError, match="结束日期必须晚于开始日期"):
        registry_edit.end_position(loaded_db, entry_id, DAY, "当天结束")
    registry_edit.end_position(loaded_db, entry_id, AFTER, "调任")
    [start, end] = registry.person_history(loaded_db, "p9")
    assert (start.describe(), end.describe()) == ("任副秘书长", "不再任副秘书长")
    assert end.source.describe() == "手工调整：调任"


def test_edit_and_add_units_and_people(loaded_db: Any) -> None:
    fields = registry_edit.UnitFields("天津房友工程咨询有限公司", "91350100M000100Y44")
    with pytest.raises(ValidationError, match="第18位校验码应为3，实为4"):
        registry_edit.update_unit(loaded_db, "u-fangyou", fields)
    good = registry_edit.UnitFields("天津房友工程咨询有限公司", "91350100m000100y43",
                                    contact="张三", phone="022-12345678")  # fmt: skip
    registry_edit.update_unit(loaded_db, "u-fangyou", good)
    fangyou = registry.unit(loaded_db, "u-fangyou")
    assert (fangyou.credit_code, fangyou.contact) == ("91350100M000100Y43", "张三")
    with pytest.raises(ValidationError, match="统一社会信用代码与此相同"):
        registry_edit.add_unit(loaded_db, registry_edit.UnitFields("新公司", "91350100M000100Y43"))
    with pytest.raises(ValidationError, match="名称与此相同"):
        registry_edit.add_unit(loaded_db, registry_edit.UnitFields("天津房友工程咨询有限公司"))
    key = registry_edit.add_unit(loaded_db, registry_edit.UnitFields("天津新成员有限公司"))
    assert key == "u-1"
    person = registry_edit.add_person(
        loaded_db, registry_edit.PersonFields("赵六", unit_key=key, title_in_unit="总经理")
    )
    registry_edit.update_person(
        loaded_db, person, registry_edit.PersonFields("赵六", key, "董事长")
    )
    assert registry.person(loaded_db, person).title_in_unit == "董事长"
    assert registry.person(loaded_db, person).unit_name == "天津新成员有限公司"


# -- 换届 ------------------------------------------------------------------------------


def test_next_term_copies_seats_and_closes_positions(loaded_db: Any) -> None:
    registry_edit.appoint(loaded_db, "p1", "会长", dt.date(2021, 12, 1), "第五届选举")
    new_day = dt.date(2026, 12, 1)
    result = registry_term.start_next_term(loaded_db, new_day)
    assert (result.number, result.seats_copied, result.positions_closed) == (6, 9, 1)
    terms = registry_bodies.load_terms(loaded_db)
    assert [(t.number, t.start, t.end) for t in terms] == [
        (5, dt.date(2021, 12, 1), dt.date(2026, 11, 30)),
        (6, new_day, None),
    ]
    assert registry_bodies.term_on(terms, new_day) == 6
    [body] = registry_bodies.load_bodies(loaded_db)
    assert [h.person_key for h in body.seats_of(6)] == [h.person_key for h in body.seats_of(5)]
    li = registry.person(loaded_db, "p1")
    assert li.positions_on(new_day - dt.timedelta(days=1)) != ()
    assert li.positions_on(new_day) == ()
    last = registry.person_history(loaded_db, "p1")[-1]
    assert (last.day, last.source.reason) == (new_day, "第五届届满换届")


def test_next_term_must_start_after_the_current_one(loaded_db: Any) -> None:
    with pytest.raises(ValidationError, match="必须晚于第五届的开始日期"):
        registry_term.start_next_term(loaded_db, dt.date(2021, 12, 1))
    assert [t.number for t in registry_bodies.load_terms(loaded_db)] == [5]


def test_an_end_by_hand_of_a_decisions_role_survives_a_resave(loaded_db: Any) -> None:
    [entry] = [e for e in registry.unit(loaded_db, "u-fangyou").roles if not e.made_by.by_hand]
    registry_edit.end_role(loaded_db, entry.id, dt.date(2025, 1, 1), "单位注销")
    save_meeting(loaded_db, get_meeting(loaded_db, "m-5-5"))
    assert _roles_on(loaded_db, "u-fangyou", dt.date(2025, 6, 1)) == ["member_unit"]


def test_an_end_by_hand_of_a_decisions_role_survives_the_archive(
    loaded_db: Any, tmp_path: Any
) -> None:
    import json

    from minutes_app.services.archive import export_archive, import_archive
    from minutes_app.store.database import open_database

    [entry] = [e for e in registry.unit(loaded_db, "u-fangyou").roles if not e.made_by.by_hand]
    registry_edit.end_role(loaded_db, entry.id, dt.date(2025, 1, 1), "单位注销")
    export_archive(loaded_db, tmp_path / "a.json", as_of=dt.date(2025, 6, 1))
    copy = open_database(tmp_path / "copy.db")
    import_archive(copy, tmp_path / "a.json")
    assert _roles_on(copy, "u-fangyou", dt.date(2025, 6, 1)) == ["member_unit"]
    export_archive(copy, tmp_path / "b.json", as_of=dt.date(2025, 6, 1))
    copy.dispose()
    first = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert first == second
