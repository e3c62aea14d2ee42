"""The papers' typed read from the tables: the same records the archive export gives,
only those the meetings name, and the names frozen at approval."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest

from minutes_app.domain.papers import PaperSource
from minutes_app.domain.records import Meeting
from minutes_app.io.archive.papers_codec import paper_source_from_json
from minutes_app.services import documents, registry_edit
from minutes_app.services import meeting_store as ms
from minutes_app.services.archive import import_archive
from minutes_app.services.archive_read import build_archive
from minutes_app.services.paper_reads import paper_source
from minutes_app.store.database import Database, open_database
from minutes_app.store.models import Meeting as MeetingRow

DEMO = Path(__file__).resolve().parents[2] / "minutes_app" / "resources" / "demo-archive.json"
DAY = dt.date(2024, 9, 1)


def _named(meeting: Meeting, source: PaperSource) -> set[str]:
    """Every person, unit and committee key the meeting's papers may look up."""
    keys = {meeting.chair, meeting.recorder}
    keys |= {k for a in meeting.attendance for k in (a.person, a.proxy_holder)}
    for item in meeting.agenda:
        keys.add(item.presenter)
        for d in item.decisions:
            keys |= {b.person for b in (d.vote.ballots if d.vote else [])}
            keys |= {k for e in d.effects for k in e.names}
        keys |= {k for t in item.actions for k in (t.owner.person, t.owner.unit, t.owner.committee)}
    body = next(b for b in source.bodies if b.key == meeting.body)
    keys |= set(body.seat_keys(None))
    return {k for k in keys if k}


def _by_key(source: PaperSource) -> dict[str, Any]:
    records = [*source.units, *source.people, *source.bodies, *source.committees]
    return {r.key: r for r in records}


def _check_like_the_export(db: Database) -> int:
    with db.reading() as session:
        rows = session.query(MeetingRow.id, MeetingRow.key).all()
        for meeting_id, key in rows:
            typed = paper_source(session, [meeting_id], DAY)
            exported = paper_source_from_json(build_archive(session, DAY, [meeting_id]))
            [meeting] = typed.meetings
            assert meeting.key == key
            assert meeting.figures is not None
            version_free = replace(meeting, figures=replace(meeting.figures, version=0))
            assert [version_free] == list(exported.meetings)
            assert typed.organisation == exported.organisation
            wanted, everything = _by_key(typed), _by_key(exported)
            assert _named(meeting, typed) <= set(wanted)
            assert {k: everything[k] for k in wanted} == wanted
    return len(rows)


def test_the_demo_meetings_read_as_their_archive_export(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.db")
    try:
        import_archive(db, DEMO)
        assert _check_like_the_export(db) == len(json.loads(DEMO.read_text())["meetings"])
    finally:
        db.dispose()


@pytest.mark.both_backends
def test_the_sample_meeting_reads_as_its_archive_export(loaded_db: Database) -> None:
    assert _check_like_the_export(loaded_db) == 1


@pytest.mark.both_backends
def test_a_unit_the_meeting_does_not_name_is_not_read(loaded_db: Database) -> None:
    registry_edit.add_unit(loaded_db, registry_edit.UnitFields(name="天津市无关咨询有限公司"))
    source = documents.meeting_papers(loaded_db, "m-5-5")
    assert "天津市无关咨询有限公司" not in {u.name for u in source.units}
    assert {u.key for u in source.units} == {"u-assoc", "u-hongya", "u-fangyou"}


@pytest.mark.both_backends
def test_approved_minutes_name_the_unit_a_person_was_in(
    loaded_db: Database, tmp_path: Path
) -> None:
    ms.approve_meeting(loaded_db, "m-5-5", dt.datetime(2024, 8, 20, 10, 0))
    moved = registry_edit.PersonFields(name="王志刚", unit_key="u-fangyou")
    registry_edit.update_person(loaded_db, "p2", moved)
    renamed = registry_edit.UnitFields(name="天津市宏亚改名有限公司")
    registry_edit.update_unit(loaded_db, "u-hongya", renamed)
    source = documents.meeting_papers(loaded_db, "m-5-5")
    person = next(p for p in source.people if p.key == "p2")
    unit = next(u for u in source.units if u.key == "u-hongya")
    assert (person.unit, unit.name) == ("u-hongya", "天津市宏亚工程咨询有限公司")
    out = tmp_path / "signin.docx"
    documents.export_meeting(loaded_db, "m-5-5", "signin", out)
    cells = {c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells}
    assert "天津市宏亚工程咨询有限公司" in cells
    assert "天津市宏亚改名有限公司" not in cells


@pytest.mark.both_backends
def test_a_register_of_a_year_without_meetings_still_has_its_body(loaded_db: Database) -> None:
    source = documents.body_year_papers(loaded_db, "b-presidents", 2019)
    assert source.meetings == ()
    assert [(b.key, b.name) for b in source.bodies] == [("b-presidents", "理事长会议")]
