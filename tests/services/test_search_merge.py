"""`import --merge` fills the search index like a full import: merged records are found."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from minutes_app.domain.search import HitKind
from minutes_app.services.archive_merge import merge_archive
from minutes_app.services.search import search, search_page


def keys(db: Any, query: str) -> list[tuple[str, str, str | None]]:
    return [(h.kind.value, h.key, h.meeting_key) for h in search(db, query)]


def test_merged_meetings_and_registry_records_are_found(
    loaded_db: Any, sample: dict[str, Any]
) -> None:
    meeting = copy.deepcopy(sample["meetings"][0])
    meeting.update(key="m-5-6", sequence=6, title=None, location="协会三楼小会议室",
                   start="2024-08-20T09:00:00", end="2024-08-20T11:00:00")  # fmt: skip
    item = meeting["agenda"][0]
    item["title"] = "审议绿色建筑咨询服务指引"
    item["decisions"][0]["text"] = "审议通过《绿色建筑咨询服务指引》。"
    person = {**copy.deepcopy(sample["people"][0]), "name": "李光明"}  # replaced by key
    unit = {**copy.deepcopy(sample["units"][0]), "key": "u-lvjian", "name": "天津绿建咨询有限公司"}
    unit.pop("roles", None)  # its own roles would name the sample's seats
    archive = {"format": sample["format"], "version": sample["version"],
               "people": [person], "units": [unit], "meetings": [meeting]}  # fmt: skip
    summary = merge_archive(loaded_db, archive)
    assert summary.added >= 2 and summary.replaced >= 1

    assert keys(loaded_db, "绿色建筑") == [
        ("agenda_item", "a-1", "m-5-6"),
        ("decision", "d-1", "m-5-6"),
    ]
    assert keys(loaded_db, "三楼小会议室") == [("meeting", "m-5-6", "m-5-6")]
    (hit,) = search(loaded_db, "第五届第六次")
    assert hit.meeting_date == dt.date(2024, 8, 20)
    assert keys(loaded_db, "绿建咨询") == [("unit", "u-lvjian", None)]
    assert keys(loaded_db, "李光明") == [("person", "p1", None)]
    assert keys(loaded_db, "李光辉") == []
    # The newer meeting is listed first; the older one is still found.
    page = search_page(loaded_db, "房友", per_kind=100)
    decisions = [h.meeting_key for h in page.hits if h.kind is HitKind.DECISION]
    assert decisions == ["m-5-6", "m-5-5"]
