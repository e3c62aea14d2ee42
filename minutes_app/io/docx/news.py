"""会议简报: the short news article the association's 会刊 prints about a meeting.

Third person, the short form of the meeting's name (第五届五次理事长会议), date, place,
chair (会议由李光辉会长主持, name before title as a newsletter says it), who attended,
what was heard, adopted and decided, and a closing sentence; no vote counts, no
attendance arithmetic, no failed motion stated as done.
"""

from __future__ import annotations

from pathlib import Path

from minutes_app.domain.enums import Attendance, MeetingStatus
from minutes_app.domain.messages import Message, msg
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Meeting
from minutes_app.io.docx import fields, phrases, prose, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.common import meeting_title, quorate, title_block
from minutes_app.io.docx.lookup import Lookup
from minutes_app.io.docx.text import chinese_date, clean_line, part_of_day

NEWS_STYLES = (styles.NORMAL, styles.BODY, styles.TITLE, styles.PAGE_NUMBER)
NAMED = 5  # decisions the article names; the others are counted


def write_news(
    source: PaperSource,
    meeting_key: str,
    out_path: str | Path,
    template: str | Path | None = None,
) -> list[Message]:
    """Write the 会议简报 of one meeting; returns warnings for the user (may be empty)."""
    warnings: list[Message] = []
    lookup = Lookup(source)
    meeting = lookup.meeting(meeting_key)
    held = quorate(meeting) is not False
    doc = Builder(template, NEWS_STYLES, warnings)
    headline = f"{_headline_name(lookup, meeting)}{'圆满召开' if held else '召开'}"
    doc.set_properties(headline, meeting_title(lookup, meeting), lookup.organisation)
    title_block(doc, headline)
    for paragraph in article(lookup, meeting, held):
        doc.para(paragraph, styles.BODY)
    if meeting.status != MeetingStatus.APPROVED:
        warnings.append(msg("news.unapproved"))
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def short_name(lookup: Lookup, meeting: Meeting) -> str:
    """第五届五次理事长会议 (the newsletter's short form); the full title otherwise."""
    body = lookup.body_name(meeting)
    term, sequence = meeting.term, meeting.sequence
    if body and term and sequence and not meeting.title:
        return f"第{chinese_numeral(term)}届{chinese_numeral(sequence)}次{body}"
    title = meeting_title(lookup, meeting)
    return title.removeprefix(lookup.organisation) or title


def _headline_name(lookup: Lookup, meeting: Meeting) -> str:
    """The organisation and the short name; a title of the meeting's own stands alone."""
    if not meeting_title(lookup, meeting).startswith(lookup.organisation):
        return meeting_title(lookup, meeting)  # 天津市2024年…评审会 names its sponsor itself
    return f"{lookup.organisation}{short_name(lookup, meeting)}"


def article(lookup: Lookup, meeting: Meeting, quorate: bool) -> list[str]:
    paragraphs = [_opening(lookup, meeting)]
    heard, done, discussed = _what_happened(lookup, meeting, quorate)
    if heard:
        paragraphs.append("会议" + "；".join(heard) + "。")
    if done:
        lead = "会议" if not heard else "会议还"
        paragraphs.append(lead + "；".join(done[:NAMED]) + "。")
    if len(done) > NAMED:  # a newsletter names the main decisions, not sixty clauses
        paragraphs.append(f"会议还就其余{len(done) - NAMED}项事项作出了决定。")
    if discussed:
        paragraphs.append("会议还就" + "、".join(discussed) + "等事项进行了讨论。")
    paragraphs.append(_closing(lookup))
    return paragraphs


def _opening(lookup: Lookup, meeting: Meeting) -> str:
    start = meeting.start
    when = f"{chinese_date(start)}{part_of_day(start)}"
    where = clean_line(meeting.location)
    text = f"{when}，{lookup.organisation}"
    text += f"在{where}召开了{short_name(lookup, meeting)}。" if where else "召开了…。"
    chair = meeting.chair
    if chair:
        text += f"会议由{lookup.person_name(chair)}{lookup.person_title(chair, start)}主持"
    attended = _attendees(lookup, meeting)
    text += f"，{attended}出席会议" if attended else ""
    observers = _titled(lookup, meeting, Attendance.OBSERVER)
    text += f"，{observers}列席会议。" if observers else "。"
    return text


def _attendees(lookup: Lookup, meeting: Meeting) -> str:
    """会长、副会长、秘书长等8人: the titles present, in order, and how many."""
    day = meeting.start
    present = [m.person for m in meeting.attendance if m.status == Attendance.PRESENT]
    titles: list[str] = []
    for key in present:
        title = lookup.person_title(key, day).split("（")[0]  # 高级工程师, not …（退休）
        if title and title not in titles:
            titles.append(title)
    if not present:
        return ""
    listed = "、".join(titles[:4])
    return f"{listed}等{len(present)}人" if listed else f"{len(present)}人"


def _titled(lookup: Lookup, meeting: Meeting, status: Attendance) -> str:
    day = meeting.start
    return "、".join(
        f"{lookup.person_title(m.person, day)}{lookup.person_name(m.person)}"
        for m in meeting.attendance
        if m.status == status
    )


def _what_happened(
    lookup: Lookup, meeting: Meeting, quorate: bool
) -> tuple[list[str], list[str], list[str]]:
    heard: list[str] = []
    done: list[str] = []
    discussed: list[str] = []
    day = meeting.start
    for item in meeting.agenda:
        title = clean_line(item.title).rstrip("。")
        decisions = item.decisions
        effective = [d for d in decisions if quorate and phrases.took_effect(d, meeting)]
        if not decisions:
            lead = prose.item_lead(title, lookup.titled_name(item.presenter, day))
            if lead:
                heard.append(lead.removeprefix("会议").rstrip("。"))
            continue
        for decision in effective:
            sentence = prose.statement(clean_line(decision.text), decision.kind)
            done.append(sentence.removeprefix("会议").rstrip("。"))
        if len(effective) < len(decisions):
            discussed.append(f"“{title}”")
    return heard, done, discussed


def _closing(lookup: Lookup) -> str:
    trade = lookup.organisation.removesuffix("协会")
    trade = f"{trade}行业" if trade else "行业"
    # The newsletter's closing: the association's intent, no claim about the meeting.
    return f"协会将继续发挥桥梁和纽带作用，团结带领全体会员单位，为推动{trade}高质量发展贡献力量。"
