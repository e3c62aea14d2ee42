"""PDF where the secretary is: Microsoft Word, else WPS Office, else LibreOffice.

Most secretaries' computers have Word or WPS and no LibreOffice. Word is driven
through COM on Windows (PowerShell, no extra package) and AppleScript on macOS; WPS
through its COM server on Windows (it offers the same object model). LibreOffice runs
headless (pdf.py) everywhere. `find_converter` asks the machine through `Probes`,
which tests replace with fakes. The fonts a 纪要 needs are checked with fontconfig
(`fc-list`) where it exists, so a PDF drawn with substitutes comes with a warning.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.enums import PdfEngine
from minutes_app.domain.messages import Message, msg
from minutes_app.io.docx import pdf, styles

WORD_PROGID, WPS_PROGIDS = "Word.Application", ("KWPS.Application", "WPS.Application")
MAC_WORD = "/Applications/Microsoft Word.app"
# The template's Chinese fonts (styles.py) and its Latin one.
REQUIRED_FONTS = (
    styles.XIAOBIAOSONG,
    styles.FANGSONG,
    styles.HEITI,
    styles.KAITI,
    styles.SONGTI,
    styles.LATIN,
)


class NoConverterError(pdf.PdfConversionError):
    """Neither Word, WPS nor LibreOffice on this computer."""

    def __init__(self) -> None:
        super().__init__(msg("pdf.no_converter"))


def _com_registered(progid: str) -> bool:
    if sys.platform != "win32":
        return False
    import winreg  # Windows only

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{progid}\CLSID"):
            return True
    except OSError:
        return False


@dataclass(frozen=True)
class Probes:
    """How the machine is asked what it has (replaced by fakes in tests)."""

    platform: str = sys.platform
    com_registered: Callable[[str], bool] = _com_registered
    path_exists: Callable[[str], bool] = os.path.exists
    soffice: Callable[[], str | None] = pdf.find_soffice


@dataclass(frozen=True)
class Converter:
    """One way to make the PDF: the engine and what runs it (ProgID, app or soffice)."""

    engine: PdfEngine
    target: str

    @property
    def label(self) -> str:
        return {"word": "Microsoft Word", "wps": "WPS Office"}.get(self.engine, "LibreOffice")


def converters(probes: Probes | None = None) -> list[Converter]:
    """Every converter on this machine, in the order they are preferred."""
    probes = probes or Probes()
    found = []
    if probes.platform == "win32":
        if probes.com_registered(WORD_PROGID):
            found.append(Converter(PdfEngine.WORD, WORD_PROGID))
        wps = next((p for p in WPS_PROGIDS if probes.com_registered(p)), None)
        if wps:
            found.append(Converter(PdfEngine.WPS, wps))
    elif probes.platform == "darwin" and probes.path_exists(MAC_WORD):
        found.append(Converter(PdfEngine.WORD, MAC_WORD))
    soffice = probes.soffice()
    if soffice:
        found.append(Converter(PdfEngine.LIBREOFFICE, soffice))
    return found


def find_converter(probes: Probes | None = None) -> Converter | None:
    """Word, else WPS, else LibreOffice; None when the machine has none of them."""
    return next(iter(converters(probes)), None)


def pdf_available(probes: Probes | None = None) -> pdf.Availability:
    """Truthy with the converter's label when a PDF can be made, else the reason."""
    converter = find_converter(probes)
    if converter is None:
        return pdf.Availability(False, msg("pdf.no_converter"))
    return pdf.Availability(True, None, converter.label)


def convert(converter: Converter, source: Path, target: Path, timeout: float = 120) -> Path:
    """Make `target` from `source` with `converter`; PdfConversionError when it fails."""
    if converter.engine == PdfEngine.LIBREOFFICE:
        return pdf.convert_to_pdf(source, target, timeout)
    if not source.is_file():
        raise pdf.PdfConversionError(msg("pdf.no_source", path=source))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as scratch:
        produced = Path(scratch) / "out.pdf"
        command, env = _office_command(converter, source.resolve(), produced)
        output = pdf.run(command, timeout, env)
        if not produced.is_file() or produced.stat().st_size == 0:
            no_output = msg("pdf.no_output")
            detail = output.strip().splitlines()[-1] if output.strip() else no_output
            failed = msg("pdf.engine_failed", engine=converter.label, reason=detail)
            raise pdf.PdfConversionError(failed)
        shutil.move(str(produced), target)
    return target


_POWERSHELL = """
$ErrorActionPreference = 'Stop'
$app = New-Object -ComObject $env:MINUTES_PROGID
try {
  $app.Visible = $false
  $doc = $app.Documents.Open($env:MINUTES_SOURCE, $false, $true)
  try { $doc.ExportAsFixedFormat($env:MINUTES_TARGET, 17) }
  catch { $doc.SaveAs2($env:MINUTES_TARGET, 17) }
  $doc.Close(0)
} finally { $app.Quit() }
"""
_APPLESCRIPT = """
on run argv
  tell application "Microsoft Word"
    open POSIX file (item 1 of argv)
    set theDoc to active document
    save as theDoc file name (item 2 of argv) file format format PDF
    close theDoc saving no
  end tell
end run
"""


def _office_command(
    converter: Converter, source: Path, target: Path
) -> tuple[list[str], dict[str, str]]:
    if converter.target == MAC_WORD:
        return ["osascript", "-e", _APPLESCRIPT, str(source), str(target)], dict(os.environ)
    env = dict(os.environ, MINUTES_PROGID=converter.target)
    env.update(MINUTES_SOURCE=str(source), MINUTES_TARGET=str(target))
    command = ["powershell", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass"]
    return [*command, "-Command", _POWERSHELL], env


def missing_fonts(installed: Iterable[str] | None = None) -> list[str]:
    """The template's fonts this machine lacks ([] when it cannot tell: no fontconfig)."""
    families = set(installed) if installed is not None else pdf.installed_families()
    if not families:
        return []
    return [font for font in REQUIRED_FONTS if font not in families]


def font_warning(missing: list[str]) -> Message | None:
    """The warning for a PDF drawn with substitute fonts (None when none is missing)."""
    if not missing:
        return None
    return msg("pdf.fonts_missing", fonts=tuple(missing))
