"""Hostile input: whatever an archive or an edit holds, a one-line message or success.

Property tests feed the archive importer and the meeting services the sample data with
fields replaced by huge strings, control characters, NUL, unpaired surrogates, negative
and huge tallies, dates out of range, dangling and duplicate keys, wrong types, missing
and unknown fields (for the services: every field the window edits, in the typed meeting
record the window sends, whose version stamp is sent back unchanged). Each case either succeeds
(and the database stays sound) or fails with a UserError of one line, and then the
database is byte for byte unchanged (a hash of every table's rows). 1,000 cases each in
CI, fewer locally.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from minutes_app.domain.errors import UserError
from minutes_app.domain.records import Meeting
from minutes_app.io.archive.file import read_archive_file
from minutes_app.io.archive.meeting_codec import meeting_from_json, meeting_to_json
from minutes_app.services.archive import import_archive
from minutes_app.services.archive_load import load_archive
from minutes_app.services.integrity import check_database
from minutes_app.services.meeting_store import (
    create_meeting,
    delete_meeting,
    get_meeting,
    save_meeting,
)
from minutes_app.store.database import open_database

EXAMPLES = 1000 if os.environ.get("CI") else 60
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
DELETE = object()  # the field is removed
Path_ = tuple[str | int, ...]

# --- hostile values -------------------------------------------------------------------

_SPECIAL_TEXT = [
    "", " ", "\x00", "会议\x00纪要", "\ud800", "前\udfff后", "\x0b\x0c\x1b\x7f", "\u202e反向",
    "\ufeff", "😀👨‍👩‍👧", "𠀀𪚥", "a\r\nb", "<w:t>&amp;</w:t>", "'; DROP TABLE meetings; --",
    "%s%n{0}", "\u0301" * 50,
]  # fmt: skip
texts = st.one_of(
    st.sampled_from(_SPECIAL_TEXT),
    st.text(max_size=30),
    st.builds(lambda c, n: c * n, st.sampled_from(["长", "a", "\x00", "😀"]),
              st.sampled_from([99, 100, 101, 199, 200, 201, 499, 500, 501, 200_001, 1_000_000])),
)  # fmt: skip
numbers = st.one_of(
    st.integers(-10, 12),
    st.sampled_from([-(2**31), 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**30, 9999, 10_000]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
dates = st.sampled_from([
    "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "2024-13-01",
    "-001-01-01", "2024-08-11T25:00", "9999-12-31T23:59", "0001-01-01T00:00",
    "2024-08-11T09:00+08:00", "2024-08-11T09:00:00.123456", "２０２４-08-11", "2024-8-1",
    "1900-01-01T00:00", "2024-08-11", "2024-08-11T09:00", "2100-01-01",
])  # fmt: skip
keys = st.sampled_from(["nope", "", " ", "p1 ", "P1", "u-assoc", "p1", "p9", "d-1", "d-2",
                        "t-1", "a-1", "b-presidents", "c-ai", "m-5-5", "\x00"])  # fmt: skip
shapes = st.sampled_from([None, [], {}, [None], {"x": 1}, [[[]]], DELETE])
values = st.one_of(texts, numbers, dates, keys, shapes)


FREE_TEXT = {"title", "notes", "text", "location", "name", "note", "issue_no", "issued_by",
             "short_name", "title_in_unit", "reason", "phone", "email"}  # fmt: skip
DATES = {"start", "end", "due", "on", "from", "to", "issued_on"}


def leaf_paths(data: Any, path: Path_ = ()) -> list[Path_]:
    """Every field and list item, containers included."""
    found = [path] if path else []
    if isinstance(data, dict):
        for name, value in data.items():
            found.extend(leaf_paths(value, (*path, name)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(leaf_paths(value, (*path, index)))
    return found


def set_path(data: Any, path: Path_, value: Any) -> None:
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if value is DELETE:
        del parent[last]
    elif isinstance(parent, list) and isinstance(last, int) and value == "__append__":
        parent.append(copy.deepcopy(parent[last]))  # a duplicate record (same key)
    else:
        parent[last] = value


def mutations(base: Any, *, envelope: bool = True) -> st.SearchStrategy[list[tuple[Path_, Any]]]:
    """Up to three changes; without `envelope`, the meeting's own key only gets text and
    the app's `computed` block (its version stamp) is left alone: the window always
    sends what `get_meeting` gave it, and only the user's fields vary."""
    paths = leaf_paths(base)
    if not envelope:
        paths = [p for p in paths if p[0] not in ("computed", "key")]
    records = [p for p in paths if isinstance(p[-1], int)]
    change = st.tuples(st.sampled_from(paths), values)
    if not envelope:
        change = st.one_of(change, st.tuples(st.just(("key",)), st.one_of(texts, keys)))
    free = [p for p in paths if p[-1] in FREE_TEXT]
    tallies = [p for p in paths if p[-1] in ("for", "against", "abstain")]
    typed = st.one_of(
        st.tuples(st.sampled_from(free), texts),  # mostly accepted: kept exactly as typed
        st.tuples(st.sampled_from(tallies), numbers),
        st.tuples(st.sampled_from([p for p in paths if p[-1] in DATES]), dates),
    )
    duplicate = st.tuples(st.sampled_from(records), st.just("__append__"))
    unknown = st.tuples(st.sampled_from([p for p in paths if isinstance(p[-1], str)]),
                        st.just("__unknown__"))  # fmt: skip
    return st.lists(st.one_of(typed, typed, typed, change, duplicate, unknown),
                    min_size=1, max_size=3)  # fmt: skip


