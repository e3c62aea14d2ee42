"""Optional PDF export through LibreOffice (`soffice --headless --convert-to pdf`).

Each conversion runs with a fresh, throw-away LibreOffice profile (so a running
LibreOffice or a damaged profile cannot block it), under a timeout, and checks that
the PDF really exists: soffice exits 0 even when it converted nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from minutes_app.domain.messages import Message, msg

_CANDIDATES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
# Fonts of the template and what to draw them with where they are not installed
# (first one present wins), so a PDF made on Linux shows 仿宋/楷体/宋体 shapes.
_SUBSTITUTES = {
    "仿宋_GB2312": ("仿宋", "FangSong", "Noto Serif CJK SC", "Source Han Serif SC"),
    "楷体_GB2312": ("楷体", "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC"),
    "方正小标宋简体": ("宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC"),
    "宋体": ("SimSun", "Noto Serif CJK SC", "Source Han Serif SC"),
    "黑体": ("SimHei", "Noto Sans CJK SC", "Source Han Sans SC"),
}


class PdfConversionError(RuntimeError):
    """The PDF could not be made; the message says why, for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.coded = message


class LibreOfficeMissingError(PdfConversionError):
    """No LibreOffice on this computer."""


@dataclass(frozen=True)
class Availability:
    """Whether LibreOffice can be used; false-y with a reason when it cannot."""

    available: bool
    reason: Message | None = None  # rendered where it is shown, in that language
    executable: str = ""

    def __bool__(self) -> bool:
        return self.available


# Keep the blank pages an evenPage section break inserts (before a 版记 page): by
# default LibreOffice leaves them out of the PDF. JSON filter options: LibreOffice 7.4+.
_PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'


def find_soffice() -> str | None:
    """The soffice executable: $MINUTES_APP_SOFFICE, the PATH, or a usual install folder."""
    configured = os.environ.get("MINUTES_APP_SOFFICE")
    if configured and Path(configured).is_file():
        return configured
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in _CANDIDATES if Path(path).is_file()), None)


def libreoffice_available() -> Availability:
    """Availability(True, executable=…) or Availability(False, reason) — truthy only when usable."""
    executable = find_soffice()
    if executable is None:
        return Availability(False, msg("pdf.no_libreoffice"))
    return Availability(True, None, executable)


def convert_to_pdf(docx_path: str | Path, pdf_path: str | Path, timeout: float = 120) -> Path:
    """Convert a .docx to PDF with LibreOffice; returns the PDF's path.

    Raises LibreOfficeMissingError when LibreOffice is not installed and
    PdfConversionError when the conversion fails or takes longer than `timeout` seconds.
    """
    source, target = Path(docx_path), Path(pdf_path)
    if not source.is_file():
        raise PdfConversionError(msg("pdf.no_source", path=source))
    executable = find_soffice()
    if executable is None:
        raise LibreOfficeMissingError(msg("pdf.no_libreoffice"))
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as scratch:
        work = Path(scratch)
        profile, outdir = work / "profile", work / "out"
        outdir.mkdir()
        _write_profile(profile)
        command = [
            executable,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            _PDF_FILTER,
            "--outdir",
            str(outdir),
            str(source.resolve()),
        ]
        output = run(command, timeout)
        produced = outdir / f"{source.stem}.pdf"
        if not produced.is_file() or produced.stat().st_size == 0:
            detail = output.strip().splitlines()[-1] if output.strip() else msg("pdf.no_output")
            raise PdfConversionError(msg("pdf.failed", reason=detail))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), target)
    return target


def run(command: list[str], timeout: float, env: dict[str, str] | None = None) -> str:
    """Run a converter in its own process group; kill the whole group on timeout."""
    posix = sys.platform != "win32"
    with subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=posix,
    ) as process:
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process, posix)
            process.communicate()
            name = "LibreOffice" if "soffice" in Path(command[0]).name.lower() else command[0]
            raise PdfConversionError(
                msg("pdf.timeout", engine=name, seconds=f"{timeout:g}")
            ) from None
    return out.decode(errors="replace")


def _kill(process: subprocess.Popen[bytes], posix: bool) -> None:
    if posix:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()


def _write_profile(profile: Path) -> None:
    """A fresh profile whose font replacement table maps missing Chinese fonts."""
    pairs = _font_pairs()
    if not pairs:
        return
    user = profile / "user"
    user.mkdir(parents=True)
    nodes = "".join(
        _pair_xml(index, font, substitute) for index, (font, substitute) in enumerate(pairs)
    )
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Common/Font/Substitution">'
        '<prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>'
        f"{nodes}</oor:items>\n",
        encoding="utf-8",
    )


def _pair_xml(index: int, font: str, substitute: str) -> str:
    props = (
        ("Always", "true"),
        ("OnScreenOnly", "false"),
        ("ReplaceFont", escape(font)),
        ("SubstituteFont", escape(substitute)),
    )
    inner = "".join(
        f'<prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop>'
        for name, value in props
    )
    return (
        '<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs">'
        f'<node oor:name="_{index}" oor:op="replace">{inner}</node></item>'
    )


def _font_pairs() -> list[tuple[str, str]]:
    """(missing font, installed substitute) pairs, from fontconfig where it exists."""
    installed = installed_families()
    if not installed:
        return []
    pairs = []
    for font, candidates in _SUBSTITUTES.items():
        if font in installed:
            continue
        substitute = next((name for name in candidates if name in installed), None)
        if substitute:
            pairs.append((font, substitute))
    return pairs


def installed_families() -> set[str]:
    """Font families fontconfig knows (empty without fc-list: Windows, most Macs)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return set()
    try:
        result = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return set()
    families: set[str] = set()
    for line in result.stdout.decode(errors="replace").splitlines():
        families.update(name.strip() for name in line.split(","))
    return families
