"""GB/T 9704 layout of the 纪要 as LibreOffice draws it: mark, 版记, page breaks."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx

from minutes_app.io.docx import write_jiyao
from minutes_app.io.docx.template import builtin_template_bytes
from tests.docx.render_helpers import (
    ink_rows,
    mm,
    page_count,
    page_image,
    page_text,
    render,
)

TOP_MARGIN_MM = 37  # the 版心 starts 37 mm below the page's top edge
MARK_BELOW_TEXT_TOP_MM = 35  # GB/T 9704 10.3: the mark's top edge 35 mm below the 版心's


def test_jiyao_mark_top_edge_sits_35_mm_below_the_text_block(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    docx_path = tmp_path / "纪要.docx"
    write_jiyao(archive, "m-5-5", docx_path)
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
    docx_path = tmp_path / "纪要.docx"
    assert write_jiyao(archive, "m-5-5", docx_path, template=_letterhead_template(tmp_path)) == []
    pdf = render(docx_path)
    pages = page_count(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert LETTERHEAD in page_text(pdf, page), f"no letterhead on page {page}"
