"""How the documents word votes, outcomes, effects, attendees and action items."""

from __future__ import annotations

from minutes_app.domain.enums import (
    UNIT_ROLE_ZH,
    Attendance,
    Base,
    Choice,
    EffectType,
    Outcome,
    VoteMethod,
)
from minutes_app.domain.person_words import person_words
from minutes_app.domain.records import Action, Decision, Effect, Meeting, PassRule
from minutes_app.io.docx import prose
from minutes_app.io.docx.common import quorate
from minutes_app.io.docx.lookup import Attendee, Lookup
from minutes_app.io.docx.text import chinese_date, clean_line

VOTE_METHOD = {
    VoteMethod.SHOW_OF_HANDS: "举手表决",
    VoteMethod.SECRET_BALLOT: "无记名投票",
    VoteMethod.ROLL_CALL: "记名表决",
    VoteMethod.CONSENSUS: "一致同意",
}
OUTCOME = {
    Outcome.PASSED: "通过",
    Outcome.FAILED: "未通过",
    Outcome.INQUORATE: "不足法定人数，未作出决定",
    Outcome.NO_VOTE: "未经表决",
}
CHOICE = {Choice.FOR: "同意", Choice.AGAINST: "反对", Choice.ABSTAIN: "弃权"}
UNIT_ROLE = UNIT_ROLE_ZH  # the one table of 会员类别 names
_BASE_WORDS = {Base.PRESENT: "到会{}人", Base.SEATS: "应到{}人", Base.CAST: "赞成与反对票共{}票"}
# A decision without a rule of its own, of a body without one: more than half present.
_DEFAULT_RULE = PassRule("1/2", inclusive=False)


# ---------------------------------------------------------------- votes


def number_of(decision: Decision) -> str:
    """The 决议编号 as computed, '' when it has none."""
    return clean_line(decision.result.number if decision.result else None)


def method_of(decision: Decision) -> str:
    return VOTE_METHOD.get(decision.vote.method, "") if decision.vote else ""


def _counts(decision: Decision) -> tuple[int | None, int | None, int | None]:
    """同意/反对/弃权 as computed, else as tallied (None where neither says)."""
    result, vote = decision.result, decision.vote
    if result is not None:
        return result.for_, result.against, result.abstain
    if vote is not None:
        return vote.for_, vote.against, vote.abstain
    return None, None, None


def tally(decision: Decision) -> str:
    """同意7票，反对0票，弃权1票 (一致同意 for consensus; '' with no vote)."""
    vote = decision.vote
    if not vote:
        return ""
    if vote.method == VoteMethod.CONSENSUS:
        count = decision.result.for_ if decision.result else None
        return f"与会{count}人一致同意" if count else "一致同意"
    return "，".join(
        f"{label}{count or 0}票"
        for label, count in zip(CHOICE.values(), _counts(decision), strict=True)
    )


def outcome(decision: Decision) -> str:
    return OUTCOME.get(decision.result.outcome, "") if decision.result else ""


def _base_words(of: Base, base: int | None) -> str:
    return _BASE_WORDS.get(of, "到会{}人").format("" if base is None else base)


def _threshold(rule: PassRule | None) -> str:
    fraction, inclusive = (rule.fraction, rule.inclusive) if rule else ("", True)
    if not fraction:
        return ""
    if fraction == "1/2" and not inclusive:
        return "过半数"
    return f"{fraction}以上" if inclusive else f"超过{fraction}"


def vote_sentence(decision: Decision, meeting: Meeting, lookup: Lookup) -> str:
    """表决方式：举手表决；表决结果：赞成7票、反对0票、弃权1票，到会8人，须2/3以上即6票，通过。

    The 会议记录's wording: the arithmetic once, 赞成 throughout, consensus without counts
    (表决方式：一致同意；表决结果：通过。).
    """
    vote = decision.vote
    if not vote:
        return ""
    result = outcome_key(decision, meeting)
    counts = counts_of(decision)
    parts = [prose.counts_words(counts)] if counts else []
    if result == Outcome.INQUORATE:
        required = meeting.figures.quorum_required if meeting.figures else None
        short = f"未达到法定人数{required}人" if required else "未达到法定人数"
        parts += [_present_words(meeting), short, "未作出决定"]
    elif vote.method == VoteMethod.CONSENSUS:  # the method already says 一致同意
        parts.append(outcome(decision))
    else:
        numbers = decision.result
        rule = pass_rule(decision, meeting, lookup)
        if numbers is not None and numbers.required is not None:
            parts.append(_base_words(rule.of, numbers.base))
            parts.append(f"须{_threshold(rule)}即{numbers.required}票")
        parts.append(outcome(decision))
    return f"表决方式：{method_of(decision)}；表决结果：{'，'.join(filter(None, parts))}。"


