"""How the documents word votes, outcomes, effects, attendees and action items."""

from __future__ import annotations

from minutes_app.domain.person_words import person_words
from minutes_app.io.docx import prose
from minutes_app.io.docx.lookup import Attendee, Lookup, Record
from minutes_app.io.docx.text import chinese_date, clean_line

VOTE_METHOD = {
    "show_of_hands": "举手表决",
    "secret_ballot": "无记名投票",
    "roll_call": "记名表决",
    "consensus": "一致同意",
}
OUTCOME = {
    "passed": "通过",
    "failed": "未通过",
    "inquorate": "不足法定人数，未作出决定",
    "no_vote": "未经表决",
}
CHOICE = {"for": "同意", "against": "反对", "abstain": "弃权"}
UNIT_ROLE = {
    "president_unit": "会长单位",
    "vice_president_unit": "副会长单位",
    "invited_vice_president_unit": "特邀副会长单位",
    "executive_director_unit": "常务理事单位",
    "director_unit": "理事单位",
    "supervisor_unit": "监事单位",
    "member_unit": "会员单位",
}
_BASE_WORDS = {"present": "到会{}人", "seats": "应到{}人", "cast": "赞成与反对票共{}票"}


# ---------------------------------------------------------------- votes


def computed(decision: Record) -> Record:
    return decision.get("computed") or {}


def method_of(decision: Record) -> str:
    vote = decision.get("vote") or {}
    return VOTE_METHOD.get(vote.get("method", ""), "")


def tally(decision: Record) -> str:
    """同意7票，反对0票，弃权1票 (一致同意 for consensus; '' with no vote)."""
    vote = decision.get("vote")
    if not vote:
        return ""
    if vote.get("method") == "consensus":
        count = computed(decision).get("for")
        return f"与会{count}人一致同意" if count else "一致同意"
    numbers = computed(decision)
    counts = [numbers.get(name, vote.get(name)) for name in ("for", "against", "abstain")]
    return "，".join(
        f"{label}{count or 0}票" for label, count in zip(CHOICE.values(), counts, strict=True)
    )


def outcome(decision: Record) -> str:
    return OUTCOME.get(computed(decision).get("outcome", ""), "")


def basis(decision: Record, meeting: Record, lookup: Lookup) -> str:
    """The grounds of the outcome: computed["basis"] when given, else built from the numbers."""
    numbers = computed(decision)
    if numbers.get("basis"):
        return clean_line(numbers["basis"])
    result = numbers.get("outcome")
    if result == "inquorate":
        facts = meeting.get("computed") or {}
        return f"{_present_words(facts)}，未达到法定人数{facts.get('quorum_required', '')}人"
    if result not in ("passed", "failed") or numbers.get("required") is None:
        return ""
    rule = decision.get("rule") or lookup.bodies.get(meeting.get("body", ""), {}).get("pass_rule")
    rule = rule or {}
    words = _BASE_WORDS.get(rule.get("of", "present"), "到会{}人").format(numbers.get("base", ""))
    needed = f"须{_threshold(rule)}即{numbers['required']}票"
    return f"{words}，{needed}；赞成{numbers.get('for', 0)}票，{outcome(decision)}"


def _threshold(rule: Record) -> str:
    fraction, inclusive = rule.get("fraction", ""), rule.get("inclusive", True)
    if not fraction:
        return ""
    if fraction == "1/2" and not inclusive:
        return "过半数"
    return f"{fraction}以上" if inclusive else f"超过{fraction}"


def vote_sentence(decision: Record, meeting: Record, lookup: Lookup) -> str:
    """表决方式：举手表决；表决结果：赞成7票、反对0票、弃权1票，到会8人，须2/3以上即6票，通过。

    The 会议记录's wording: the arithmetic once, 赞成 throughout, consensus without counts
    (表决方式：一致同意；表决结果：通过。).
    """
    vote = decision.get("vote")
    if not vote:
        return ""
    method = vote.get("method", "")
    result = outcome_key(decision, meeting)
    counts = counts_of(decision)
    parts = [prose.counts_words(counts)] if counts else []
    if result == "inquorate":
        facts = meeting.get("computed") or {}
        required = facts.get("quorum_required")
        short = f"未达到法定人数{required}人" if required else "未达到法定人数"
        parts += [_present_words(facts), short, "未作出决定"]
    elif method == "consensus":  # the method already says 一致同意
        parts.append(outcome(decision))
    else:
        numbers = computed(decision)
        rule = pass_rule(decision, meeting, lookup)
        if numbers.get("required") is not None:
            base = _BASE_WORDS.get(rule.get("of", "present"), "到会{}人")
            parts.append(base.format(numbers.get("base", "")))
            parts.append(f"须{_threshold(rule)}即{numbers['required']}票")
        parts.append(outcome(decision))
    return f"表决方式：{method_of(decision)}；表决结果：{'，'.join(filter(None, parts))}。"


