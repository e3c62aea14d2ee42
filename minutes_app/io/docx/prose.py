"""纪要 prose: how a decision, an item and the attendance read in official Chinese.

Small pure functions over plain values (text, kind, outcome, method, counts, names),
so the writers feed them from the typed records (domain.records) whatever their origin.
A 纪要 reports what the meeting did with 会议 as the subject; a failed motion is only
ever quoted; the result is said once, in words; vote arithmetic stays in the 会议记录.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes_app.domain.enums import Base, DecisionKind, Outcome, VoteMethod
from minutes_app.domain.numerals import chinese_numeral

# Motion verbs a decision's text may open with, longest first, and how the 纪要 says them.
_VERBS = (
    ("审议通过了", "审议通过了"),
    ("审议通过", "审议通过了"),
    ("原则通过", "原则通过"),
    ("原则同意", "原则同意"),
    ("一致同意", "同意"),
    ("同意", "同意"),
    ("通过", "审议通过了"),
    ("决定", "决定"),
)
# Verbs that read as they are after 会议 (会议确定…, 会议要求…).
_PLAIN_VERBS = (
    "确定",
    "审定",
    "成立",
    "增补",
    "聘任",
    "批准",
    "要求",
    "明确",
    "听取",
    "认为",
    "推选",
    "选举",
    "撤销",
    "免去",
    "授予",
    "部署",
    "安排",
    "研究",
    "责成",
)
_KIND_VERB = {
    DecisionKind.ADOPT_DOCUMENT: "审议通过了",
    DecisionKind.GRANT_ROLE: "同意",
    DecisionKind.REVOKE_ROLE: "同意",
    DecisionKind.APPOINT: "同意",
    DecisionKind.DISMISS: "同意",
    DecisionKind.APPROVE_LIST: "同意",
    DecisionKind.ESTABLISH_COMMITTEE: "同意",
    DecisionKind.TASK: "要求",
}
METHOD_WORDS = {
    VoteMethod.SHOW_OF_HANDS: "举手表决",
    VoteMethod.SECRET_BALLOT: "无记名投票表决",
    VoteMethod.ROLL_CALL: "记名表决",
}
_BASE_WORDS = {Base.PRESENT: "到会人数", Base.SEATS: "应到人数", Base.CAST: "赞成与反对票总数"}
_DENOMINATORS = {"2": "二", "3": "三", "4": "四", "5": "五", "10": "十"}


@dataclass(frozen=True)
class Counts:
    """同意/反对/弃权 of one vote."""

    for_: int
    against: int
    abstain: int


def motion(text: str) -> str:
    """The decision's own words without the final full stop, for quoting."""
    return text.strip().rstrip("。；;.").strip()


def split_verb(text: str) -> tuple[str, str]:
    """('审议通过了', '《办法》') for '审议通过《办法》'; ('', text) without a motion verb."""
    body = motion(text)
    for prefix in ("会议决定：", "会议决定，", "会议"):
        if body.startswith(prefix) and prefix != "会议":
            return "决定", body.removeprefix(prefix)
    for verb, said in _VERBS:
        if body.startswith(verb):
            return said, body.removeprefix(verb).lstrip("：:，")
    return "", body


def statement(text: str, kind: DecisionKind, voted: bool = True) -> str:
    """A passed decision as a sentence with 会议 as its subject: 会议审议通过了《…》。"""
    body = motion(text)
    if body.startswith("会议") and not body.startswith("会议决定："):
        return body + "。"
    verb, rest = split_verb(body)
    if verb == "同意" and rest.endswith("的汇报"):
        return f"会议听取并同意了{rest}。"
    if verb:
        return f"会议{verb}{rest}。"
    if rest.startswith(_PLAIN_VERBS):
        return f"会议{rest}。"
    default = "决定" if voted else "明确"
    return f"会议{_KIND_VERB.get(kind, default)}{rest}。"


def consensus_statement(text: str, kind: DecisionKind) -> str:
    """与会人员一致同意…。 (no counts)."""
    verb, rest = split_verb(text)
    if verb == "同意" and rest.endswith("的汇报"):
        return f"会议听取了{rest}，与会人员一致同意。"
    if verb == "同意":
        return f"与会人员一致同意{rest}。"
    return "经与会人员一致同意，" + statement(text, kind)


