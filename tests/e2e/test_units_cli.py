"""`minutes-app import-units` and `minutes-app units` as a script would call them."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from minutes_app.domain.credit_code import check_character
from minutes_app.services import registry

HEADER = ["序号", "单位名称", "统一社会信用代码", "会员类别", "联系人", "联系电话", "入会日期"]


def code(n: int) -> str:
    body = f"9112010{n:010d}"
    return body + check_character(body)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *args], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip


def write_csv(path: Path, rows: list[list[Any]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def good_rows() -> list[list[Any]]:
    return [
        HEADER,
        [
            1,
            "天津市恒通工程咨询有限公司",
            code(1),
            "理事单位",
            "王明",
            "022-23456789",
            "2020-05-01",
        ],
        [2, "天津华泰建设监理有限公司", code(2), "", "李红", "13800000000", ""],
        [3, "天津市津南规划设计院（有限合伙）", "", "会员单位", "", "", "2021/3/15"],
    ]


def import_units(db: Path, path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return run("--db", str(db), "import-units", str(path), home=home)


def units_named(db: Any) -> dict[str, registry.UnitRecord]:
    return {u.name: u for u in registry.load_units(db)}


def test_good_xlsx_with_a_title_row(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["天津市工程咨询协会会员名单"])  # a title above the header
    for row in good_rows():
        sheet.append(row)
    sheet["G3"] = dt.datetime(2020, 5, 1)  # a real date cell
    sheet["F4"] = 13800000000  # a phone typed as a number
    book.save(tmp_path / "members.xlsx")
    result = import_units(db_path, tmp_path / "members.xlsx", isolated_home)
    assert result.returncode == 0, result.stderr
    assert "已导入 3 家会员单位" in result.stdout
    units = units_named(loaded_db)
    hengtong = units["天津市恒通工程咨询有限公司"]
    assert hengtong.key.startswith("u-") and hengtong.credit_code == code(1)
    assert [e.what for e in hengtong.roles_on(dt.date(2020, 5, 1))] == [
        "director_unit",
        "member_unit",
    ]
    assert hengtong.roles[0].made_by.reason == "导入会员名单"
    assert units["天津华泰建设监理有限公司"].phone == "13800000000"
    today_roles = units["天津华泰建设监理有限公司"].roles
    assert [(e.what, e.start) for e in today_roles] == [("member_unit", dt.date.today())]
    assert units["天津市津南规划设计院（有限合伙）"].roles[0].start == dt.date(2021, 3, 15)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_or_utf8(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path, encoding: str
) -> None:
    path = write_csv(tmp_path / "members.csv", good_rows(), encoding)
    result = import_units(db_path, path, isolated_home)
    assert result.returncode == 0, result.stderr
    assert "天津市津南规划设计院（有限合伙）" in units_named(loaded_db)


def test_english_headers(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = [["Name", "Credit code", "Role", "Contact", "Phone", "Email", "Address", "From"],
            ["Tianjin Alpha Ltd", code(7), "vice_president_unit", "Ann", "1", "a@b.cn",
             "Heping", "2024-01-02"]]  # fmt: skip
    result = import_units(db_path, write_csv(tmp_path / "en.csv", rows, "utf-8"), isolated_home)
    assert result.returncode == 0, result.stderr
    alpha = units_named(loaded_db)["Tianjin Alpha Ltd"]
    assert (alpha.email, alpha.address) == ("a@b.cn", "Heping")
    assert alpha.roles_on(dt.date(2024, 1, 2))[0].what == "vice_president_unit"


def _fails(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for part in parts:
        assert part in result.stderr, result.stderr


def test_a_missing_name_column(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = [["统一社会信用代码", "联系人"], [code(1), "王明"]]
    result = import_units(db_path, write_csv(tmp_path / "x.csv", rows, "gbk"), isolated_home)
    _fails(result, "找不到“名称”列")


def test_a_bad_check_digit_names_the_row(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = good_rows()
    good = code(2)
    wrong = "0" if good[-1] != "0" else "1"
    rows[2][2] = good[:-1] + wrong
    before = len(registry.load_units(loaded_db))
    result = import_units(db_path, write_csv(tmp_path / "x.csv", rows, "gbk"), isolated_home)
    _fails(result, f"第3行：统一社会信用代码第18位校验码应为{good[-1]}，实为{wrong}")
    assert len(registry.load_units(loaded_db)) == before  # all or nothing


def test_a_duplicate_credit_code(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = good_rows()
    rows[3][2] = rows[1][2]
    before = registry.load_units(loaded_db)
    result = import_units(db_path, write_csv(tmp_path / "x.csv", rows, "gbk"), isolated_home)
    _fails(result, "第4行：统一社会信用代码与第2行相同")
    assert registry.load_units(loaded_db) == before


def test_a_duplicate_of_a_registered_unit(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = [*good_rows(), [4, "天津房友工程咨询有限公司", "", "", "", "", ""]]
    result = import_units(db_path, write_csv(tmp_path / "x.csv", rows, "gbk"), isolated_home)
    _fails(result, "第5行：与已有单位“天津房友工程咨询有限公司”同名")


def test_an_unknown_category_and_an_empty_name(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    rows = good_rows()
    rows[1][3] = "荣誉单位"
    result = import_units(db_path, write_csv(tmp_path / "x.csv", rows, "gbk"), isolated_home)
    _fails(result, "第2行：会员类别“荣誉单位”不认识")
    rows = good_rows()
    rows[2][1] = " "
    result = import_units(db_path, write_csv(tmp_path / "y.csv", rows, "gbk"), isolated_home)
    _fails(result, "第3行：名称为空")


def test_an_empty_file(loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    _fails(import_units(db_path, tmp_path / "empty.csv", isolated_home), "文件是空的")
    header_only = write_csv(tmp_path / "header.csv", [HEADER], "utf-8-sig")
    _fails(import_units(db_path, header_only, isolated_home), "没有会员单位数据行")
    book = Workbook()
    book.save(tmp_path / "empty.xlsx")
    _fails(import_units(db_path, tmp_path / "empty.xlsx", isolated_home), "文件是空的")


def test_not_a_member_list(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    (tmp_path / "word.xlsx").write_bytes(b"PK\x03\x04 not really")
    _fails(import_units(db_path, tmp_path / "word.xlsx", isolated_home), "不是有效的 .xlsx 文件")
    _fails(import_units(db_path, tmp_path / "none.csv", isolated_home), "找不到文件")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    _fails(import_units(db_path, tmp_path / "old.xls", isolated_home), "另存为 .xlsx")


def test_ten_thousand_rows(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    tiers = ["会员单位", "理事单位", "常务理事单位", ""]
    for n in range(10_000):
        sheet.append([n + 1, f"天津测试{n:05d}工程咨询有限公司", code(100 + n), tiers[n % 4],
                      f"联系人{n}", f"022-{n:08d}", "2022-01-01"])  # fmt: skip
    book.save(tmp_path / "big.xlsx")
    result = import_units(db_path, tmp_path / "big.xlsx", isolated_home)
    assert result.returncode == 0, result.stderr
    assert "已导入 10000 家会员单位" in result.stdout
    members = registry.units_as_of(loaded_db, dt.date(2022, 1, 1))
    assert len(members) == 10_000 + 2
    assert len({u.key for u in registry.load_units(loaded_db)}) == 10_003


def _export(db_path: Path, out: Path, home: Path, *extra: str) -> None:
    result = run("--db", str(db_path), "units", str(out), *extra, home=home)
    assert result.returncode == 0, result.stderr


def test_export_xlsx_as_of_a_date(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    _export(db_path, tmp_path / "before.xlsx", isolated_home, "--as-of", "2024-08-10")
    _export(db_path, tmp_path / "after.xlsx", isolated_home, "--as-of", "2024-08-11")
    rows = {}
    for name in ("before", "after"):
        sheet = load_workbook(tmp_path / f"{name}.xlsx").worksheets[0]
        rows[name] = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows["after"][0][:4] == ["序号", "名称", "统一社会信用代码", "会员类别"]
    by_name = {r[1]: r for r in rows["before"][1:]}
    assert by_name["天津房友工程咨询有限公司"][3] == "会员单位"
    by_name = {r[1]: r for r in rows["after"][1:]}
    fangyou = by_name["天津房友工程咨询有限公司"]
    assert fangyou[3] == "特邀副会长单位、会员单位"
    assert fangyou[5] == dt.datetime(2024, 8, 11)
    assert "第一项议题的第二项决定（五届理事长会决〔2024〕2号）" in fangyou[6]
    # The highest tier first: 副会长单位 before 特邀副会长单位.
    assert [r[1] for r in rows["after"][1:]] == [
        "天津市宏亚工程咨询有限公司",
        "天津房友工程咨询有限公司",
    ]


def test_export_csv_reads_back_and_imports_into_an_empty_db(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    _export(db_path, tmp_path / "m.csv", isolated_home, "--as-of", "2024-08-11")
    raw = (tmp_path / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel opens the Chinese intact
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["序号", "名称", "统一社会信用代码", "会员类别"]
    assert rows[1][1:5] == ["天津市宏亚工程咨询有限公司", "", "副会长单位、会员单位", "2019-03-01"]
    result = import_units(tmp_path / "fresh.db", tmp_path / "m.csv", isolated_home)
    assert result.returncode == 0, result.stderr
    assert "已导入 2 家会员单位" in result.stdout


def test_export_refuses_a_wrong_extension(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    result = run("--db", str(db_path), "units", str(tmp_path / "m.docx"), home=isolated_home)
    _fails(result, "只能导出为 .xlsx 或 .csv")
    result = run("--db", str(db_path), "units", "m.csv", "--as-of", "8/11", home=isolated_home)
    assert result.returncode == 2