def number_sentence(decision: Record) -> str:
    number = computed(decision).get("number")
    return f"决议编号：{clean_line(number)}。" if number else ""


# ---------------------------------------------------------------- effects


def effect(item: Record, lookup: Lookup) -> str:
    """One effect in words: 授予X特邀副会长单位, 聘任X为秘书长助理, 成立X …"""
    kind = item.get("type")
    unit, role = lookup.unit_name(item.get("unit")), UNIT_ROLE.get(item.get("role", ""), "")
    person, title = lookup.person_name(item.get("person")), clean_line(item.get("title"))
    committee = lookup.committee_name(item.get("committee"))
    words = {
        "grant_role": f"授予{unit}{role}",
        "revoke_role": f"撤销{unit}{role}",
        "appoint": f"聘任{person}为{title}",
        "dismiss": f"免去{person}{title}职务",
        "establish_committee": f"成立{committee}",
        "dissolve_committee": f"撤销{committee}",
        "adopt_document": f"通过《{title}》",
    }
    return words.get(kind or "", "")


def effects(decision: Record, lookup: Lookup) -> str:
    return "；".join(filter(None, (effect(item, lookup) for item in decision.get("effects") or [])))


# ---------------------------------------------------------------- people


def attendee(person: Attendee, status: str) -> str:
    """单位姓名（职务）, with the proxy holder or the reason once, where there is one."""
    label = {"excused": "请假", "absent": "缺席", "observer": "列席"}.get(status, "")
    note = person.note if label else ""
    if status == "proxy":
        note = f"委托{person.proxy_holder}代为表决" if person.proxy_holder else "书面委托"
    return person_words(person.unit, person.name, person.title, note, label)


def attendee_list(people: list[Attendee], status: str) -> str:
    return "、".join(attendee(person, status) for person in people)


def action_sentence(action: Record, lookup: Lookup) -> str:
    """印发《办法》（责任单位：协会秘书处；完成时限：2024年8月31日）。"""
    label, owner = lookup.owner(action.get("owner"))
    details = [f"{label}：{owner}"] if owner else []
    if action.get("due"):
        details.append(f"完成时限：{chinese_date(action['due'])}")
    inside = f"（{'；'.join(details)}）" if details else ""
    return f"{clean_line(action.get('title')).rstrip('。')}{inside}。"


# ---------------------------------------------------------------- 纪要 prose inputs


def counts_of(decision: Record) -> prose.Counts | None:
    """The effective 同意/反对/弃权 of a voted decision (None without tallies)."""
    vote = decision.get("vote") or {}
    if not vote or vote.get("method") == "consensus":
        return None
    numbers = computed(decision)
    values = [int(numbers.get(k, vote.get(k)) or 0) for k in ("for", "against", "abstain")]
    return prose.Counts(*values)


def pass_rule(decision: Record, meeting: Record, lookup: Lookup) -> Record:
    body = lookup.bodies.get(meeting.get("body", ""), {})
    return decision.get("rule") or body.get("pass_rule") or {"fraction": "1/2", "inclusive": False}


def outcome_key(decision: Record, meeting: Record) -> str:
    """passed / failed / inquorate / no_vote; any decision of an inquorate meeting is inquorate."""
    if (meeting.get("computed") or {}).get("quorate") is False:
        return "inquorate"
    return str(computed(decision).get("outcome") or ("no_vote" if not decision.get("vote") else ""))


def jiyao_sentence(decision: Record, meeting: Record, lookup: Lookup) -> str:
    """The decision as the 纪要 says it (see prose.decision_sentence)."""
    rule = pass_rule(decision, meeting, lookup)
    shortfall = prose.threshold_words(
        str(rule.get("fraction") or ""),
        bool(rule.get("inclusive", True)),
        rule.get("of", "present"),
    )
    return prose.decision_sentence(
        clean_line(decision.get("text")),
        str(decision.get("kind") or "general"),
        outcome_key(decision, meeting),
        (decision.get("vote") or {}).get("method"),
        counts_of(decision),
        shortfall,
    )


def took_effect(decision: Record, meeting: Record) -> bool:
    return outcome_key(decision, meeting) in ("passed", "no_vote")


def _present_words(facts: Record) -> str:
    """实到3人，委托1人: a proxy is not 实到 (the quorum counts both)."""
    voting, proxies = int(facts.get("voting_attendance") or 0), int(facts.get("proxies") or 0)
    return f"实到{voting - proxies}人" + (f"，委托{proxies}人" if proxies else "")
