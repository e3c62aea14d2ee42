"""The PDF route: Word, else WPS, else LibreOffice (with fakes), and the font warning."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from minutes_app.domain.enums import PdfEngine
from minutes_app.io.docx import PdfConversionError, convert
from minutes_app.io.docx.converters import (
    MAC_WORD,
    REQUIRED_FONTS,
    Converter,
    Probes,
    converters,
    find_converter,
    font_warning,
    missing_fonts,
    pdf_available,
)


def _probes(
    platform: str,
    progids: frozenset[str] | set[str] = frozenset(),
    paths: frozenset[str] | set[str] = frozenset(),
    soffice: str | None = None,
) -> Probes:
    return Probes(platform, progids.__contains__, paths.__contains__, lambda: soffice)


@pytest.mark.parametrize(
    ("probes", "engine"),
    [
        (_probes("win32", {"Word.Application", "KWPS.Application"}, soffice="soffice"), "word"),
        (_probes("win32", {"KWPS.Application"}, soffice="soffice"), "wps"),
        (_probes("win32", {"WPS.Application"}), "wps"),
        (_probes("win32", soffice=r"C:\LibreOffice\soffice.exe"), "libreoffice"),
        (_probes("darwin", paths={MAC_WORD}, soffice="/usr/bin/soffice"), "word"),
        (_probes("darwin", soffice="/usr/bin/soffice"), "libreoffice"),
        (_probes("linux", {"Word.Application"}, {MAC_WORD}, "/usr/bin/soffice"), "libreoffice"),
    ],
)
def test_word_is_chosen_before_wps_before_libreoffice(probes: Probes, engine: str) -> None:
    converter = find_converter(probes)
    assert converter is not None and converter.engine == PdfEngine(engine)
    assert pdf_available(probes).executable == converter.label


def test_without_any_converter_the_message_names_all_three_and_what_to_do() -> None:
    probes = _probes("win32")
    assert find_converter(probes) is None
    availability = pdf_available(probes)
    assert not availability
    assert availability.reason is not None
    for name in ("Microsoft Word", "WPS Office", "LibreOffice", "另存为 PDF"):
        assert name in availability.reason.render()


def _fake_powershell(folder: Path, body: str) -> None:
    """A `powershell` on PATH that does what the COM script would (or fails)."""
    folder.mkdir()
    script = folder / "powershell"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


@pytest.mark.skipif(os.name != "posix", reason="the fake powershell is a shell script")
def test_word_route_hands_the_paths_to_word_and_takes_its_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = 'test "$MINUTES_PROGID" = Word.Application && '
    body += 'printf "%%PDF-1.7 from %s" "$MINUTES_SOURCE" > "$MINUTES_TARGET"'
    _fake_powershell(tmp_path / "bin", body)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / "纪要.docx"
    source.write_bytes(b"PK")
    out = convert(Converter(PdfEngine.WORD, "Word.Application"), source, tmp_path / "a.pdf")
    assert out.read_text().startswith("%PDF-1.7 from") and str(source) in out.read_text()


@pytest.mark.skipif(os.name != "posix", reason="the fake powershell is a shell script")
def test_wps_that_makes_no_pdf_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_powershell(tmp_path / "bin", "echo 'Exception: document is locked'; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / "纪要.docx"
    source.write_bytes(b"PK")
    with pytest.raises(PdfConversionError, match=r"WPS Office 未能生成 PDF.*locked"):
        convert(Converter(PdfEngine.WPS, "KWPS.Application"), source, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def _fc_families() -> set[str]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install fontconfig (fc-list)")
        pytest.skip("needs fc-list")
    out = subprocess.run([fc_list, ":", "family"], capture_output=True, check=True).stdout
    return {name.strip() for line in out.decode().splitlines() for name in line.split(",")}


def test_missing_fonts_are_named_from_fontconfig() -> None:
    families = _fc_families()
    expected = [font for font in REQUIRED_FONTS if font not in families]
    assert missing_fonts() == expected
    warning = font_warning(expected)
    assert (warning is None) == (not expected)
    if warning is not None:  # named in both languages
        assert all(font in warning.render() for font in expected)
        assert warning.render("en").startswith("This computer lacks the fonts ")
    assert missing_fonts(set(REQUIRED_FONTS)) == [] and font_warning([]) is None


def test_the_real_route_on_this_machine_is_found() -> None:
    """On Linux only LibreOffice can convert; Word on PATH or in the registry is not asked."""
    if shutil.which("soffice") is None:
        pytest.skip("needs soffice")
    listed = converters(Probes("linux"))
    assert [c.engine for c in listed] == [PdfEngine.LIBREOFFICE]
