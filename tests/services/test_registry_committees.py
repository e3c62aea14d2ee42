"""Committees by hand: create, rename, delete an unused one, members over time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from minutes_app.domain.enums import CommitteeKind, CommitteeRole
from minutes_app.domain.errors import UserError
from minutes_app.services import registry_bodies
from minutes_app.services import registry_committees as rc

D1, D2, D3 = dt.date(2024, 9, 1), dt.date(2025, 1, 1), dt.date(2025, 6, 1)


def _by_name(db: Any) -> dict[str, registry_bodies.CommitteeRecord]:
    return {c.name: c for c in registry_bodies.load_committees(db)}


def test_create_rename_and_delete(loaded_db: Any) -> None:
    made = rc.create_committee(loaded_db, rc.CommitteeFields(" 造价专家委员会 "))
    assert made.name == "造价专家委员会" and made.kind is CommitteeKind.EXPERT_COMMITTEE
    branch = rc.create_committee(loaded_db, rc.CommitteeFields("青年分会", CommitteeKind.BRANCH))
    assert made.key != branch.key
    found = _by_name(loaded_db)
    assert found["青年分会"].kind == "branch"
    assert not found["造价专家委员会"].in_use
    rc.rename_committee(loaded_db, made.key, "工程造价专家委员会")
    assert "工程造价专家委员会" in _by_name(loaded_db)
    rc.delete_committee(loaded_db, made.key)
    assert set(_by_name(loaded_db)) == {"咨询成果智能化专家委员会", "青年分会"}


@pytest.mark.parametrize("name", ["", "   ", "咨询成果智能化专家委员会"])
def test_a_bad_or_taken_name_writes_nothing(loaded_db: Any, name: str) -> None:
    before = registry_bodies.load_committees(loaded_db)
    with pytest.raises(UserError, match="委员会"):
        rc.create_committee(loaded_db, rc.CommitteeFields(name))
    assert registry_bodies.load_committees(loaded_db) == before


def test_rename_to_a_taken_name_is_refused(loaded_db: Any) -> None:
    made = rc.create_committee(loaded_db, rc.CommitteeFields("甲委员会"))
    with pytest.raises(UserError, match="名称不能重复"):
        rc.rename_committee(loaded_db, made.key, "咨询成果智能化专家委员会")
    assert "甲委员会" in _by_name(loaded_db)


def test_a_committee_a_decision_set_up_is_not_deleted(loaded_db: Any) -> None:
    [committee] = registry_bodies.load_committees(loaded_db)
    assert committee.in_use
    with pytest.raises(UserError, match="撤销委员会"):
        rc.delete_committee(loaded_db, committee.key)
    assert len(registry_bodies.load_committees(loaded_db)) == 1


def test_members_over_time(loaded_db: Any) -> None:
    made = rc.create_committee(loaded_db, rc.CommitteeFields("造价专家委员会"))
    chair = rc.add_member(loaded_db, made.key, rc.Membership("p1", CommitteeRole.CHAIR, D1))
    rc.add_member(loaded_db, made.key, rc.Membership("p2", CommitteeRole.MEMBER, D1))
    rc.end_membership(loaded_db, chair, D2)
    committee = _by_name(loaded_db)["造价专家委员会"]
    assert [(m.name, m.role) for m in committee.members_on(D1)] == [
        ("李光辉", "主任委员"), ("王志刚", "委员")]  # fmt: skip
    assert [m.name for m in committee.members_on(D3)] == ["王志刚"]
    assert committee.members[0].end == D2
    assert committee.in_use  # it has members: not deleted by a button
    with pytest.raises(UserError, match="委员"):
        rc.delete_committee(loaded_db, made.key)


def test_membership_mistakes_write_nothing(loaded_db: Any) -> None:
    made = rc.create_committee(loaded_db, rc.CommitteeFields("造价专家委员会"))
    entry = rc.add_member(loaded_db, made.key, rc.Membership("p1", CommitteeRole.MEMBER, D1))
    with pytest.raises(UserError, match="重复"):
        rc.add_member(loaded_db, made.key, rc.Membership("p1", CommitteeRole.CHAIR, D2))
    with pytest.raises(UserError, match="晚于"):
        rc.add_member(loaded_db, made.key, rc.Membership("p2", CommitteeRole.CHAIR, D2, D1))
    with pytest.raises(UserError, match="找不到人员"):
        rc.add_member(loaded_db, made.key, rc.Membership("p-nobody", CommitteeRole.MEMBER))
    with pytest.raises(UserError, match="委员会职务"):
        rc.add_member(loaded_db, made.key, rc.Membership("p2", "组长"))  # type: ignore[arg-type]
    with pytest.raises(UserError, match="晚于"):
        rc.end_membership(loaded_db, entry, D1)
    rc.end_membership(loaded_db, entry, D2)
    with pytest.raises(UserError, match="无需再结束"):
        rc.end_membership(loaded_db, entry, D3)
    [member] = _by_name(loaded_db)["造价专家委员会"].members
    assert (member.name, member.start, member.end) == ("李光辉", D1, D2)
