"""Every paper of every demo meeting is byte-identical to the pinned output.

The digests in golden/papers.json pin word/document.xml and the header and footer parts
of each paper (纪要, 会议记录, 签到表, 议程, 通知, 表决票, 简报, 决议汇编), exported
through the same service the window and the command line use, for the demo meetings,
the sample meeting of the tests, a few meetings of one generated year and the sample
archives of io.docx.sample. A change to the writers (or to what the services hand
them) that alters a paper fails here, not in a secretary's hands.

After a DELIBERATE change of the papers, regenerate the digests and commit them with it:

    MINUTES_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/docx/test_papers_golden.py -q

and look at the changed papers (soffice --convert-to pdf) before committing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.papers import PaperSource
from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.io.archive.sample import large_archive, register_archive, sample_archive
from minutes_app.io.docx import (
    write_agenda,
    write_ballot,
    write_jiyao,
    write_news,
    write_notice,
    write_record,
    write_register,
    write_signin,
)
from minutes_app.io.docx.text import chinese_date
from minutes_app.services.archive import import_archive
from minutes_app.services.documents import KINDS, export_meeting, export_register
from minutes_app.store.database import Database, open_database
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).parent / "golden" / "papers.json"
REGEN = os.environ.get("MINUTES_REGEN_GOLDEN") == "1"
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "minutes_app" / "resources" / "demo-archive.json"
# Meetings of the generated year (seed 1): each status, the longest agenda, two bodies.
YEAR_MEETINGS = ("m-stan-5-1", "m-pres-5-1", "m-coun-5-1", "m-supv-5-1", "m-party-5-2")
_TODAY = dt.date.today()


def _digest(path: Path) -> str:
    """SHA-256 over the document, header and footer parts, today's date blanked out."""
    today = (chinese_date(_TODAY.isoformat()), _TODAY.isoformat())
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if name == "word/document.xml" or name.startswith(("word/header", "word/footer")):
                xml = package.read(name).decode("utf-8")
                for text in today:
                    xml = xml.replace(text, "TODAY")
                digest.update(name.encode() + b"\0" + xml.encode("utf-8") + b"\0")
    return digest.hexdigest()


@pytest.fixture(scope="module")
def found() -> Iterator[dict[str, str]]:
    """The digests this run produced; written to the golden file under REGEN."""
    digests: dict[str, str] = {}
    yield digests
    if REGEN:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(digests, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def _expected(name: str) -> str | None:
    if REGEN or not GOLDEN.exists():
        return None
    return dict(json.loads(GOLDEN.read_text())).get(name)


def _check(found: dict[str, str], name: str, path: Path) -> None:
    digest = _digest(path)
    found[name] = digest
    if REGEN:
        return
    assert _expected(name) == digest, f"{name} differs from the pinned paper (see module doc)"


def _database(tmp: Path, archive: Path) -> Database:
    db = open_database(tmp / "papers.db")
    import_archive(db, archive)
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _database(tmp_path_factory.mktemp("demo"), DEMO)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("sample")
    path = folder / "sample.json"
    path.write_text(json.dumps(SAMPLE, ensure_ascii=False))
    db = _database(folder, path)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def year_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("year")
    path = folder / "year.json"
    generator = ROOT / "benchmarks" / "generate_archive.py"
    subprocess.run([sys.executable, str(generator), str(path), "--years", "1"], check=True)
    db = _database(folder, path)
    yield db
    db.dispose()


def _meeting_keys(archive: Path) -> list[str]:
    return [m["key"] for m in json.loads(archive.read_text())["meetings"]]


DEMO_KEYS = _meeting_keys(DEMO)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key", DEMO_KEYS)
def test_demo_papers(
    demo_db: Database, key: str, kind: str, tmp_path: Path, found: dict[str, str]
) -> None:
    out = tmp_path / f"{kind}.docx"
    export_meeting(demo_db, key, kind, out)
    _check(found, f"demo/{key}/{kind}", out)


def test_demo_registers(demo_db: Database, tmp_path: Path, found: dict[str, str]) -> None:
    demo = json.loads(DEMO.read_text())
    pairs = sorted({(m["body"], int(m["start"][:4])) for m in demo["meetings"]})
    for body, year in pairs:
        out = tmp_path / f"{body}-{year}.docx"
        export_register(demo_db, body, year, out)
        _check(found, f"demo/register/{body}/{year}", out)


@pytest.mark.parametrize("kind", KINDS)
def test_sample_meeting_papers(
    sample_db: Database, kind: str, tmp_path: Path, found: dict[str, str]
) -> None:
    out = tmp_path / f"{kind}.docx"
    export_meeting(sample_db, "m-5-5", kind, out)
    _check(found, f"sample/m-5-5/{kind}", out)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key", YEAR_MEETINGS)
def test_generated_year_papers(
    year_db: Database, key: str, kind: str, tmp_path: Path, found: dict[str, str]
) -> None:
    out = tmp_path / f"{kind}.docx"
    export_meeting(year_db, key, kind, out)
    _check(found, f"year/{key}/{kind}", out)


def test_generated_year_register(year_db: Database, tmp_path: Path, found: dict[str, str]) -> None:
    out = tmp_path / "register.docx"
    export_register(year_db, "b-council", 2015, out)
    _check(found, "year/register/b-council/2015", out)


def _source(archive: dict[str, Any]) -> PaperSource:
    """What the writers take, made from a sample archive."""
    return paper_source_from_json(archive)


Writer = Callable[..., list[str]]
_DIRECT: dict[str, Writer] = {
    "jiyao": write_jiyao,
    "record": write_record,
    "signin": write_signin,
    "agenda": write_agenda,
    "notice": write_notice,
    "ballot": write_ballot,
    "news": write_news,
}
_SAMPLES: dict[str, Callable[[], dict[str, Any]]] = {
    "m-5-5": sample_archive,
    "m-big": lambda: large_archive(items=8, decisions=12, actions=15),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key", sorted(_SAMPLES))
def test_docx_sample_papers(key: str, kind: str, tmp_path: Path, found: dict[str, str]) -> None:
    """The io.docx sample archives (previews, self-test) written by the writers directly."""
    source = _source(_SAMPLES[key]())
    out = tmp_path / f"{kind}.docx"
    if kind == "notice":
        write_notice(source, key, out, today=dt.date(2024, 8, 1))
    else:
        _DIRECT[kind](source, key, out)
    _check(found, f"docx-sample/{key}/{kind}", out)


def test_docx_sample_register(tmp_path: Path, found: dict[str, str]) -> None:
    out = tmp_path / "register.docx"
    write_register(_source(register_archive(30)), "b-presidents", 2024, out)
    _check(found, "docx-sample/register", out)