def number_sentence(decision: Decision) -> str:
    number = decision.result.number if decision.result else None
    return f"决议编号：{clean_line(number)}。" if number else ""


# ---------------------------------------------------------------- effects


def effect(item: Effect, lookup: Lookup) -> str:
    """One effect in words: 授予X特邀副会长单位, 聘任X为秘书长助理, 成立X …"""
    unit = lookup.unit_name(item.unit)
    role = UNIT_ROLE.get(item.role, "") if item.role else ""
    person, title = lookup.person_name(item.person), clean_line(item.title)
    committee = lookup.committee_name(item.committee)
    words = {
        EffectType.GRANT_ROLE: f"授予{unit}{role}",
        EffectType.REVOKE_ROLE: f"撤销{unit}{role}",
        EffectType.APPOINT: f"聘任{person}为{title}",
        EffectType.DISMISS: f"免去{person}{title}职务",
        EffectType.ESTABLISH_COMMITTEE: f"成立{committee}",
        EffectType.DISSOLVE_COMMITTEE: f"撤销{committee}",
        EffectType.ADOPT_DOCUMENT: f"通过《{title}》",
    }
    return words.get(item.type, "")


def effects(decision: Decision, lookup: Lookup) -> str:
    return "；".join(filter(None, (effect(item, lookup) for item in decision.effects)))


# ---------------------------------------------------------------- people

_LABELS = {Attendance.EXCUSED: "请假", Attendance.ABSENT: "缺席", Attendance.OBSERVER: "列席"}


def attendee(person: Attendee, status: Attendance) -> str:
    """单位姓名（职务）, with the proxy holder or the reason once, where there is one."""
    label = _LABELS.get(status, "")
    note = person.note if label else ""
    if status == Attendance.PROXY:
        note = f"委托{person.proxy_holder}代为表决" if person.proxy_holder else "书面委托"
    return person_words(person.unit, person.name, person.title, note, label)


def attendee_list(people: list[Attendee], status: Attendance) -> str:
    return "、".join(attendee(person, status) for person in people)


def action_sentence(action: Action, lookup: Lookup) -> str:
    """印发《办法》（责任单位：协会秘书处；完成时限：2024年8月31日）。"""
    label, owner = lookup.owner(action.owner)
    details = [f"{label}：{owner}"] if owner else []
    if action.due:
        details.append(f"完成时限：{chinese_date(action.due)}")
    inside = f"（{'；'.join(details)}）" if details else ""
    return f"{clean_line(action.title).rstrip('。')}{inside}。"


# ---------------------------------------------------------------- 纪要 prose inputs


def counts_of(decision: Decision) -> prose.Counts | None:
    """The effective 同意/反对/弃权 of a voted decision (None without tallies)."""
    vote = decision.vote
    if not vote or vote.method == VoteMethod.CONSENSUS:
        return None
    return prose.Counts(*(int(count or 0) for count in _counts(decision)))


def pass_rule(decision: Decision, meeting: Meeting, lookup: Lookup) -> PassRule:
    body = lookup.body_of(meeting)
    return decision.rule or (body.pass_rule if body else None) or _DEFAULT_RULE


def outcome_key(decision: Decision, meeting: Meeting) -> Outcome | None:
    """Passed, failed, inquorate or no vote; every decision of an inquorate meeting is inquorate."""
    if quorate(meeting) is False:
        return Outcome.INQUORATE
    if decision.result is not None:
        return decision.result.outcome
    return Outcome.NO_VOTE if not decision.vote else None


def jiyao_sentence(decision: Decision, meeting: Meeting, lookup: Lookup) -> str:
    """The decision as the 纪要 says it (see prose.decision_sentence)."""
    rule = pass_rule(decision, meeting, lookup)
    shortfall = prose.threshold_words(rule.fraction, rule.inclusive, rule.of)
    return prose.decision_sentence(
        clean_line(decision.text),
        decision.kind,
        outcome_key(decision, meeting),
        decision.vote.method if decision.vote else None,
        counts_of(decision),
        shortfall,
    )


def took_effect(decision: Decision, meeting: Meeting) -> bool:
    return outcome_key(decision, meeting) in (Outcome.PASSED, Outcome.NO_VOTE)


def _present_words(meeting: Meeting) -> str:
    """实到3人，委托1人: a proxy is not 实到 (the quorum counts both)."""
    facts = meeting.figures
    voting, proxies = (facts.voting_attendance, facts.proxies) if facts else (0, 0)
    return f"实到{voting - proxies}人" + (f"，委托{proxies}人" if proxies else "")