def mutate(base: Any, changes: list[tuple[Path_, Any]]) -> Any:
    data = copy.deepcopy(base)
    for path, value in changes:
        try:
            if value == "__unknown__":
                parent = data
                for step in path[:-1]:
                    parent = parent[step]
                if isinstance(parent, dict):
                    parent["unexpected_field"] = "x"
                continue
            set_path(data, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or reshaped this part
    return data


# --- the database as it is ----------------------------------------------------------


def table_hash(path: Path) -> str:
    """A hash of every row of every table (what a failed case must leave unchanged)."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        # FTS5 tables are hashed through their shadow tables (some have no rowid).
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]  # fmt: skip
        for name in names:
            digest.update(name.encode())
            for row in sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"'))):
                digest.update(row.encode("utf-8", "surrogatepass"))
    finally:
        conn.close()
    return digest.hexdigest()


def one_case(db_path: Path, action: Callable[[], object]) -> bool:
    """Run one case: success, or a one-line UserError with the database unchanged."""
    before = table_hash(db_path)
    try:
        action()
    except UserError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        assert "Traceback" not in message
        assert table_hash(db_path) == before, f"changed after a refused case: {message}"
        event("refused with a message")
        return False
    event("succeeded")
    return True


# --- the properties -----------------------------------------------------------------


def test_the_archive_importer_takes_anything(
    tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    db_path = tmp_path / "hostile.db"
    db = open_database(db_path)
    import_archive(db, write_json(sample, "base.json"))
    archive = tmp_path / "case.json"

    @SETTINGS
    @given(mutations(sample))
    def case(changes: list[tuple[Path_, Any]]) -> None:
        data = mutate(sample, changes)
        archive.write_text(json.dumps(data), encoding="utf-8")  # \\u escapes keep surrogates
        if one_case(db_path, lambda: import_archive(db, archive, replace=True)):
            report = check_database(db)
            assert report.ok, report.problems
        for old in tmp_path.glob("hostile.before-import-*.db"):
            old.unlink()

    try:
        case()
    finally:
        db.dispose()


def as_record(data: Any) -> Meeting | None:
    """The typed meeting a mutated archive form stands for; None when no typed meeting can
    hold it (a status or a date no enum or date type has, a record without its key): the
    window cannot send those, it hands the services typed records only."""
    try:
        return meeting_from_json(data)
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
        return None


def test_the_meeting_services_take_anything(loaded_db: Any, db_path: Path) -> None:
    base = meeting_to_json(get_meeting(loaded_db, "m-5-5"))
    created = itertools.count(100)

    @SETTINGS
    @given(mutations(base, envelope=False), st.booleans())
    def case(changes: list[tuple[Path_, Any]], as_new: bool) -> None:
        current = get_meeting(loaded_db, "m-5-5")
        form = meeting_to_json(current)
        if as_new:  # a new meeting of its own key and number, then the changes
            n = next(created)
            form.update(key=f"m-new-{n}", sequence=n)
        doc = as_record(mutate(form, changes))
        if doc is None:
            event("not a typed meeting")
            return
        if not as_new:
            doc.figures = current.figures  # the version stamp, sent back unchanged
        if as_new:
            action: Callable[[], object] = lambda: create_meeting(loaded_db, doc)  # noqa: E731
        else:
            action = lambda: save_meeting(loaded_db, doc)  # noqa: E731
        if one_case(db_path, action):
            report = check_database(loaded_db)
            assert report.ok, report.problems
            if as_new:  # keep the database small: one case, one meeting at most
                delete_meeting(loaded_db, doc.key)

    case()


@SETTINGS
@given(st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"\xff\xfe{}", b"[" * 100_000, b'{"format": "minutes-archive"' * 2,
                     b'{"a": 1, "a": 2}', b"\xef\xbb\xbf{}", b"null", b"1e999999", b""]),
))  # fmt: skip
def test_any_bytes_as_an_archive_file_give_one_line(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.json"
        path.write_bytes(data)
        try:
            load_archive(read_archive_file(path))
        except UserError as exc:
            assert "\n" not in str(exc)
