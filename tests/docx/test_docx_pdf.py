"""PDF through LibreOffice: a real conversion (required on CI) and the failure paths."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import (
    LibreOfficeMissingError,
    PdfConversionError,
    convert_to_pdf,
    libreoffice_available,
    write_agenda,
    write_ballot,
    write_jiyao,
    write_news,
    write_notice,
    write_record,
    write_signin,
)
from minutes_app.io.docx import pdf as pdf_module
from minutes_app.io.docx.prose import split_verb
from tests.docx.docx_helpers import all_text, decisions_of, open_docx
from tests.docx.render_helpers import require_tools

# The sample 纪要 on the 22-line grid: its body ends on page 4 (LibreOffice carries a
# character over with a closing mark instead of hanging it), the 版记 on page 6.
SAMPLE_PAGES = 6
SLEEP = shutil.which("sleep") or "/bin/sleep"


def _pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    result = subprocess.run([*command, str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True).stdout.decode()
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def _flat(text: str) -> str:
    """Text without page numbers and whitespace, so wrapped sentences match."""
    text = re.sub(r"—\s*\d+\s*—", "", text)
    return re.sub(r"\s+", "", text)


def test_jiyao_pdf_has_title_decisions_and_expected_pages(
    archive: dict[str, Any], meeting: dict[str, Any], tmp_path: Path
) -> None:
    require_tools()
    docx_path = tmp_path / "纪要 第5期.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = convert_to_pdf(docx_path, tmp_path / "out" / "纪要.pdf")
    assert pdf.is_file()
    assert _pages(pdf) == SAMPLE_PAGES
    text = _flat(_pdf_text(pdf))
    assert "天津市工程咨询协会会议纪要" in text
    assert "天津市工程咨询协会第五届第五次理事长会议纪要" in text
    for decision in decisions_of(meeting):
        assert _flat(split_verb(decision["text"])[1]) in text, decision["text"]
    last = _pdf_text(pdf, SAMPLE_PAGES)
    assert "印发" in last and "抄送" in last
    assert re.search(rf"—\s*{SAMPLE_PAGES}\s*—", last)


def test_big_jiyao_paginates_on_the_22_line_grid(
    big_archive: dict[str, Any], tmp_path: Path
) -> None:
    require_tools()
    docx_path = tmp_path / "big.docx"
    write_jiyao(paper_source_from_json(big_archive), "m-big", docx_path)
    pdf = convert_to_pdf(docx_path, tmp_path / "big.pdf")
    pages = _pages(pdf)
    assert pages >= 40
    counts = []
    for page in range(2, pages - 1):  # page 1 has the head, the last the 版记
        lines = [line for line in _pdf_text(pdf, page).splitlines() if line.strip()]
        body, footer = lines[:-1], lines[-1]
        assert re.fullmatch(rf"\s*—\s*{page}\s*—\s*", footer), footer
        counts.append(len(body))
    # 22 lines a page; widow control and headings kept with their text may carry a
    # few lines over to the next page.
    assert max(counts) == 22 and min(counts) >= 18, counts
    assert counts.count(22) >= len(counts) // 3, counts
    cjk_lines = [
        line
        for line in _pdf_text(pdf, 5, 12).splitlines()
        if re.fullmatch(r"[\u4e00-\u9fff，。、；：（）《》]+", line)
    ]
    assert max(len(line) for line in cjk_lines) == 28


MARKS = "，。、；：？！（）《》“”"
PAPERS = {"jiyao": write_jiyao, "record": write_record, "signin": write_signin,
          "agenda": write_agenda, "notice": write_notice, "ballot": write_ballot,
          "news": write_news}  # fmt: skip


def _list_labels(path: Path) -> str:
    """The text Word's list numbering adds (一、 （一）), which is not in any w:t."""
    document = open_docx(path)
    counters: dict[tuple[str, int], int] = {}
    labels = []
    for paragraph in document.paragraphs:
        numpr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if numpr is None:
            continue
        key = (numpr.numId.val, numpr.ilvl.val)
        counters[key] = counters.get(key, 0) + 1
        labels.append("、" if numpr.ilvl.val == 0 else "（）")
    return "".join(labels)


