"""Audit findings 1 and 2: text that a spreadsheet would run, or that a format cannot hold.

A unit named like a formula stays text in every export (xlsx cells typed as strings,
csv fields guarded by one quote) and comes back exactly through `import-units`.
Control characters stored before the entry rule existed are removed at every export;
new ones are refused at entry with a message naming the field.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from minutes_app.cli import main
from minutes_app.domain.errors import UserError
from minutes_app.services import registry
from minutes_app.services.archive import import_archive
from minutes_app.services.registry_edit import UnitFields, add_unit, update_unit
from minutes_app.store.database import open_database

FORMULA = "=cmd|' /C calc'!A0"
HOSTILE = ["=1+1", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tTAB", '=HYPERLINK("http://x","y")']
CONTROLS = "天津\x00宏亚\x1b工程\u202e咨询\x7f\x85有限公司\ufffe"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def formula_db(tmp_path: Path, sample: dict[str, Any], write_json: Any) -> Path:
    """The sample with the secretariat (owner of t-1) and a member named like formulas."""
    sample["units"][0]["name"] = FORMULA
    sample["units"][1]["name"] = HOSTILE[0]
    sample["units"][2]["name"] = HOSTILE[1]
    path = tmp_path / "formula.db"
    db = open_database(path)
    import_archive(db, write_json(sample))
    db.dispose()
    return path


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/worksheets/sheet1.xml").decode("utf-8")


@pytest.mark.parametrize("command", ["units", "actions"])
def test_xlsx_exports_keep_formula_names_as_text(
    formula_db: Path, tmp_path: Path, capsys: Any, command: str
) -> None:
    out = tmp_path / f"{command}.xlsx"
    code, _, err = cli(capsys, "--db", str(formula_db), command, str(out))
    assert code == 0, err
    assert "<f>" not in _sheet_xml(out)
    cells = [c for row in load_workbook(out).worksheets[0].iter_rows() for c in row]
    named = [c for c in cells if c.value in (FORMULA, *HOSTILE)]
    assert named and {c.data_type for c in named} == {"s"}


@pytest.mark.parametrize("command", ["units", "actions"])
def test_csv_exports_guard_formula_fields_with_one_quote(
    formula_db: Path, tmp_path: Path, capsys: Any, command: str
) -> None:
    out = tmp_path / f"{command}.csv"
    code, _, err = cli(capsys, "--db", str(formula_db), command, str(out))
    assert code == 0, err
    fields = [f for row in csv.reader(out.open(encoding="utf-8-sig")) for f in row]
    assert {"'" + name for name in (FORMULA, *HOSTILE[:2])} & set(fields)
    assert not [f for f in fields if f[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [f for f in fields if f.startswith("-") and not f[1:].isdigit()]


def test_a_guarded_csv_imports_back_exactly(formula_db: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "units.csv"
    assert cli(capsys, "--db", str(formula_db), "units", str(out))[0] == 0
    fresh = tmp_path / "fresh.db"
    code, _, err = cli(capsys, "--db", str(fresh), "import-units", str(out))
    assert code == 0, err
    db = open_database(fresh)
    try:
        names = {u.name for u in registry.load_units(db)}
    finally:
        db.dispose()
    assert HOSTILE[1] in names and "'" + HOSTILE[1] not in names


def test_names_that_look_like_formulas_import_as_plain_text(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "members.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["名称"], *[[name] for name in HOSTILE[:4] + HOSTILE[5:]]])
    db_path = tmp_path / "m.db"
    code, _, err = cli(capsys, "--db", str(db_path), "import-units", str(path))
    assert code == 0, err
    out = tmp_path / "back.xlsx"
    assert cli(capsys, "--db", str(db_path), "units", str(out))[0] == 0
    assert "<f>" not in _sheet_xml(out)


def test_a_formula_cell_in_an_imported_xlsx_is_refused(tmp_path: Path, capsys: Any) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["名称", "联系人"])
    sheet.append(["天津甲公司", "王明"])
    sheet.append(['=HYPERLINK("http://evil","天津乙公司")', "李红"])
    book.save(tmp_path / "f.xlsx")
    db_path = tmp_path / "m.db"
    code, _, err = cli(capsys, "--db", str(db_path), "import-units", str(tmp_path / "f.xlsx"))
    assert code == 1
    assert "第3行" in err and "公式" in err and err.count("\n") == 1, err


# --- finding 2: control characters -----------------------------------------------------


def _plant(db_path: Path, text: str) -> None:
    """Text stored before the entry rule existed (written past the services)."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE units SET name = ? WHERE key = 'u-assoc'", (text,))
        conn.execute("UPDATE units SET contact = ? WHERE key = 'u-fangyou'", (text,))
        conn.execute("UPDATE action_items SET title = ? WHERE key = 't-2'", (text + "任务",))
    conn.close()


@pytest.mark.parametrize("out_name", ["u.xlsx", "u.csv", "a.xlsx", "a.csv", "a.ics", "a.docx"])
def test_exports_of_old_data_with_control_characters_succeed_clean(
    loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any, out_name: str
) -> None:
    loaded_db.dispose()
    _plant(db_path, CONTROLS)
    out = tmp_path / out_name
    command = "units" if out_name.startswith("u") else "actions"
    code, _, err = cli(capsys, "--db", str(db_path), command, str(out), "--as-of", "2024-12-01")
    assert code == 0, err
    if out.suffix == ".xlsx":
        book = load_workbook(out)
        text = "".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    elif out.suffix == ".docx":
        with zipfile.ZipFile(out) as book:
            text = "".join(book.read(n).decode("utf-8") for n in book.namelist()
                           if n.endswith(".xml"))  # fmt: skip
    else:
        text = out.read_text(encoding="utf-8-sig").replace("\n ", "")  # ics lines unfolded
    assert "天津宏亚工程咨询有限公司" in text
    for char in "\x00\x1b\u202e\x7f\x85\ufffe":
        assert char not in text


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\u202e", "\x85", "\ufffe"])
def test_the_registry_editor_refuses_control_characters_naming_the_field(
    loaded_db: Any, char: str
) -> None:
    with pytest.raises(UserError, match=r"单位名称.*U\+") as caught:
        add_unit(loaded_db, UnitFields(name=f"天津{char}公司"))
    assert "\n" not in str(caught.value)
    with pytest.raises(UserError, match="联系人"):
        update_unit(loaded_db, "u-hongya", UnitFields(name="天津市宏亚工程咨询有限公司",
                                                      contact=f"王{char}明"))  # fmt: skip
    assert all(char not in (u.name + (u.contact or "")) for u in registry.load_units(loaded_db))


def test_import_units_refuses_control_characters_naming_row_and_field(
    tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "members.csv"
    path.write_text("名称,联系人\n天津甲公司,王明\n天津乙公司,李\x1b红\n", encoding="utf-8")
    db_path = tmp_path / "m.db"
    code, _, err = cli(capsys, "--db", str(db_path), "import-units", str(path))
    assert code == 1
    assert "第3行" in err and "联系人" in err and "U+001B" in err, err


def test_an_archive_with_a_nul_is_refused_naming_the_field(
    tmp_path: Path, sample: dict[str, Any], write_json: Any
) -> None:
    sample["meetings"][0]["agenda"][0]["title"] = "审议\x00办法"
    db = open_database(tmp_path / "a.db")
    try:
        with pytest.raises(UserError) as caught:
            import_archive(db, write_json(sample))
        assert "meetings[0].agenda[0].title" in str(caught.value)
        assert "U+0000" in str(caught.value)
    finally:
        db.dispose()
