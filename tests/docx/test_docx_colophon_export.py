"""The 版记 of an exported .docx: laid out first, so it closes the body's even last page.

Each case imports a 纪要 whose body ends where the case says, exports the .docx as a
user does (`minutes-app minutes`), renders that .docx with LibreOffice and checks that
the 版记 sits at the foot of the last page, an even page, with no needless blank page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main
from minutes_app.domain.enums import PdfEngine
from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import Converter, measure_jiyao_room
from minutes_app.services import documents
from tests.docx.render_helpers import page_count, page_text, render, require_tools
from tests.docx.test_docx_layout import PAGE_NUMBER, _body_text, _colophon_faults

Export = Callable[[dict[str, Any]], Path]


@pytest.fixture
def export_docx(tmp_path: Path) -> Export:
    """Import `archive` into a new database and export m-5-5's 纪要 as a .docx."""

    def export(archive: dict[str, Any]) -> Path:
        require_tools()
        source = tmp_path / "archive.json"
        source.write_text(json.dumps(archive, ensure_ascii=False), encoding="utf-8")
        db = tmp_path / "minutes.db"
        assert main(["--db", str(db), "import", str(source)]) == 0
        out = tmp_path / "纪要.docx"
        assert main(["--db", str(db), "minutes", "m-5-5", str(out)]) == 0
        return out

    return export


def _ends_on_page_one(archive: dict[str, Any], meeting: dict[str, Any]) -> None:
    """No agenda and three seats: opening and attendance fit under the 版头."""
    meeting["agenda"] = []
    body = archive["bodies"][0]
    body["seats"] = body["seats"][:3]
    seated = {seat["person"] for seat in body["seats"]}
    meeting["attendance"] = [a for a in meeting["attendance"] if a["person"] in seated]


def test_body_on_page_one_gets_the_colophon_at_the_foot_of_page_two(
    archive: dict[str, Any], meeting: dict[str, Any], export_docx: Export, tmp_path: Path
) -> None:
    _ends_on_page_one(archive, meeting)
    pdf = render(export_docx(archive))
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 2 and _body_text(pdf, 2) != ""


def test_body_ending_on_page_two_with_room_is_closed_by_the_colophon(
    archive: dict[str, Any], meeting: dict[str, Any], export_docx: Export, tmp_path: Path
) -> None:
    meeting["agenda"] = meeting["agenda"][:1]
    pdf = render(export_docx(archive))
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 2, "the 版记 closes page 2: no blank page 3"
    assert "出席：" in "".join(page_text(pdf, 2).split())


def test_body_filling_page_two_gets_a_blank_page_and_the_colophon_on_page_four(
    archive: dict[str, Any], meeting: dict[str, Any], export_docx: Export, tmp_path: Path
) -> None:
    meeting["agenda"] = meeting["agenda"][:1]
    meeting["agenda"][0]["notes"] += "\n与会人员进行了讨论。" * 6
    pdf = render(export_docx(archive))
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 4 and _body_text(pdf, 3) == ""
    assert not PAGE_NUMBER.search(page_text(pdf, 3) + page_text(pdf, 4))  # GB/T 9704 7.5


def test_body_ending_on_page_three_gets_the_colophon_on_page_four(
    archive: dict[str, Any], export_docx: Export, tmp_path: Path
) -> None:
    pdf = render(export_docx(archive))
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 4 and _body_text(pdf, 3) != ""


def test_without_any_converter_the_colophon_takes_an_even_page_of_its_own(
    archive: dict[str, Any],
    meeting: dict[str, Any],
    export_docx: Export,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing can measure: page 3 stays blank, which is right in every layout."""
    monkeypatch.setattr(documents.docx, "find_converter", lambda: None)
    meeting["agenda"] = meeting["agenda"][:1]
    pdf = render(export_docx(archive))
    assert _colophon_faults(pdf, tmp_path) == []
    assert page_count(pdf) == 4 and _body_text(pdf, 3) == ""


def test_a_converter_that_cannot_start_leaves_the_colophon_its_own_page(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    """Word's PowerShell missing or broken: no measurement, no failed export."""
    broken = Converter(PdfEngine.WORD, str(tmp_path / "no-such-word"))
    assert measure_jiyao_room(paper_source_from_json(archive), "m-5-5", converter=broken) is None
