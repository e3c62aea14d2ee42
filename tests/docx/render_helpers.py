"""Rendering a .docx through LibreOffice and reading the pages back (text, ink, count)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from minutes_app.io.docx import convert_to_pdf, libreoffice_available

DPI = 100
MM_PER_INCH = 25.4


def require_tools() -> None:
    """Skip without LibreOffice/poppler, except on CI (CI=true), where that is a failure."""
    missing = [tool for tool in ("pdftotext", "pdfinfo", "pdftoppm") if not shutil.which(tool)]
    availability = libreoffice_available()
    if not availability:
        missing.append("soffice")
    if not missing:
        return
    reason = availability.reason.render() if availability.reason else ""
    message = f"rendering needs {', '.join(missing)} ({reason})"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def render(docx_path: Path) -> Path:
    """The PDF LibreOffice makes of `docx_path`, next to it."""
    require_tools()
    return convert_to_pdf(docx_path, docx_path.with_suffix(".pdf"))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True).stdout.decode()
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def page_text(pdf: Path, page: int) -> str:
    command = ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page)]
    result = subprocess.run([*command, str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def page_lines(pdf: Path, page: int) -> list[str]:
    """The non-empty text lines of one page, page number included, stripped."""
    return [line.strip() for line in page_text(pdf, page).splitlines() if line.strip()]


def page_image(pdf: Path, page: int, out: Path) -> Image.Image:
    """One page as an RGB picture at DPI dots per inch (saved as `out`.png)."""
    command = ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page)]
    subprocess.run([*command, "-singlefile", str(pdf), str(out)], check=True)
    return Image.open(f"{out}.png").convert("RGB")


def ink_rows(image: Image.Image, red: bool = False) -> list[int]:
    """Rows (pixels from the top) holding dark ink, or red ink when `red`."""
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    rows = []
    for y in range(height):
        for x in range(0, width, 2):
            r, g, b = pixels[x, y][:3]
            if (r > 180 and g < 110 and b < 110) if red else (r + g + b < 300):
                rows.append(y)
                break
    return rows


def mm(pixels: float) -> float:
    return pixels / DPI * MM_PER_INCH
