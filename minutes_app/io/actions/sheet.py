"""督办单 (.docx): the items grouped by owner, one table per owner, landscape A4.

Built on the app's own zh-CN template through io/docx's Builder, whose styles carry the
East Asian font (w:eastAsia) with the theme fonts removed.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from lxml import etree

from minutes_app.domain.actions import ActionRow
from minutes_app.domain.numerals import chinese_numeral
from minutes_app.domain.titles import chinese_date
from minutes_app.io.actions.columns import status_text
from minutes_app.io.docx import fields, styles
from minutes_app.io.docx.builder import Builder, no_split
from minutes_app.io.docx.common import title_block
from minutes_app.io.docx.text import clean

SHEET_STYLES = (
    styles.NORMAL,
    styles.TITLE,
    styles.ISSUE_NO,
    styles.HEADING_1,
    styles.SMALL_TEXT,
    styles.SMALL_HEAD,
    styles.TABLE_GRID,
    styles.PAGE_NUMBER,
)
HEADERS = ("序号", "督办事项", "来源会议", "完成时限", "状态", "最新进展")
SHARES = (6, 29, 22, 11, 9, 23)  # per cent of the text width
NO_OWNER = "未指定责任方"
CENTRED = (0, 3, 4)  # 序号, 完成时限, 状态
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def write_sheet(path: Path, rows: Sequence[ActionRow], as_of: dt.date, organisation: str) -> int:
    doc = Builder(None, SHEET_STYLES, [], landscape=True)
    title_block(doc, f"{organisation}督办事项清单", width=30)
    overdue = sum(r.is_overdue(as_of) for r in rows)
    summary = f"截至{chinese_date(as_of)}，共{len(rows)}项" + (
        f"，其中逾期{overdue}项" if overdue else ""
    )
    doc.para(summary, styles.ISSUE_NO)
    widths = [doc.text_width * share // 100 for share in SHARES]
    for number, (owner, items) in enumerate(group_by_owner(rows).items(), 1):
        late = sum(r.is_overdue(as_of) for r in items)
        counts = f"{len(items)}项" + (f"，逾期{late}项" if late else "")
        doc.para(f"{chinese_numeral(number)}、{owner}（{counts}）", styles.HEADING_1)
        table = doc.table(HEADERS, widths, head_style=styles.SMALL_HEAD)
        text_style = doc.style(styles.SMALL_TEXT).style_id
        _add_rows(table, [_cells(n, row, as_of) for n, row in enumerate(items, 1)], text_style)
        no_split(table)
    if not rows:
        doc.para("没有符合条件的督办事项。", styles.ISSUE_NO)
    fields.add_page_numbers(doc.document)
    doc.save(path)
    return len(rows)


def group_by_owner(rows: Sequence[ActionRow]) -> dict[str, list[ActionRow]]:
    """Owners in the order their first item comes (overdue items come first)."""
    groups: dict[str, list[ActionRow]] = {}
    for row in rows:
        groups.setdefault(row.owner_name or NO_OWNER, []).append(row)
    return groups


def _cells(index: int, row: ActionRow, as_of: dt.date) -> tuple[str, ...]:
    due = chinese_date(row.due) if row.due else "—"
    if row.extensions:
        due += f"\n（已延期{row.extensions}次）"
    status = status_text(row.status) + ("\n已逾期" if row.is_overdue(as_of) else "")
    latest = (
        f"{row.latest_note}（{chinese_date(row.latest_on)}）"
        if row.latest_note and row.latest_on
        else (row.latest_note or "")
    )
    origin = f"{row.meeting_title}（{chinese_date(row.meeting_day)}）"
    return (str(index), row.title, origin, due, status, latest)


def _add_rows(table: Table, rows: list[tuple[str, ...]], style_id: str) -> None:
    """Rows made from one prototype row (python-docx is slow, row by row, on long lists)."""
    if not rows:
        return
    cells = table.add_row().cells
    for index, cell in enumerate(cells):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        ppr = cell.paragraphs[0]._p.get_or_add_pPr()
        ppr.style = style_id
        if index in CENTRED:
            ppr.jc_val = WD_ALIGN_PARAGRAPH.CENTER
    prototype = table.rows[-1]._tr
    table._tbl.remove(prototype)
    for values in rows:
        tr = copy.deepcopy(prototype)
        for tc, value in zip(tr.tc_lst, values, strict=True):
            _put_text(tc.p_lst[0], clean(value))
        table._tbl.append(tr)


def _put_text(paragraph: BaseOxmlElement, text: str) -> None:
    """One run holding `text`, its line breaks as w:br."""
    if not text:
        return
    run = etree.SubElement(paragraph, qn("w:r"))
    for number, line in enumerate(text.split("\n")):
        if number:
            etree.SubElement(run, qn("w:br"))
        node = etree.SubElement(run, qn("w:t"))
        node.text = line
        node.set(XML_SPACE, "preserve")
