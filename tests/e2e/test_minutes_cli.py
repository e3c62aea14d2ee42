"""Meeting papers from the command line, on the demo's 第五届五次理事长会议."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from minutes_app.cli import main
from minutes_app.domain.errors import UserError
from minutes_app.io.docx.prose import split_verb
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database

DEMO = Path(__file__).parents[2] / "minutes_app" / "resources" / "demo-archive.json"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    assert main(["--db", str(db), "import", str(DEMO)]) == 0
    return db


def _text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", "", "".join(parts))


def _meeting(key: str) -> dict[str, Any]:
    archive = json.loads(DEMO.read_text(encoding="utf-8"))
    return next(m for m in archive["meetings"] if m["key"] == key)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_jiyao_holds_title_decisions_attendees_and_actions(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jiyao.docx"
    assert main(["--db", str(demo_db), "minutes", "m-5-5", str(out)]) == 0
    text = _text(out)
    assert "天津市工程咨询协会第五届第五次理事长会议" in text.replace("纪要", "")
    meeting = _meeting("m-5-5")
    for item in meeting["agenda"]:
        for decision in item["decisions"]:
            assert _flat(split_verb(decision["text"])[1]) in text
        for action in item["actions"]:
            assert _flat(action["title"]) in text
    assert "五届理事长会决〔2024〕" in text
    assert "出席：" in text and "列席：" in text


@pytest.mark.parametrize("kind", ["record", "signin", "agenda", "notice", "ballot", "news"])
def test_other_papers(kind: str, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.docx"
    assert main(["--db", str(demo_db), "minutes", "m-5-5", str(out), "--kind", kind]) == 0
    text = _text(out)
    assert "理事长会议" in text
    if kind == "signin":
        assert "李光辉" in text  # a seat of the body


def test_register_of_a_year(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.docx"
    assert main(["--db", str(demo_db), "register", "b-presidents", "2024", str(out)]) == 0
    text = _text(out)
    assert "五届理事长会决〔2024〕1号" in text
    assert "五届理事长会决〔2024〕12号" in text


def test_control_characters_typed_by_a_user_do_not_break_the_export(
    tmp_path: Path, sample: dict[str, Any], write_json: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "c.db"
    assert main(["--db", str(db_path), "import", str(write_json(sample))]) == 0
    db = open_database(db_path)
    doc = get_meeting(db, "m-5-5")
    doc.agenda[0].title = "审议\x0b办法\x01😀𠀀"
    with pytest.raises(UserError, match=r"agenda\[0\]\.title.*U\+000B"):
        save_meeting(db, doc)  # refused at entry, naming the field
    db.dispose()
    conn = sqlite3.connect(db_path)  # as stored before the entry rule existed
    with conn:
        conn.execute("UPDATE agenda_items SET title = ?", ("审议\x0b办法\x01😀𠀀",))
    conn.close()
    out = tmp_path / "c.docx"
    assert main(["--db", str(db_path), "minutes", "m-5-5", str(out)]) == 0
    assert "审议办法〓〓" in _text(out)  # the fonts have neither: replaced, and named
    assert "😀" in capsys.readouterr().err


def test_unknown_meeting_and_wrong_suffix(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "minutes", "m-none", str(tmp_path / "x.docx")]) == 1
    assert "找不到会议" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(demo_db), "minutes", "m-5-5", str(tmp_path / "x.txt")])
    assert exit_info.value.code == 2
    assert not (tmp_path / "x.docx").exists()


def test_pdf_without_word_wps_or_libreoffice_says_what_to_do(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setattr("minutes_app.io.docx.find_converter", lambda: None)
    out = tmp_path / "m-5-5.pdf"
    assert main(["--db", str(demo_db), "minutes", "m-5-5", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Word" in err and "WPS" in err and "另存为 PDF" in err
    assert not out.exists() and not list(tmp_path.glob("*.docx"))


def test_demo_jiyao_as_pdf(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """LibreOffice renders the 纪要: every page numbered, the title and each decision found."""
    tools = [t for t in ("soffice", "pdftotext", "pdfinfo", "fc-list") if shutil.which(t) is None]
    if tools:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install {', '.join(tools)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(tools)}")
    out = tmp_path / "m-5-5.pdf"
    assert main(["--db", str(demo_db), "minutes", "m-5-5", str(out)]) == 0
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    missing = [font for font in ("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312")
               if font not in families.replace(",", "\n").splitlines()]  # fmt: skip
    err = capsys.readouterr().err
    for font in missing:  # the PDF shows substitutes: the warning names each font
        assert "缺少字体" in err and font in err
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")  # fmt: skip
    numbers = [int(n) for n in re.findall(r"—\s*(\d+)\s*—", text)]
    assert numbers == list(range(1, pages + 1))  # one "— n —" per page, in order
    assert 4 <= pages <= 12
    flat = re.sub(r"—\d+—", "", _flat(text))
    assert "天津市工程咨询协会第五届" in flat and "第五次理事长会议纪要" in flat
    for item in _meeting("m-5-5")["agenda"]:
        for decision in item["decisions"]:
            assert _flat(split_verb(decision["text"])[1]) in flat, decision["key"]


def test_a_correction_shows_in_the_jiyao_as_a_gengzheng_note(demo_db: Path, tmp_path: Path) -> None:
    import datetime as dt

    from minutes_app.services.corrections import record_correction

    db = open_database(demo_db)
    record_correction(db, "m-5-5", "location", "协会第一会议室", "原记录地点有误", "孙晓峰",
                      when=dt.datetime(2024, 8, 20, 10, 0))  # fmt: skip
    db.dispose()
    out = tmp_path / "corrected.docx"
    assert main(["--db", str(demo_db), "minutes", "m-5-5", str(out)]) == 0
    text = _text(out)
    assert "更正：2024年8月20日，孙晓峰将“会议地点”由“协会会议室”更正为“协会第一会议室”" in text
    assert "理由：原记录地点有误。" in text
