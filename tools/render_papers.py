"""Export every paper of the demo meetings and of the ten-year data's busiest meeting,
render each to PDF (LibreOffice) and PNG pages (pdftoppm -r 60) to be read page by page.

    .venv/bin/python tools/render_papers.py [--base benchmarks/out/base.db] [--out out/papers]

Writes under out/papers/ (git-ignored): one folder per meeting with KIND.docx, KIND.pdf,
KIND-N.png, and summary.tsv: paper, pages, and the counts of 。、，；：（）《》“” in document.xml
against the PDF's text (a mark lost in the PDF shows as a difference).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_app.io.docx import convert_to_pdf  # noqa: E402

KINDS = ("jiyao", "record", "signin", "agenda", "notice", "ballot", "news")
MARKS = "。、，；：（）《》“”"
CLI = [sys.executable, "-m", "minutes_app"]
BUSIEST = """
select m.key, b.key, strftime('%Y', m.start) from meetings m join bodies b on b.id = m.body_id
order by (select count(*) from decisions d join agenda_items a on d.agenda_item_id = a.id
          where a.meeting_id = m.id) desc,
         (select count(*) from agenda_items a where a.meeting_id = m.id) desc, m.key
limit 1
"""
DEMO = """
select m.key, b.key, strftime('%Y', m.start) from meetings m join bodies b on b.id = m.body_id
order by m.start
"""


def cli(db: Path, *args: str) -> None:
    result = subprocess.run([*CLI, "--db", str(db), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"minutes-app {' '.join(args)}: {result.stderr.strip()}")
    for line in result.stderr.splitlines():
        print(f"  {args[1] if len(args) > 1 else ''}: {line}")


def xml_text(docx: Path) -> str:
    """The document's text, with the marks of the 一、 and （一） list numbers drawn."""
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    labels = "、" * len(re.findall(r'<w:numPr><w:ilvl w:val="0"/>', xml))
    labels += "（）" * len(re.findall(r'<w:numPr><w:ilvl w:val="1"/>', xml))
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)) + labels


def render(docx: Path) -> tuple[int, str]:
    """PDF and PNG pages of `docx`; (pages, punctuation report)."""
    pdf = convert_to_pdf(docx, docx.with_suffix(".pdf"))
    for old in docx.parent.glob(f"{docx.stem}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(pdf), str(docx.with_suffix(""))], check=True
    )
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    source = xml_text(docx)
    counts = [f"{m}{source.count(m)}/{text.count(m)}" for m in MARKS]
    lost = any(source.count(m) > text.count(m) for m in MARKS)
    # More in the PDF than in the file: a table's heading row printed again on each page.
    repeated = any(source.count(m) < text.count(m) for m in MARKS)
    pages = len(list(docx.parent.glob(f"{docx.stem}-*.png")))
    flags = ("  LOST" if lost else "") + ("  more in the PDF" if repeated else "")
    return pages, " ".join(counts) + flags


def papers(db: Path, meetings: list[tuple[str, str, str]], out: Path) -> list[str]:
    rows = []
    registers = sorted({(body, year) for _key, body, year in meetings})
    for key, _body, _year in meetings:
        folder = out / key
        folder.mkdir(parents=True, exist_ok=True)
        for kind in KINDS:
            docx = folder / f"{kind}.docx"
            cli(db, "minutes", key, str(docx), "--kind", kind)
            pages, marks = render(docx)
            rows.append(f"{key}\t{kind}\t{pages}\t{marks}")
            print(rows[-1], flush=True)
    for body, year in registers:
        folder = out / f"register-{body}-{year}"
        folder.mkdir(parents=True, exist_ok=True)
        docx = folder / "register.docx"
        cli(db, "register", body, year, str(docx))
        pages, marks = render(docx)
        rows.append(f"{body} {year}\tregister\t{pages}\t{marks}")
        print(rows[-1], flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, default=ROOT / "benchmarks" / "out" / "base.db")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "papers")
    parser.add_argument("--skip-base", action="store_true", help="only the demo meetings")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    demo = args.out / "demo.db"
    demo.unlink(missing_ok=True)
    cli(demo, "import", str(ROOT / "minutes_app" / "resources" / "demo-archive.json"))
    with sqlite3.connect(demo) as connection:
        rows = papers(demo, connection.execute(DEMO).fetchall(), args.out / "demo")
    if not args.skip_base:
        base = args.out / "base.db"
        shutil.copyfile(args.base, base)  # the export may upgrade it: never the original
        with sqlite3.connect(base) as connection:
            busiest = connection.execute(BUSIEST).fetchall()
        rows += papers(base, busiest, args.out / "base")
    (args.out / "summary.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
