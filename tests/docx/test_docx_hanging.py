"""A closing mark that falls after a full line is printed in LibreOffice's PDF (issue 12).

The first case is the one lost from the ten-year data's busiest 纪要: an action item
opening with a typed "1." whose "；" after "（责任人：萧珍昌" comes after a full 28-character
line. LibreOffice hung such a mark into the margin and at times drew no glyph for it;
the documents now turn its hanging off (styles.no_hanging_in_libreoffice), so the mark
goes to the next line with the character before it.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from minutes_app.io.docx import convert_to_pdf, styles
from minutes_app.io.docx.builder import Builder
from minutes_app.io.docx.template import builtin_template_bytes
from tests.docx.render_helpers import require_tools

MARKS = "，。、；：（）《》"
CLOSING = "，。、；：）》"
# (a full first line, what follows it starting with a closing mark)
AFTER_FULL_LINE = [
    ("1.将团体标准编制工作进展材料整理归档（责任人：萧珍昌", "；完成时限：2023年11月2日）。"),
    ("2.将团体标准编制工作进展材料整理归档（责任人：萧珍昌", "，完成时限：2023年11月2日）。"),
    ("3.将团体标准编制工作进展材料整理归档（责任人：萧珍昌", "。完成时限：2023年11月2日）。"),
    ("12.将团体标准编制工作进展材料整理存档（责任人：萧昌", "；完成时限：2023年11月2日）。"),
    ("1.修改完善《天津市工程咨询协会合同管理办法》并报会议", "，由萧珍昌负责。"),
    ("与会人员一致同意列支经费125000元，秘书处抓紧办理", "；其余事项另行研究。"),
    ("将团体标准编制工作进展材料整理归档甲乙丙丁戊己庚辛壬", "；完成时限：2023年11月2日。"),
]
PLAIN = "天津市工程咨询协会第五届理事长会议审议通过了秘书处关于会员单位走访调研工作的方案" * 3


def _pdf_lines(tmp_path: Path, paragraphs: list[str]) -> list[str]:
    """The text lines of LibreOffice's PDF of `paragraphs` in the 纪要正文 style."""
    require_tools()
    doc = Builder(None, [styles.BODY], [])
    for text in paragraphs:
        doc.para(text)
    path = tmp_path / "hanging.docx"
    doc.document.save(str(path))
    pdf = convert_to_pdf(path, tmp_path / "hanging.pdf")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    )
    return [line.strip() for line in result.stdout.decode("utf-8").splitlines() if line.strip()]


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("full", "rest"), AFTER_FULL_LINE)
def test_a_mark_after_a_full_line_is_printed(full: str, rest: str, tmp_path: Path) -> None:
    lines = _pdf_lines(tmp_path, [full + rest])
    printed = _flat("".join(lines))
    assert {m: printed.count(m) for m in MARKS} == {m: (full + rest).count(m) for m in MARKS}
    assert printed == full + rest, lines
    # The case itself: the line is full, or its last character went down with the mark.
    assert _flat(lines[0]) in (full, full[:-1]), lines
    assert not any(line[0] in CLOSING for line in lines), lines


def test_every_document_turns_libreoffice_hanging_off(tmp_path: Path) -> None:
    """Also on a user's template whose Normal style does not say so."""
    user = docx.Document(io.BytesIO(builtin_template_bytes()))
    normal = user.styles[styles.NORMAL].element.get_or_add_pPr()
    normal.remove(normal.find(qn("w:overflowPunct")))
    template = tmp_path / "letterhead.docx"
    user.save(str(template))
    for source in (None, template):
        document = Builder(source, [styles.BODY], []).document
        ppr = document.styles[styles.NORMAL].element.pPr
        assert ppr.find(qn("w:overflowPunct")).get(qn("w:val")) == "1"


def test_a_line_of_chinese_text_holds_28_characters(tmp_path: Path) -> None:
    lines = _pdf_lines(tmp_path, [PLAIN])
    assert "".join(lines) == PLAIN
    assert len(lines[0]) == 26, lines  # after the indent of 2 characters
    assert {len(line) for line in lines[1:-1]} == {28}, lines
