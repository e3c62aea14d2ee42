"""督办事项 as CSV: UTF-8 with a BOM, so Excel opens the Chinese correctly."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from minutes_app.domain.actions import ActionRow
from minutes_app.io.actions.columns import HEADERS, values
from minutes_app.io.cells import csv_field


def write_csv(path: Path, rows: Sequence[ActionRow], as_of: dt.date, organisation: str) -> int:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        for number, row in enumerate(rows, 1):
            writer.writerow(csv_field(v) for v in values(number, row, as_of))
    return len(rows)
