"""--self-test: every step reports, and a missing program file is named, not blamed on
the user's folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx.parts.hdrftr
import pytest

from minutes_app.domain.errors import UserError
from minutes_app.domain.resources import Resource
from minutes_app.services import selftest
from minutes_app.services.documents import export_meeting


def test_all_steps_pass_and_read_the_title_back(tmp_path: Path) -> None:
    lines: list[str] = []
    selftest.run_self_test(lines.append, tmp_path)
    assert len(lines) == len(selftest.STEPS)
    assert "导入演示归档：3次会议" in lines[2]
    assert "天津市工程咨询协会第五届" in lines[4]
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_every_resource_it_lists_exists_in_the_source_tree() -> None:
    found = selftest.required_resources()
    labels = " ".join(r.label for r in found)
    wanted = ("演示归档", "env.py", "0001_initial_schema.py", "页脚部件模板", "内置 Word 模板")
    assert all(name in labels for name in wanted), labels
    assert selftest.check_resources() == len(found)


def _without_docx_templates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """python-docx as a bundle without its templates/ folder would see it."""
    fake = tmp_path / "bundle" / "docx" / "parts" / "hdrftr.py"
    fake.parent.mkdir(parents=True)
    monkeypatch.setattr(docx.parts.hdrftr, "__file__", str(fake))
    return fake.parent.parent / "templates"


def test_missing_docx_templates_are_named_by_the_self_test(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    templates = _without_docx_templates(monkeypatch, tmp_path)
    with pytest.raises(UserError) as caught:
        selftest.run_self_test(lambda _: None, tmp_path)
    message = str(caught.value)
    assert "自检第1步" in message
    assert "python-docx 的页眉部件模板" in message
    assert str(templates.parent / "parts" / ".." / "templates" / "default-header.xml") in message
    assert "重新安装" in message


def test_export_names_the_missing_docx_template_not_the_output_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, loaded_db: object
) -> None:
    _without_docx_templates(monkeypatch, tmp_path)
    out = tmp_path / "out.docx"
    with pytest.raises(UserError) as caught:
        export_meeting(loaded_db, "m-5-5", "jiyao", out)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "缺少程序文件" in message
    assert "default-footer.xml" in message
    assert "无法写入" not in message
    assert not out.exists()


def test_a_missing_package_file_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = selftest.required_resources

    def without_demo() -> tuple[Resource, ...]:
        return tuple(
            dataclasses.replace(r, path=str(tmp_path / "gone.json")) if "演示归档" in r.label else r
            for r in real()
        )

    monkeypatch.setattr(selftest, "required_resources", without_demo)
    with pytest.raises(UserError, match=r"缺少程序文件：演示归档 demo-archive.json（.*gone.json）"):
        selftest.run_self_test(lambda _: None, tmp_path)


def test_a_failing_later_step_says_which(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(selftest, "demo_archive", lambda: broken)
    with pytest.raises(UserError, match="自检第3步（导入演示归档）失败"):
        selftest.run_self_test(lambda _: None, tmp_path)
