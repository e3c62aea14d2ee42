"""GB/T 9704 layout of the 纪要 as LibreOffice draws it: mark, 版记, page breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutes_app.io.docx import write_jiyao
from tests.docx.render_helpers import ink_rows, mm, page_image, render

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
