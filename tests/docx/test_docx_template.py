"""The built-in template, user templates and their fallback."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.docx import TemplateError, write_jiyao, write_record
from minutes_app.io.docx import styles as st
from minutes_app.io.docx.jiyao import JIYAO_STYLES
from minutes_app.io.docx.template import builtin_template_bytes
from tests.docx.docx_helpers import all_text, open_docx

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "minutes_app" / "resources" / "templates" / "minutes-template.docx"


def _part(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


def test_builtin_template_is_zh_cn_without_theme_fonts() -> None:
    data = builtin_template_bytes()
    styles_xml = _part(data, "word/styles.xml")
    assert 'w:eastAsia="zh-CN"' in styles_xml and "ja-JP" not in styles_xml
    assert "Theme" not in styles_xml.replace("themeFontLang", "")
    assert 'w:eastAsia="zh-CN"' in _part(data, "word/settings.xml")
    assert "ja-JP" not in _part(data, "word/settings.xml")
    assert "altName" in _part(data, "word/fontTable.xml")


def test_builtin_template_defines_every_style_of_the_spec() -> None:
    document = docx.Document(io.BytesIO(builtin_template_bytes()))
    for spec in st.STYLE_SPECS:
        assert spec.name in document.styles, spec.name
    assert not document.paragraphs


def test_committed_template_matches_its_generator(tmp_path: Path) -> None:
    out = tmp_path / "regenerated.docx"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_template.py"), str(out)], check=True, cwd=ROOT
    )
    built, committed = out.read_bytes(), TEMPLATE.read_bytes()
    for part in ("word/styles.xml", "word/document.xml", "word/fontTable.xml"):
        assert _part(built, part) == _part(committed, part), (
            f"{part} differs: run `python tools/make_template.py` and commit the result"
        )


def _template_without(style_name: str, tmp_path: Path) -> Path:
    document = docx.Document(io.BytesIO(builtin_template_bytes()))
    element = document.styles[style_name].element
    element.getparent().remove(element)
    path = tmp_path / "user-template.docx"
    document.save(str(path))
    return path


def test_user_template_missing_a_style_warns_and_falls_back(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    template = _template_without(st.MARK, tmp_path)
    out = tmp_path / "out.docx"
    warnings = write_jiyao(paper_source_from_json(archive), "m-5-5", out, template=template)
    assert [w.render() for w in warnings] == ["模板缺少样式“版头标志”，已改用内置模板"]
    assert [w.render("en") for w in warnings] == [
        "The template lacks the styles “版头标志”; the built-in template was used instead"
    ]
    assert open_docx(out).paragraphs[0].style.name == st.MARK
    assert "会议审议通过了《天津市工程咨询协会分支机构管理办法》" in all_text(out)


def test_user_template_with_every_style_is_used(archive: dict[str, Any], tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(builtin_template_bytes()))
    document.styles[st.HEADING_1].font.color.rgb = docx.shared.RGBColor(0, 0, 0x80)
    document.add_paragraph("模板示例文字，导出时应被清除")
    template = tmp_path / "mine.docx"
    document.save(str(template))
    out = tmp_path / "out.docx"
    assert write_jiyao(paper_source_from_json(archive), "m-5-5", out, template=template) == []
    written = open_docx(out)
    assert str(written.styles[st.HEADING_1].font.color.rgb) == "000080"
    assert "模板示例文字" not in all_text(out)


def test_record_needs_only_its_own_styles(archive: dict[str, Any], tmp_path: Path) -> None:
    template = _template_without(st.MARK, tmp_path)
    assert st.MARK in JIYAO_STYLES
    assert (
        write_record(
            paper_source_from_json(archive), "m-5-5", tmp_path / "r.docx", template=template
        )
        == []
    )


def test_dotx_template_is_accepted(archive: dict[str, Any], tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(builtin_template_bytes()))
    dotx = tmp_path / "mine.dotx"
    with zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    assert (
        write_jiyao(paper_source_from_json(archive), "m-5-5", tmp_path / "out.docx", template=dotx)
        == []
    )


@pytest.mark.parametrize("content", [b"not a word file", b"PK\x03\x04broken zip"])
def test_template_that_is_not_a_docx_is_a_clear_error(
    archive: dict[str, Any], tmp_path: Path, content: bytes
) -> None:
    template = tmp_path / "模板.docx"
    template.write_bytes(content)
    with pytest.raises(TemplateError, match="不是"):
        write_jiyao(
            paper_source_from_json(archive), "m-5-5", tmp_path / "out.docx", template=template
        )


def test_zip_that_is_not_a_word_document_is_a_clear_error(
    archive: dict[str, Any], tmp_path: Path
) -> None:
    template = tmp_path / "archive.zip"
    with zipfile.ZipFile(template, "w") as package:
        package.writestr("hello.txt", "hi")
    with pytest.raises(TemplateError, match="不是有效的 Word 文档"):
        write_jiyao(
            paper_source_from_json(archive), "m-5-5", tmp_path / "out.docx", template=template
        )


def test_missing_template_file_is_a_clear_error(archive: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="无法读取模板文件"):
        write_jiyao(
            paper_source_from_json(archive),
            "m-5-5",
            tmp_path / "out.docx",
            template=tmp_path / "none.docx",
        )


def test_io_package_does_not_import_qt() -> None:
    package = ROOT / "minutes_app" / "io" / "docx"
    for source in package.glob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source.name
