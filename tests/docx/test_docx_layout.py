"""GB/T 9704 layout of the 纪要 as LibreOffice draws it: mark, 版记, page breaks."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from pathlib import Path
from typing import Any

import docx

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import (
    write_agenda,
    write_ballot,
    write_jiyao,
    write_record,
    write_register,
    write_signin,
)
from minutes_app.io.docx.layout import measure_jiyao_room
from minutes_app.io.docx.template import builtin_template_bytes
from tests.docx.docx_helpers import open_docx
from tests.docx.render_helpers import (
    ink_rows,
    mm,
    page_count,
    page_image,
    page_text,
    render,
    require_tools,
)

TOP_MARGIN_MM = 37  # the 版心 starts 37 mm below the page's top edge
MARK_BELOW_TEXT_TOP_MM = 35  # GB/T 9704 10.3: the mark's top edge 35 mm below the 版心's


def test_jiyao_mark_top_edge_sits_35_mm_below_the_text_block(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path)
    first = page_image(render(docx_path), 1, tmp_path / "page")
    red = ink_rows(first, red=True)
    assert red, "no red mark on page 1"
    top = mm(red[0])
    assert abs(top - (TOP_MARGIN_MM + MARK_BELOW_TEXT_TOP_MM)) <= 1.0, f"mark top at {top:.1f} mm"


LETTERHEAD = "天津市工程咨询协会秘书处信笺"


def _letterhead_template(tmp_path: Path) -> Path:
    """The built-in template with a letterhead in its (odd-page) header, as users make it."""
    document = docx.Document(io.BytesIO(builtin_template_bytes()))
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = LETTERHEAD
    path = tmp_path / "letterhead.docx"
    document.save(str(path))
    return path


def test_a_users_letterhead_is_on_every_page(archive: dict[str, Any], tmp_path: Path) -> None:
    """Measured as the export does, so no page is a blank one left before the 版记."""
    require_tools()
    docx_path = tmp_path / "纪要.docx"
    template = _letterhead_template(tmp_path)
    room = measure_jiyao_room(paper_source_from_json(archive), "m-5-5", template)
    source = paper_source_from_json(archive)
    assert write_jiyao(source, "m-5-5", docx_path, template=template, room=room) == []
    pdf = render(docx_path)
    pages = page_count(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert LETTERHEAD in page_text(pdf, page), f"no letterhead on page {page}"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


PAGE_NUMBER = re.compile(r"\s*—\s*\d+\s*—\s*")


def _page_lines(pdf: Path, page: int, starts: set[str]) -> list[tuple[str, bool]]:
    """(text, begins a paragraph) for each line of the page, page number left out.

    A line begins a paragraph when it is indented (first-line indent) and some
    paragraph of the document starts with it.
    """
    lines = []
    for line in page_text(pdf, page).splitlines():
        text = _squeeze(line)
        if not text or PAGE_NUMBER.fullmatch(line):
            continue
        indented = line[:1].isspace()
        lines.append((text, indented and any(start.startswith(text) for start in starts)))
    return lines


def _break_faults(before: list[tuple[str, bool]], after: list[tuple[str, bool]]) -> list[str]:
    """What is wrong at one page break: a lead-in stranded, a widow or an orphan."""
    (last, last_begins), (first, first_begins) = before[-1], after[0]
    faults = []
    if last.endswith("：") and last_begins and first_begins:
        faults.append(f"lead-in at the page foot: {last}")
    if last_begins and not first_begins:
        faults.append(f"orphan at the page foot: {last}")
    second_begins = after[1][1] if len(after) > 1 else True
    if not first_begins and second_begins and not before[-1][0].endswith("："):
        faults.append(f"widow at the page top: {first}")
    return faults


def test_long_jiyao_has_no_widow_orphan_or_stranded_lead_in(
    big_archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "big.docx"
    write_jiyao(paper_source_from_json(big_archive), "m-big", docx_path)
    starts = {_squeeze(p.text)[:40] for p in open_docx(docx_path).paragraphs if p.text.strip()}
    pdf = render(docx_path)
    pages = [_page_lines(pdf, page, starts) for page in range(1, page_count(pdf) + 1)]
    faults = []
    for number, (before, after) in enumerate(itertools.pairwise(pages), start=1):
        faults += [f"page {number}: {fault}" for fault in _break_faults(before, after)]
    assert not faults, "\n".join(faults)


TEXT_BOTTOM_MM = 297 - 35  # the 版心 ends 35 mm above the page's bottom edge
FOOTER_TOP_MM = 266  # the page number is drawn below this


def _colophon_faults(pdf: Path, tmp_path: Path) -> list[str]:
    """Where the 版记 is not: on the last page only, at its foot, on an even page."""
    pages = page_count(pdf)
    faults = [] if pages % 2 == 0 else [f"{pages} pages: the last page is odd"]
    last = _squeeze(page_text(pdf, pages))
    if "抄送：" not in last or "日印发" not in last:
        faults.append("抄送/印发 not on the last page")
    for page in range(1, pages):
        text = _squeeze(page_text(pdf, page))
        if "抄送：" in text or "日印发" in text:
            faults.append(f"版记 line on page {page}")
    image = page_image(pdf, pages, tmp_path / "last")
    ink = [mm(y) for y in ink_rows(image) if mm(y) < FOOTER_TOP_MM]
    if not ink or abs(ink[-1] - TEXT_BOTTOM_MM) > 1.5:
        faults.append(f"last rule at {ink[-1] if ink else 0:.1f} mm, not {TEXT_BOTTOM_MM} mm")
    return faults


def test_colophon_sits_at_the_foot_of_an_even_last_page(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path)
    assert _colophon_faults(render(docx_path), tmp_path) == []


def test_long_jiyao_colophon_sits_at_the_foot_of_an_even_last_page(
    big_archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "big.docx"
    write_jiyao(paper_source_from_json(big_archive), "m-big", docx_path)
    assert _colophon_faults(render(docx_path), tmp_path) == []


def test_measured_colophon_closes_an_even_last_page_that_has_room(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    require_tools()
    meeting["agenda"] = meeting["agenda"][:1]  # the body ends on page 2
    room = measure_jiyao_room(paper_source_from_json(archive), "m-5-5")
    assert room is not None and room.page == 2 and room.free > 2000, room
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path, room=room)
    pdf = render(docx_path)
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 2  # no page of its own: it closes the body's last page


def test_measured_colophon_of_a_body_ending_on_an_odd_page_goes_to_the_next(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    require_tools()
    # One line shorter than the sample, whose body fills page 3 and puts a line on page 4.
    notes = meeting["agenda"][2]["notes"]
    meeting["agenda"][2]["notes"] = notes.replace("时机尚不成熟", "时机不成熟")
    room = measure_jiyao_room(paper_source_from_json(archive), "m-5-5")
    assert room is not None and room.page == 3, room
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path, room=room)
    pdf = render(docx_path)
    assert _colophon_faults(pdf, tmp_path) == [] and page_count(pdf) == 4


def test_a_body_ending_on_a_full_even_page_gets_a_blank_page_before_the_colophon(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    """No room left on page 2: page 3 stays blank and the 版记 closes page 4."""
    require_tools()
    meeting["agenda"] = meeting["agenda"][:1]
    meeting["agenda"][0]["notes"] += "\n与会人员进行了讨论。" * 6
    room = measure_jiyao_room(paper_source_from_json(archive), "m-5-5")
    assert room is not None and room.page == 2 and room.free < 1300, room
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path, room=room)
    pdf = render(docx_path)
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 4 and _body_text(pdf, 3) == ""
    assert not PAGE_NUMBER.search(page_text(pdf, 3) + page_text(pdf, 4))  # GB/T 9704 7.5


def _body_text(pdf: Path, page: int) -> str:
    return PAGE_NUMBER.sub("", _squeeze(page_text(pdf, page)))


def test_record_signatures_are_never_alone_on_the_last_page(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = render(docx_path)
    last = [
        line
        for line in page_text(pdf, page_count(pdf)).splitlines()
        if line.strip() and not PAGE_NUMBER.fullmatch(line)
    ]
    assert "主持人（签字）" in _squeeze("".join(last))
    assert len(last) > 2, last  # more than 主持人/记录人 and 日期


def test_record_table_headers_and_dates_do_not_wrap(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """序号 and 责任单位（人） each on one line; a deadline fits its column unbroken."""
    docx_path = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = render(docx_path)
    pages = [page_text(pdf, n) for n in range(1, page_count(pdf) + 1)]
    lines = [line.replace(" ", "") for text in pages for line in text.splitlines()]
    heads = [line for line in lines if "事项" in line and "完成时限" in line]
    assert heads, "the 督办 table has a header row"
    assert all("序号" in h and "责任单位（人）" in h for h in heads), heads
    assert not any(line in ("序", "号") or line.endswith("（") for line in lines)
    meeting = next(m for m in archive["meetings"] if m["key"] == "m-5-5")
    dues = {dt.date.fromisoformat(a["due"]) for item in meeting["agenda"]
            for a in item["actions"] if a["due"]}  # fmt: skip
    assert dues
    for due in dues:  # each deadline whole on one line, not 2024年8月31 / 日
        text = f"{due.year}年{due.month}月{due.day}日"
        assert any(text in line for line in lines), text


def test_record_ballot_table_keeps_each_unit_on_one_line(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """记名表决: a 16-character unit such as 华夏国际工程咨询（天津）有限公司 is not broken."""
    docx_path = tmp_path / "记录.docx"
    write_record(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = render(docx_path)
    lines = [
        line.replace(" ", "")
        for page in range(1, page_count(pdf) + 1)
        for line in page_text(pdf, page).splitlines()
    ]
    meeting = next(m for m in archive["meetings"] if m["key"] == "m-5-5")
    people = {p["key"]: p for p in archive["people"]}
    units = {u["key"]: u["name"] for u in archive["units"]}
    voters = {b["person"] for item in meeting["agenda"] for d in item["decisions"]
              for b in (d.get("vote") or {}).get("ballots") or []}  # fmt: skip
    names = {units[people[key]["unit"]] for key in voters}
    assert any(len(name) >= 16 for name in names), names
    broken = [name for name in names if not any(name in line for line in lines)]
    assert not broken, broken


def test_tally_sheet_headers_do_not_wrap(archive: dict[str, Any], tmp_path: Path) -> None:
    """计票单: 序号 and 弃权 each on one line, not 序/号 and 弃/权 stacked."""
    docx_path = tmp_path / "表决票.docx"
    write_ballot(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = render(docx_path)
    text = page_text(pdf, page_count(pdf))
    lines = [line.replace(" ", "") for line in text.splitlines()]
    head = next((line for line in lines if "发出" in line and "收回" in line), "")
    assert "序号" in head and "弃权" in head, lines[:8]


def test_signin_cells_hold_long_units_titles_and_an_observer_without_a_unit(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """签到表: 16-character units and 副总工程师 unbroken; an outside observer's long
    title goes where a unit would, not down the narrow 职务 column."""
    people = {p["key"]: p for p in archive["people"]}
    people["p-wang"].update(positions=[], title_in_unit="副总工程师")
    people["p-qian"].update(unit=None, positions=[], title_in_unit="天津市发展和改革委员会处长")
    docx_path = tmp_path / "签到表.docx"
    write_signin(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = render(docx_path)
    lines = [
        line.replace(" ", "")
        for page in range(1, page_count(pdf) + 1)
        for line in page_text(pdf, page).splitlines()
    ]
    units = {u["key"]: u["name"] for u in archive["units"]}
    seated = {seat["person"] for seat in archive["bodies"][0]["seats"]}
    wanted = {units[people[key]["unit"]] for key in seated if people[key]["unit"]}
    wanted |= {"副总工程师", "天津市发展和改革委员会处长"}
    broken = [text for text in wanted if not any(text in line for line in lines)]
    assert not broken, broken


def test_register_dates_and_meetings_are_not_broken(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """决议汇编: 8月11日 and 第五届第五次会议 each whole on one line."""
    docx_path = tmp_path / "汇编.docx"
    write_register(paper_source_from_json(archive), "b-presidents", 2024, docx_path)
    pdf = render(docx_path)
    lines = [line.replace(" ", "") for line in page_text(pdf, 1).splitlines()]
    for text in ("8月11日", "第五届第五次会议"):
        assert any(text in line for line in lines), (text, lines[:12])


def test_signin_of_nine_seats_three_observers_and_a_long_place_fits_one_page(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    """时间 and 地点 each on a line of their own, not 天津市建/设大厦…; one page."""
    meeting["location"] = "天津市建设大厦三楼会议中心"
    meeting["attendance"] += [
        {"person": key, "status": "observer", "proxy": None, "note": None}
        for key in ("p-zhang", "p-wu")
    ]
    docx_path = tmp_path / "签到表.docx"
    write_signin(paper_source_from_json(archive), "m-5-5", docx_path)
    texts = [p.text for p in docx.Document(str(docx_path)).paragraphs]
    assert "地点：天津市建设大厦三楼会议中心" in texts, texts
    assert page_count(render(docx_path)) == 1


def _agenda_of(archive: dict[str, Any], titles: list[str], tmp_path: Path) -> Path:
    meeting = archive["meetings"][0]
    meeting["agenda"] = [
        {"key": f"a-{n}", "title": title, "presenter": "p-sun", "decisions": [], "actions": []}
        for n, title in enumerate(titles, start=1)
    ]
    out = tmp_path / "议程.docx"
    write_agenda(paper_source_from_json(archive), meeting["key"], out)
    return out


NINE_ITEMS = [  # the 议程 of the 2024-08-11 理事长会议: two lines an item but one
    "学习党的二十届三中全会精神",
    "审议《天津市工程咨询协会分支机构管理办法》",
    "审议成立首批专业专家委员会",
    "确定天津市工程咨询行业发展报告编制单位",
    "审议新增特邀副会长单位",
    "从副会长单位中选聘兼职秘书长助理",
    "天津市宏亚工程咨询有限公司介绍利用AI编写咨询成果报告情况",
    "协会成立30周年纪念活动筹办事宜",
    "2024年天津市工程咨询单位乙级资信（含预评价）申报最终审定",
]


def test_an_agenda_of_nine_two_line_items_fits_one_page(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """Not eight items and the ninth alone on page 2: the items close up to fit."""
    pdf = render(_agenda_of(archive, NINE_ITEMS, tmp_path))
    assert page_count(pdf) == 1
    assert "申报最终审定（汇报人：秘书长孙晓峰）" in _squeeze(page_text(pdf, 1))


def test_an_agenda_too_long_for_one_page_keeps_the_standard_pitch(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    out = _agenda_of(archive, NINE_ITEMS * 3, tmp_path)
    spacings = {
        p.paragraph_format.line_spacing
        for p in docx.Document(str(out)).paragraphs
        if p.text.startswith("二十七、")
    }
    assert spacings in ({None}, {docx.shared.Twips(579)}), spacings  # the style's 579
    assert page_count(render(out)) > 1
