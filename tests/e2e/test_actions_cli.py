"""`minutes-app actions OUT.xlsx|OUT.csv|OUT.ics [--open] [--as-of DATE]`, read back with
openpyxl, the csv module and the icalendar parser."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

T3_TITLE = "组建专家委员会, 制定章程; 并报备"  # commas and semicolons escaped in .ics
AS_OF = "2024-10-01"  # t-2 (due 09-30, open) is overdue; t-3 (due 10-15) is not


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]) -> Path:
    """The sample with four items: done, open (overdue), in progress, cancelled."""
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    sample["meetings"][0]["agenda"][0]["actions"] += [
        {"key": "t-3", "title": "组建专家委员会, 制定章程; 并报备", "owner": {"committee": "c-ai"},
         "due": "2024-10-15", "status": "in_progress", "decision": "d-2",
         "updates": [{"on": "2024-09-01", "note": "已征集委员\n下一步：开会",
                      "status": "in_progress"}]},
        {"key": "t-4", "title": "已取消的事项", "owner": {"unit": "u-fangyou"},
         "due": "2024-09-01", "status": "cancelled", "decision": None, "updates": []},
    ]  # fmt: skip
    path = tmp_path / "actions.db"
    database = open_database(path)
    import_archive(database, write_json(sample))
    database.dispose()
    return path


def export(db: Path, out: Path, *options: str, home: Path) -> subprocess.CompletedProcess[str]:
    result = run("--db", str(db), "actions", str(out), *options, home=home)
    assert result.returncode == 0, result.stderr
    return result


def test_xlsx_has_header_frozen_pane_dates_filter_and_overdue_fill(
    db: Path, tmp_path: Path, isolated_home: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "督办.xlsx"
    result = export(db, out, "--as-of", AS_OF, home=isolated_home)
    assert "4 项督办事项" in result.stdout
    sheet = load_workbook(out)["督办事项"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["序号", "督办事项", "责任方", "完成时限", "状态", "是否逾期"]
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}5"
    due_col = header.index("完成时限") + 1
    rows = {sheet.cell(r, 2).value: r for r in range(2, sheet.max_row + 1)}
    assert set(rows) == {"印发《分支机构管理办法》", "通知房友公司", T3_TITLE, "已取消的事项"}
    due = sheet.cell(rows["通知房友公司"], due_col)
    assert due.is_date and due.value.date() == dt.date(2024, 9, 30)
    overdue = sheet.cell(rows["通知房友公司"], 2).fill.fgColor.rgb
    assert overdue not in (None, "00000000")
    assert sheet.cell(rows["通知房友公司"], header.index("是否逾期") + 1).value == "逾期"
    for title in ("组建专家委员会, 制定章程; 并报备", "印发《分支机构管理办法》"):
        assert sheet.cell(rows[title], 2).fill.fgColor.rgb != overdue


def test_csv_has_a_bom_and_the_chinese_intact(
    db: Path, tmp_path: Path, isolated_home: Path
) -> None:
    out = tmp_path / "actions.csv"
    export(db, out, "--as-of", AS_OF, home=isolated_home)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    by_title = {r["督办事项"]: r for r in rows}
    t3 = by_title["组建专家委员会, 制定章程; 并报备"]
    assert t3["责任方"] == "咨询成果智能化专家委员会"
    assert t3["最新进展"] == "已征集委员\n下一步：开会"
    assert by_title["通知房友公司"]["完成时限"] == "2024-09-30"
    assert by_title["通知房友公司"]["是否逾期"] == "逾期"


def test_ics_one_all_day_event_per_open_item_with_stable_uids(
    db: Path, tmp_path: Path, isolated_home: Path
) -> None:
    import icalendar

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export(db, first, home=isolated_home)
    export(db, second, "--as-of", AS_OF, home=isolated_home)
    raw = first.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in lines) <= 75
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2  # open t-2 and in-progress t-3; done and cancelled are not
    starts = {str(e["SUMMARY"]): e["DTSTART"].dt for e in events}
    assert starts == {"督办：通知房友公司（孙晓峰）": dt.date(2024, 9, 30),
                      "督办：组建专家委员会, 制定章程; 并报备（咨询成果智能化专家委员会）":
                      dt.date(2024, 10, 15)}  # fmt: skip
    for event in events:
        assert type(event["DTSTART"].dt) is dt.date
        assert event["DTEND"].dt - event["DTSTART"].dt == dt.timedelta(days=1)
        assert "DTSTAMP" in event
    assert "已征集委员\n下一步：开会" in str(events[1]["DESCRIPTION"])
    uids = sorted(str(e["UID"]) for e in events)
    again = sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(second.read_bytes())
                   .walk("VEVENT"))  # fmt: skip
    assert uids == again == ["m-5-5.t-2@minutes-app", "m-5-5.t-3@minutes-app"]


def test_open_means_open_and_in_progress(db: Path, tmp_path: Path, isolated_home: Path) -> None:
    out = tmp_path / "open.csv"
    result = export(db, out, "--open", "--as-of", AS_OF, home=isolated_home)
    assert "2 项督办事项" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        statuses = sorted(r["状态"] for r in csv.DictReader(handle))
    assert statuses == ["未开始", "进行中"]


def test_as_of_decides_what_is_overdue(db: Path, tmp_path: Path, isolated_home: Path) -> None:
    def overdue_on(day: str) -> list[str]:
        out = tmp_path / f"{day}.csv"
        export(db, out, "--as-of", day, home=isolated_home)
        with out.open(encoding="utf-8-sig", newline="") as handle:
            return sorted(r["督办事项"] for r in csv.DictReader(handle) if r["是否逾期"])

    assert overdue_on("2024-09-30") == []  # due today is not overdue
    assert overdue_on("2024-10-01") == ["通知房友公司"]
    assert overdue_on("2024-10-16") == ["组建专家委员会, 制定章程; 并报备", "通知房友公司"]


def test_wrong_extension_is_a_usage_error(db: Path, tmp_path: Path, isolated_home: Path) -> None:
    result = run("--db", str(db), "actions", str(tmp_path / "out.txt"), home=isolated_home)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert ".xlsx" in result.stderr
    result = run("--db", str(db), "actions", str(tmp_path / "o.csv"), "--as-of", "tomorrow",
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 2


def test_other_failures_exit_1_with_one_chinese_line(
    db: Path, tmp_path: Path, isolated_home: Path
) -> None:
    result = run("--db", str(db), "actions", str(tmp_path / "missing" / "o.xlsx"),
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "不存在" in result.stderr
    result = run("--db", str(tmp_path / "none.db"), "actions", str(tmp_path / "o.xlsx"),
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1


def test_docx_sheet_groups_items_by_owner(db: Path, tmp_path: Path, isolated_home: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "督办单.docx"
    export(db, out, "--open", "--as-of", AS_OF, home=isolated_home)
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["一、孙晓峰（1项，逾期1项）", "二、咨询成果智能化专家委员会（1项）"]
    assert len(document.tables) == 2
    first = document.tables[0].rows[1].cells
    assert first[1].text == "通知房友公司"
    assert first[4].text == "未开始\n已逾期"
    fonts = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert fonts is not None and fonts.get(qn("w:eastAsia"))
