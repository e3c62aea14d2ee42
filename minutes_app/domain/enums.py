"""The fixed vocabularies of the archive format, with their Chinese labels."""

from __future__ import annotations

from enum import StrEnum


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    DRAFT = "draft"
    APPROVED = "approved"


class Attendance(StrEnum):
    PRESENT = "present"
    PROXY = "proxy"
    EXCUSED = "excused"
    ABSENT = "absent"
    OBSERVER = "observer"

    @property
    def votes(self) -> bool:
        """Counts for quorum and votes: 出席 and 委托 only."""
        return self in (Attendance.PRESENT, Attendance.PROXY)


class VoteMethod(StrEnum):
    SHOW_OF_HANDS = "show_of_hands"
    SECRET_BALLOT = "secret_ballot"
    ROLL_CALL = "roll_call"
    CONSENSUS = "consensus"


class Choice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class Base(StrEnum):
    """What a pass rule's fraction is taken of."""

    PRESENT = "present"
    SEATS = "seats"
    CAST = "cast"


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    INQUORATE = "inquorate"
    NO_VOTE = "no_vote"


class DecisionKind(StrEnum):
    GENERAL = "general"
    ADOPT_DOCUMENT = "adopt_document"
    ESTABLISH_COMMITTEE = "establish_committee"
    GRANT_ROLE = "grant_role"
    REVOKE_ROLE = "revoke_role"
    APPOINT = "appoint"
    DISMISS = "dismiss"
    APPROVE_LIST = "approve_list"
    TASK = "task"


class EffectType(StrEnum):
    GRANT_ROLE = "grant_role"
    REVOKE_ROLE = "revoke_role"
    APPOINT = "appoint"
    DISMISS = "dismiss"
    ESTABLISH_COMMITTEE = "establish_committee"
    DISSOLVE_COMMITTEE = "dissolve_committee"
    ADOPT_DOCUMENT = "adopt_document"


# What each kind of effect names, as the archive spells the fields.
EFFECT_FIELDS: dict[EffectType, tuple[str, ...]] = {
    EffectType.GRANT_ROLE: ("unit", "role"),
    EffectType.REVOKE_ROLE: ("unit", "role"),
    EffectType.APPOINT: ("person", "title"),
    EffectType.DISMISS: ("person", "title"),
    EffectType.ESTABLISH_COMMITTEE: ("committee",),
    EffectType.DISSOLVE_COMMITTEE: ("committee",),
    EffectType.ADOPT_DOCUMENT: ("title",),
}


class CommitteeKind(StrEnum):
    EXPERT_COMMITTEE = "expert_committee"  # 专家委员会
    BRANCH = "branch"  # 分支机构


class CommitteeRole(StrEnum):
    """A member's role on a committee; the archive keeps the Chinese word itself."""

    CHAIR = "主任委员"
    VICE_CHAIR = "副主任委员"
    SECRETARY_GENERAL = "秘书长"
    MEMBER = "委员"


class UnitRole(StrEnum):
    PRESIDENT_UNIT = "president_unit"
    VICE_PRESIDENT_UNIT = "vice_president_unit"
    INVITED_VICE_PRESIDENT_UNIT = "invited_vice_president_unit"
    EXECUTIVE_DIRECTOR_UNIT = "executive_director_unit"
    DIRECTOR_UNIT = "director_unit"
    SUPERVISOR_UNIT = "supervisor_unit"
    MEMBER_UNIT = "member_unit"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


UNIT_ROLE_ZH = {
    UnitRole.PRESIDENT_UNIT: "会长单位",
    UnitRole.VICE_PRESIDENT_UNIT: "副会长单位",
    UnitRole.INVITED_VICE_PRESIDENT_UNIT: "特邀副会长单位",
    UnitRole.EXECUTIVE_DIRECTOR_UNIT: "常务理事单位",
    UnitRole.DIRECTOR_UNIT: "理事单位",
    UnitRole.SUPERVISOR_UNIT: "监事单位",
    UnitRole.MEMBER_UNIT: "会员单位",
}

VOTE_METHOD_ZH = {
    VoteMethod.SHOW_OF_HANDS: "举手表决",
    VoteMethod.SECRET_BALLOT: "无记名投票",
    VoteMethod.ROLL_CALL: "记名表决",
    VoteMethod.CONSENSUS: "一致同意",
}

ATTENDANCE_ZH = {
    Attendance.PRESENT: "出席",
    Attendance.PROXY: "委托",
    Attendance.EXCUSED: "请假",
    Attendance.ABSENT: "缺席",
    Attendance.OBSERVER: "列席",
}

OUTCOME_ZH = {
    Outcome.PASSED: "通过",
    Outcome.FAILED: "未通过",
    Outcome.INQUORATE: "不足法定人数，决定无效",
    Outcome.NO_VOTE: "未表决",
}

ACTION_STATUS_ZH = {
    ActionStatus.OPEN: "未开始",
    ActionStatus.IN_PROGRESS: "进行中",
    ActionStatus.DONE: "已完成",
    ActionStatus.CANCELLED: "已取消",
}

MEETING_STATUS_ZH = {
    MeetingStatus.PLANNED: "筹备中",
    MeetingStatus.HELD: "已召开",
    MeetingStatus.DRAFT: "纪要起草中",
    MeetingStatus.APPROVED: "纪要已审定",
}


class PdfEngine(StrEnum):
    """What turns a .docx into a PDF, in the order it is chosen."""

    WORD = "word"
    WPS = "wps"
    LIBREOFFICE = "libreoffice"
