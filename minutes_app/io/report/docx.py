"""The 年度工作报告 annex as Word: GB/T 9704 body styles (A4, 37/35/28/26 mm margins, 仿宋
3号 body, 黑体 headings), each chart at 300 dpi above its table, 表头 repeated."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Twips

from minutes_app.domain.messages import Message
from minutes_app.domain.report import Figures
from minutes_app.domain.report_tables import Rate, Table, tables
from minutes_app.domain.report_text import ZH
from minutes_app.domain.titles import chinese_date
from minutes_app.io.docx import fields, styles
from minutes_app.io.docx.builder import Builder, no_split
from minutes_app.io.docx.common import title_block
from minutes_app.io.report.charts import chart, png

REPORT_STYLES = (
    styles.NORMAL,
    styles.TITLE,
    styles.ISSUE_NO,
    styles.BODY,
    styles.HEADING_1,
    styles.TABLE_TEXT,
    styles.TABLE_HEAD,
    styles.SMALL_TEXT,
    styles.SMALL_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
SECTIONS = (
    ("一、会议召开情况", ("table.months", "table.bodies")),
    ("二、出席情况", ("table.meetings", "table.seats")),
    ("三、决定事项", ("table.decisions",)),
    ("四、会员层级和机构变更", ("table.registry", "table.committees")),
    ("五、督办事项办理情况", ("table.actions", "table.owners")),
)


def write_report_docx(f: Figures, organisation: str, out_path: str | Path) -> list[Message]:
    warnings: list[Message] = []
    doc = Builder(None, REPORT_STYLES, warnings)
    scope = f.body.name if f.body else "各会议机构"
    title_block(doc, f"{organisation}{f.period.label}会议和督办工作统计")
    doc.para(f"（{scope}，{_span(f)}）", styles.ISSUE_NO)
    doc.para("", styles.NORMAL)
    by_key = {t.key: t for t in tables(f, ZH)}
    summaries = _summaries(f)
    for (heading, keys), summary in zip(SECTIONS, summaries, strict=True):
        doc.para(heading, styles.HEADING_1)
        doc.para(summary, styles.BODY)
        for key in keys:
            _table_block(doc, f, by_key[key])
    doc.para("六、统计口径", styles.HEADING_1)
    for line in RULES:
        doc.para(line, styles.BODY)
    fields.add_page_numbers(doc.document)
    doc.save(out_path)
    return warnings


def _span(f: Figures) -> str:
    return f"{chinese_date(f.period.start)}至{chinese_date(f.period.end)}"


def _table_block(doc: Builder, f: Figures, table: Table) -> None:
    if table.chart:
        _picture(doc, png(chart(table.chart, f, ZH)))
    doc.para(ZH(table.key), styles.ISSUE_NO)
    if not table.rows:
        doc.para("无", styles.ISSUE_NO)
        return
    small = len(table.columns) > 4
    head, text = (
        (styles.SMALL_HEAD, styles.SMALL_TEXT) if small else (styles.TABLE_HEAD, styles.TABLE_TEXT)
    )
    grid = doc.table(table.columns, _widths(doc.text_width, table), head_style=head)
    numeric = [i for i, v in enumerate(table.rows[0]) if not isinstance(v, str) and i]
    for row in table.rows:
        doc.row(grid, [str(v) for v in row], text, centred=numeric)
    no_split(grid)
    doc.para("", styles.NORMAL)


def _widths(total: int, table: Table) -> list[int]:
    """Text columns get three shares, dates 2.6, rates two (“100.0%”), counts one."""
    first = table.rows[0] if table.rows else ()
    shares = [_share(v) for v in first] or [1.0] * len(table.columns)
    widths = [int(total * s / sum(shares)) for s in shares]
    widths[0] += total - sum(widths)
    return widths


def _share(value: object) -> float:
    if isinstance(value, Rate):
        return 2.0
    if not isinstance(value, str) or _looks_numeric(value):
        return 1.0
    return 2.6 if len(value) == 10 and value[4] == "-" else 3.0  # an ISO date is short


def _looks_numeric(text: str) -> bool:
    return text.replace(".", "", 1).replace("—", "").isdigit() or text == "—"


def _picture(doc: Builder, image: bytes) -> None:
    paragraph = doc.para("", styles.TABLE_TEXT)  # single spacing: an exact pitch clips it
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run().add_picture(io.BytesIO(image), width=Twips(doc.text_width))


def _summaries(f: Figures) -> Sequence[str]:
    held = [b for b in f.body_meetings if b.held]
    per_body = "、".join(f"{f.body_name(b.body_key)}{b.held}次" for b in held)
    inquorate = sum(b.inquorate for b in held)
    meetings = (
        f"本期共召开会议{f.held}次（{per_body}），其中符合法定人数{f.held - inquorate}次、"
        f"不足法定人数{inquorate}次。"
        if f.held
        else "本期未召开会议：无。"
    )
    total = f.held and sum(m.tally.base for m in f.meetings)
    voting = sum(m.tally.present + m.tally.proxy for m in f.meetings)
    rate = Rate(voting / total if total else None)
    attendance = (
        f"各次会议应到{total}人次，出席（含委托）{voting}人次，出席率{rate}。" if f.held else "无。"
    )
    d = f.decisions
    decisions = (
        f"形成决定事项{d.total}项：通过{d.passed}项，未通过{d.failed}项，"
        f"因不足法定人数无效{d.inquorate}项，未表决{d.no_vote}项。"
        if d.total
        else "无。"
    )
    granted = sum(t.granted for t in f.registry.tiers)
    revoked = sum(t.revoked for t in f.registry.tiers)
    registry = (
        f"经决定授予会员层级{granted}家次、撤销{revoked}家次；设立专门委员会或分支机构"
        f"{len(f.registry.established)}个、撤销{len(f.registry.dissolved)}个。"
    )
    a = f.actions
    median = "—" if a.median_days is None else f"{a.median_days:g}天"
    actions = (
        f"新增督办事项{a.opened}项，办结{a.closed + a.undated}项（按时办结{a.on_time}项），"
        f"取消{a.cancelled}项；办结用时中位数{median}。截至{chinese_date(a.as_of)}，"
        f"逾期未办{a.overdue}项。"
    )
    return meetings, attendance, decisions, registry, actions


RULES = (
    "召开的会议：开始日期在统计期内、状态为已召开、纪要起草中或纪要已审定的会议（筹备中的不计）。",
    "出席率：（出席＋委托）÷应到；应到为会议纪要记载的该届席位数，未登记的席位计为缺席。",
    "法定人数：以会议纪要记载的实到人数与章程规定的比例判定。",
    "决定事项：统计期内召开的会议所作的决定，按表决结果分为通过、未通过、不足法定人数（无效）和未表决。",
    "会员层级和机构变更：统计期内召开的会议中获得通过的决定所产生的变更。",
    "督办事项：新增按所属会议的日期计；办结以最后一次标记“已完成”的进展记录日期为办结日期，"
    "办结日期不晚于完成时限为按时办结；逾期未办为完成时限早于统计日、状态为未开始或进行中的事项。",
)