def _marks(text: str) -> dict[str, int]:
    return {mark: text.count(mark) for mark in MARKS}


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_pdf_keeps_every_punctuation_mark_of_the_docx(
    kind: str, archive: dict[str, Any], big_archive: dict[str, Any], tmp_path: Path
) -> None:
    """A mark after a full 28-character line used to vanish from LibreOffice's PDF."""
    require_tools()
    docx_path = tmp_path / f"{kind}.docx"
    PAPERS[kind](paper_source_from_json(archive), "m-5-5", docx_path)
    pdf = convert_to_pdf(docx_path, tmp_path / f"{kind}.pdf")
    text = _pdf_text(pdf)
    expected = _marks(all_text(docx_path) + _list_labels(docx_path) + _repeated_headers(
        docx_path, text))  # fmt: skip
    assert _marks(text) == expected


def _repeated_headers(path: Path, pdf_text: str) -> str:
    """The header rows a table repeats on its next pages (their marks are printed again)."""
    flat, extra = _flat(pdf_text), ""
    for table in open_docx(path).tables:
        row = table.rows[0]
        if row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None:
            continue
        for cell in row.cells:  # cells wrap: count each cell's text on its own
            if _marks(cell.text) != _marks(""):
                extra += cell.text * max(0, flat.count(_flat(cell.text)) - 1)
    return extra


def test_big_jiyao_pdf_keeps_every_punctuation_mark(
    big_archive: dict[str, Any], tmp_path: Path
) -> None:
    require_tools()
    docx_path = tmp_path / "big.docx"
    write_jiyao(paper_source_from_json(big_archive), "m-big", docx_path)
    pdf = convert_to_pdf(docx_path, tmp_path / "big.pdf")
    expected = _marks(all_text(docx_path) + _list_labels(docx_path))
    assert _marks(_pdf_text(pdf)) == expected


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def no_soffice_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("MINUTES_APP_SOFFICE", raising=False)
    monkeypatch.setattr(pdf_module, "_CANDIDATES", ())


@pytest.fixture
def docx_file(archive: dict[str, Any], tmp_path: Path) -> Path:
    out = tmp_path / "in.docx"
    write_jiyao(paper_source_from_json(archive), "m-5-5", out)
    return out


@pytest.mark.usefixtures("no_soffice_on_path")
def test_missing_libreoffice_is_a_clear_chinese_error(docx_file: Path, tmp_path: Path) -> None:
    availability = libreoffice_available()
    assert not availability
    assert availability.reason is not None
    assert "未找到 LibreOffice" in availability.reason.render()
    assert "LibreOffice (soffice) was not found" in availability.reason.render("en")
    with pytest.raises(LibreOfficeMissingError, match="未找到 LibreOffice"):
        convert_to_pdf(docx_file, tmp_path / "out.pdf")


@pytest.mark.skipif(os.name != "posix", reason="fake soffice is a shell script")
@pytest.mark.usefixtures("no_soffice_on_path")
def test_soffice_exiting_0_without_output_is_an_error(
    docx_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "MINUTES_APP_SOFFICE",
        str(_fake_soffice(tmp_path, "echo Error: source file could not be loaded; exit 0")),
    )
    with pytest.raises(PdfConversionError, match=r"未能生成 PDF.*could not be loaded"):
        convert_to_pdf(docx_file, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.skipif(os.name != "posix", reason="fake soffice is a shell script")
@pytest.mark.usefixtures("no_soffice_on_path")
def test_soffice_hanging_is_stopped_at_the_timeout(
    docx_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINUTES_APP_SOFFICE", str(_fake_soffice(tmp_path, f"exec {SLEEP} 30")))
    started = time.monotonic()
    with pytest.raises(PdfConversionError, match="超时"):
        convert_to_pdf(docx_file, tmp_path / "out.pdf", timeout=1)
    assert time.monotonic() - started < 10


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PdfConversionError, match="不存在"):
        convert_to_pdf(tmp_path / "none.docx", tmp_path / "out.pdf")


def test_font_pairs_name_installed_substitutes_for_missing_fonts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_module, "installed_families", lambda: {"Noto Serif CJK SC", "黑体"})
    pairs = dict(pdf_module._font_pairs())
    assert pairs["仿宋_GB2312"] == "Noto Serif CJK SC"
    assert "黑体" not in pairs  # installed: used as it is
    monkeypatch.setattr(pdf_module, "installed_families", set)
    assert pdf_module._font_pairs() == []
