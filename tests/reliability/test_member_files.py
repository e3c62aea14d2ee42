"""Audit finding 4: broken or lying member lists give one clear line and write nothing.

Byte flips, a workbook without a sheet, cut XML and entity tricks used to crash
(zlib error, IndexError, ParseError); a `<dimension>` tag understating the rows, an
unclosed csv quote and a hidden first sheet used to import the wrong units silently.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import UserError
from minutes_app.services import registry
from minutes_app.services.registry_import import import_member_file

sys.path.insert(0, str(Path(__file__).parent))
spec = importlib.util.spec_from_file_location("member_files", Path(__file__).with_name(
    "member_files.py"))  # fmt: skip
assert spec is not None and spec.loader is not None
mf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mf)


def names(db: Any) -> set[str]:
    return {u.name for u in registry.load_units(db)}


def refused(db: Any, path: Path, *parts: str) -> str:
    before = names(db)
    with pytest.raises(UserError) as caught:
        import_member_file(db, path)
    message = str(caught.value)
    assert "\n" not in message and len(message) <= 300, message
    for part in parts:
        assert part in message, message
    assert names(db) == before
    return message


def flipped(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    body = bytearray(data)
    for _ in range(8):
        body[rng.randrange(len(body) // 4, len(body))] ^= 1 << rng.randrange(8)
    return bytes(body)


def test_byte_flipped_workbooks_give_one_line(loaded_db: Any, tmp_path: Path) -> None:
    good = mf.xlsx_bytes(mf.member_rows())
    outcomes = {"refused": 0, "imported": 0}
    for seed in range(40):
        path = mf.write(tmp_path / f"flip{seed}.xlsx", flipped(good, seed))
        before = names(loaded_db)
        try:
            import_member_file(loaded_db, path)
        except UserError as exc:
            assert "\n" not in str(exc)
            assert names(loaded_db) == before
            outcomes["refused"] += 1
        else:  # a flip in a part we do not read: the import is whole (later ones: duplicates)
            assert set(mf.NAMES) <= names(loaded_db)
            outcomes["imported"] += 1
    assert outcomes["refused"] >= 30, outcomes


def test_a_workbook_without_a_sheet(loaded_db: Any, tmp_path: Path) -> None:
    data = mf.no_worksheet(mf.xlsx_bytes(mf.member_rows()))
    refused(loaded_db, mf.write(tmp_path / "none.xlsx", data), "none.xlsx")


def test_cut_sheet_xml(loaded_db: Any, tmp_path: Path) -> None:
    data = mf.cut_sheet(mf.xlsx_bytes(mf.member_rows()))
    refused(loaded_db, mf.write(tmp_path / "cut.xlsx", data), "cut.xlsx", "另存为")


@pytest.mark.parametrize("prolog,entity", [(mf.BILLION_LAUGHS, "lol9"), (mf.EXTERNAL, "ext")])
def test_entity_tricks(loaded_db: Any, tmp_path: Path, prolog: str, entity: str) -> None:
    data = mf.with_prolog(mf.xlsx_bytes(mf.member_rows()), prolog, entity)
    message = refused(loaded_db, mf.write(tmp_path / "ent.xlsx", data), "ent.xlsx")
    assert "root:" not in message


def test_a_dimension_tag_that_understates_the_rows_is_not_trusted(
    loaded_db: Any, tmp_path: Path
) -> None:
    data = mf.lying_dimension(mf.xlsx_bytes(mf.member_rows()))
    result = import_member_file(loaded_db, mf.write(tmp_path / "dim.xlsx", data))
    assert result.added == 5
    assert set(mf.NAMES) <= names(loaded_db)


def test_an_unclosed_csv_quote_is_refused_with_its_line(loaded_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('名称,会员类别\n天津甲公司,会员单位\n"天津丁公司,会员单位\n天津戊公司,会员单位\n',
                    encoding="utf-8")  # fmt: skip
    refused(loaded_db, path, "第3行", "引号")


def test_csv_rows_are_numbered_by_the_line_they_start_on(loaded_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('名称,地址\n天津甲公司,"和平区\n南京路"\n天津乙公司,河西区\n,空名称\n',
                    encoding="utf-8")  # fmt: skip
    refused(loaded_db, path, "第5行", "名称为空")


def test_the_visible_sheet_is_read_not_a_hidden_first_one(loaded_db: Any, tmp_path: Path) -> None:
    decoy = mf.member_rows(["天津隐藏公司"])
    data = mf.xlsx_bytes(mf.member_rows(), hidden_first=decoy)
    result = import_member_file(loaded_db, mf.write(tmp_path / "hidden.xlsx", data))
    assert result.added == 5
    assert "天津隐藏公司" not in names(loaded_db)
