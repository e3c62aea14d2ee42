"""Update the zh_CN translation: lupdate the sources, fill from the glossaries, lrelease.

    python tools/translations.py          update .ts and build .qm
    python tools/translations.py --check  exit 1 if a source string has no translation

Glossaries are tab-separated files in minutes_app/resources/i18n/zh_CN/, one per area,
with lines "context<TAB>English source<TAB>中文"; context "*" matches any context.
Escape a newline in either text as \\n.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "minutes_app" / "resources" / "i18n"
TS = I18N / "minutes_zh_CN.ts"
QM = I18N / "minutes_zh_CN.qm"


def sources() -> list[str]:
    files = [*sorted((ROOT / "minutes_app" / "ui").rglob("*.py")), ROOT / "minutes_app" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def glossary() -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for path in sorted((I18N / "zh_CN").glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{number}: need context<TAB>source<TAB>translation")
            context, source, text = (p.replace("\\n", "\n") for p in parts)
            entries[(context, source)] = text
    return entries


def qt_tool(name: str) -> str:
    """PySide6's tool beside this Python (a venv's bin folder need not be on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(ts: Path, entries: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = entries.get((name, source)) or entries.get(("*", source))
            if text is None:
                missing.append(f"{name}\t{source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.getroot().set("language", "zh_CN")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; fail if a string is untranslated or the .ts is stale",
    )
    args = parser.parse_args()
    # Always made afresh: lupdate merging into the old file keeps its order, so the
    # file would depend on its history and --check (a fresh run) would call it stale.
    target = Path(tempfile.mkdtemp()) / TS.name
    lupdate(target)
    missing = fill(target, glossary())
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    if args.check:
        stale = target.read_bytes() != TS.read_bytes()
        if stale:
            print("stale: run python tools/translations.py", file=sys.stderr)
        return 1 if missing or stale else 0
    shutil.copyfile(target, TS)
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