def fraction_words(fraction: str) -> str:
    """'2/3' → 三分之二; '1/2' → 半数."""
    top, _, bottom = fraction.partition("/")
    if (top, bottom) == ("1", "2"):
        return "半数"
    denominator = _DENOMINATORS.get(bottom, bottom)
    numerator = chinese_numeral(int(top)) if top.isdigit() else top
    return f"{denominator}分之{numerator}"


def threshold_words(fraction: str, inclusive: bool, of: Base) -> str:
    """What a failed motion did not reach: 未达到到会人数三分之二 / 未超过到会人数半数."""
    base = _BASE_WORDS.get(of, "到会人数")
    if not fraction:
        return "未达到通过所需票数"
    if inclusive:
        return f"未达到{base}{fraction_words(fraction)}"
    return f"未超过{base}{fraction_words(fraction)}"


def counts_words(counts: Counts) -> str:
    return f"赞成{counts.for_}票、反对{counts.against}票、弃权{counts.abstain}票"


def failed_sentence(
    text: str, method: VoteMethod | None, counts: Counts | None, shortfall: str
) -> str:
    """会议对“…”进行了举手表决，赞成3票、反对3票、弃权1票，未达到…，未获通过。"""
    how = METHOD_WORDS.get(method, "表决") if method else "表决"
    parts = [f"会议对“{motion(text)}”进行了{how}"]
    if counts is not None:
        parts.append(counts_words(counts))
    parts += [shortfall, "未获通过"]
    return "，".join(parts) + "。"


def undecided_sentence(text: str) -> str:
    """An item of an inquorate meeting: 会议对“…”进行了讨论，未作出决定。"""
    return f"会议对“{motion(text)}”进行了讨论，未作出决定。"


def decision_sentence(
    text: str,
    kind: DecisionKind,
    outcome: Outcome | None,
    method: VoteMethod | None,
    counts: Counts | None = None,
    shortfall: str = "",
) -> str:
    """The 纪要 sentence of one decision, by its outcome and kind."""
    if outcome == Outcome.INQUORATE:
        return undecided_sentence(text)
    if outcome == Outcome.FAILED:
        return failed_sentence(text, method, counts, shortfall)
    if method == VoteMethod.CONSENSUS:
        return consensus_statement(text, kind)
    return statement(text, kind, voted=outcome != Outcome.NO_VOTE)


# ---------------------------------------------------------------- items and people

_TOPIC_VERBS = ("听取", "审议", "讨论", "研究", "学习")


def item_lead(title: str, presenter: str) -> str:
    """The sentence that opens an item: 会议听取了秘书长孙晓峰关于…的汇报。"""
    topic = title.strip().rstrip("。")
    if topic in ("其他事项", "其他", "其它事项"):
        return ""
    if topic.startswith("学习"):
        return f"会议学习了{topic.removeprefix('学习')}。"
    if topic.startswith("听取") and topic.endswith("汇报"):
        heard = topic.removeprefix("听取")
        return f"会议听取了{presenter}关于{heard}。" if presenter else f"会议听取了{heard}。"
    if not presenter:
        verb = next((v for v in _TOPIC_VERBS if topic.startswith(v)), "")
        return f"会议{verb}了{topic.removeprefix(verb)}。" if verb else f"会议研究了{topic}。"
    if topic.startswith("审议"):
        return f"会议听取了{presenter}关于{topic.removeprefix('审议')}的说明。"
    for verb in ("研究", "讨论"):
        topic = topic.removeprefix(verb)
    topic = topic.removesuffix("事宜").removesuffix("的汇报")
    return f"会议听取了{presenter}关于{topic}的汇报。"


def attendance_words(seats: int, present: int, proxies: int) -> str:
    """应到9人，实到8人，委托1人 — a proxy is not 实到."""
    text = f"应到{seats}人，实到{present}人"
    return text + (f"，委托{proxies}人" if proxies else "")


def quorum_words(fraction: str | None, quorate: bool | None) -> str:
    """'符合章程规定' / '未达到章程规定的三分之二'; '' where the 章程 sets no quorum."""
    if not fraction or quorate is None:
        return ""
    if quorate:
        return "符合章程规定"
    return f"未达到章程规定的{fraction_words(fraction)}"
