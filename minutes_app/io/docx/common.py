"""Pieces several documents share: the meeting's title, attendance summary, corrections."""

from __future__ import annotations

import re

from docx.shared import Twips
from docx.text.paragraph import Paragraph

from minutes_app.domain.enums import Attendance
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.records import Meeting
from minutes_app.io.docx import prose, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import chinese_date, clean_line, split_title

TITLE_CHARS = 20  # 2号 characters on one line of the 156 mm text block


def meeting_title(lookup: Lookup, meeting: Meeting) -> str:
    """The meeting's title: as exported, as typed, or made from body, term and sequence."""
    title = (meeting.figures.title if meeting.figures else None) or meeting.title
    if title:
        return clean_line(title)
    term, sequence = meeting.term, meeting.sequence
    numbering = ""
    if term and sequence:
        numbering = f"第{chinese_numeral(term)}届第{chinese_numeral(sequence)}次"
    return f"{lookup.organisation}{numbering}{lookup.body_name(meeting)}"


def short_title(lookup: Lookup, meeting: Meeting) -> str:
    """The title without the organisation's name: 第五届第五次理事长会议."""
    title = meeting_title(lookup, meeting)
    organisation = lookup.organisation
    if organisation and title.startswith(organisation) and len(title) > len(organisation):
        return title[len(organisation) :]
    return title


def title_block(
    doc: Builder,
    title: str,
    width: int = TITLE_CHARS,
    gap: bool = True,
    keep: tuple[str, ...] = (),
) -> Paragraph:
    """The title in balanced lines, `keep` names unbroken; a line's space after when `gap`."""
    paragraph = doc.lines(split_title(title, width, keep), styles.TITLE)
    if gap:
        paragraph.paragraph_format.space_after = Twips(styles.LINE_PITCH)
    return paragraph


def attendance_summary(lookup: Lookup, meeting: Meeting) -> str:
    """会议应到9人，实到8人，委托1人，符合章程规定 (nothing on quorum without a rule)."""
    facts = meeting.figures
    groups = lookup.attendance(meeting)
    proxies = len(groups[Attendance.PROXY])
    if facts is not None:
        seats, voting = facts.seats, facts.voting_attendance
    else:
        seats = len(lookup.seat_keys(meeting))
        voting = len(groups[Attendance.PRESENT]) + proxies
    text = "会议" + prose.attendance_words(seats, voting - proxies, proxies)
    body = lookup.body_of(meeting)
    quorum = body.quorum if body else None
    fraction = quorum.fraction if quorum else ""
    has_rule = bool(fraction) and facts is not None and facts.quorum_required is not None
    verdict = prose.quorum_words(fraction if has_rule else None, quorate(meeting))
    return f"{text}，{verdict}" if verdict else text


def quorate(meeting: Meeting) -> bool | None:
    """Whether the meeting had its quorum; None when the record says nothing of it."""
    return meeting.figures.quorate if meeting.figures else None


_FIELD_NAMES = {
    "location": "会议地点",
    "title": "会议名称",
    "start": "会议开始时间",
    "end": "会议结束时间",
    "chair": "主持人",
    "recorder": "记录人",
    "notes": "讨论情况",
    "text": "内容",
    "presenter": "汇报人",
    "for": "同意票数",
    "against": "反对票数",
    "abstain": "弃权票数",
    "method": "表决方式",
    "due": "完成时限",
    "owner": "责任人",
}
_FIELD_PART = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


def describe_field(path: str) -> str:
    """`agenda[0].decisions[1].text` → 第一项议题中的第二项决定的内容, for the 更正 note."""
    words = []
    for part in path.split("."):
        match = _FIELD_PART.fullmatch(part)
        if match is None:
            return f"“{clean_line(path)}”"
        name, index = match.group(1), [int(i) for i in re.findall(r"\d+", match.group(2))]
        if name == "agenda" and index:
            words.append(f"第{chinese_numeral(index[0] + 1)}项议题")
        elif name == "decisions" and index:
            words.append(f"中的第{chinese_numeral(index[0] + 1)}项决定")
        elif name == "actions" and index:
            words.append(f"中的第{chinese_numeral(index[0] + 1)}项落实事项")
        elif name in _FIELD_NAMES:
            words.append(("的" if words else "") + _FIELD_NAMES[name])
        elif name != "vote":
            return f"“{clean_line(path)}”"
    return "“" + "".join(words) + "”"


def corrections(doc: Builder, lookup: Lookup, meeting: Meeting, style: str = styles.BODY) -> None:
    """更正 notes recorded after the minutes were approved."""
    for entry in meeting.corrections:
        by = lookup.person_name(entry.by) if entry.by else ""
        when = chinese_date(entry.at)
        field = describe_field(entry.field)
        text = f"{when}，{by}将{field}由“{clean_line(entry.old)}”"
        text += f"更正为“{clean_line(entry.new)}”"
        reason = clean_line(entry.reason)
        text += f"，理由：{reason}。" if reason else "。"
        doc.labelled("更正：", text.lstrip("，"), style)
