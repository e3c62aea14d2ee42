"""How a database changed between two looks, as the window must react to it."""

from __future__ import annotations

from enum import StrEnum


class DatabaseChange(StrEnum):
    NONE = "none"  # nothing committed since: write on
    CHANGED = "changed"  # another process committed: reload before writing
    REPLACED = "replaced"  # another file now sits at the path: reopen, then reload
    GONE = "gone"  # no file at the path any more: stop writing, say so
