"""`minutes-app report` writes the annex (.docx) and the workbook (.xlsx) with the figures;
errors are one Chinese line and exit 1. Charts render Chinese with a real CJK font."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from minutes_app.cli import main
from minutes_app.domain.report_text import ZH
from minutes_app.io.report.charts import CHARTS, chart, cjk_fonts, png
from minutes_app.services import report
from minutes_app.store.database import Database


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "report", *args])


def test_docx_has_the_figures_and_repeats_its_header_rows(
    report_db: Database, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "年报.docx"
    assert run(db_path, "2024", str(out), "--as-of", "2025-01-01") == 0
    assert "召开会议 2 次" in capsys.readouterr().out
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "本期共召开会议2次（理事长会议2次），其中符合法定人数1次、不足法定人数1次。" in text
    assert "形成决定事项4项：通过2项，未通过1项，因不足法定人数无效1项，未表决0项。" in text
    assert "截至2025年1月1日，逾期未办2项。" in text
    assert len(doc.tables) >= 8
    for table in doc.tables:
        tr_pr = table.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    meetings = next(t for t in doc.tables if t.rows[0].cells[1].text == "会议")
    assert [c.text for c in meetings.rows[1].cells][:7] == [
        "2024-03-05", "五届三次理事长会议", "9", "4", "0", "1", "4"]  # fmt: skip
    assert len(doc.inline_shapes) == len(CHARTS)
    section = doc.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28


def test_xlsx_has_one_sheet_per_table_and_text_stays_text(
    report_db: Database, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "年报.xlsx"
    assert run(db_path, "2024", str(out), "--body", "b-presidents", "--as-of", "2025-01-01") == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "说明" and len(wb.sheetnames) == 10
    owners = wb[ZH("table.owners")]
    names = [row[0].value for row in owners.iter_rows(min_row=2)]
    assert "=1+1工程公司" in names  # a string, not a formula
    cell = next(row[0] for row in owners.iter_rows(min_row=2) if row[0].value == "=1+1工程公司")
    assert cell.data_type == "s"
    bodies = wb[ZH("table.bodies")]
    assert [c.value for c in bodies[2]][:4] == ["理事长会议", 2, 1, 1]


def test_a_year_without_meetings_is_still_a_report(
    report_db: Database, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "2019.docx"
    assert run(db_path, "2019", str(out)) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "本期未召开会议：无。" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2024", "{tmp}/a.docx", "--body", "b-none"), "找不到会议机构“b-none”"),
        (("2024", "{tmp}/missing/a.docx"), "不存在"),
    ],
)
def test_errors_are_one_chinese_line(
    report_db: Database, db_path: Path, tmp_path: Path, capsys: Any,
    args: tuple[str, ...], message: str,
) -> None:  # fmt: skip
    assert run(db_path, *(a.replace("{tmp}", str(tmp_path)) for a in args)) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_unwritable_folder_and_bad_year(
    report_db: Database, db_path: Path, tmp_path: Path, capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from minutes_app.services import report_export

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(report_export.tempfile, "mkstemp", refuse)  # root may write anywhere
    assert run(db_path, "2024", str(tmp_path / "a.docx")) == 1
    err = capsys.readouterr().err.strip()
    assert "无法在" in err and "请换一个位置" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "a.docx").exists()
    with pytest.raises(SystemExit) as usage:
        run(db_path, "二〇二四", str(tmp_path / "a.docx"))
    assert usage.value.code == 2


def test_chinese_renders_without_a_missing_glyph(report_db: Database) -> None:
    fonts = cjk_fonts()
    assert fonts and fonts[0] != "DejaVu Sans", "no CJK font: install fonts-noto-cjk"
    figures = report.year_figures(report_db, 2024)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name in CHARTS:
            assert png(chart(name, figures, ZH), dpi=60).startswith(b"\x89PNG")
    missing = [str(w.message) for w in caught if "missing" in str(w.message).lower()]
    assert missing == []
