"""The report tests' database: the small archive of tests/report/report_archive.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.store.database import Database
from tests.report.report_archive import report_archive


@pytest.fixture
def archive(sample: dict[str, Any]) -> dict[str, Any]:
    return report_archive(sample)


@pytest.fixture
def report_db(
    db_path: Path, archive: dict[str, Any], write_json: Callable[..., Path]
) -> Iterator[Database]:
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    db = open_database(db_path)
    import_archive(db, write_json(archive))
    yield db
    db.dispose()
