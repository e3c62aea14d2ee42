"""The schema revisions this app ships, read from the migration files' first lines.

Neither SQLAlchemy nor Alembic: the window's first frame checks a file's revision
against the head before either is imported (services.start_list).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.MULTILINE)


@cache
def _revisions() -> dict[str, str | None]:
    """revision id -> the revision it follows, read from the migration files."""
    folder = resources.files("minutes_app.store") / "migrations" / "versions"
    found: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".py") and not entry.name.startswith("__"):
            source = entry.read_text(encoding="utf-8")
            revision, down = _REVISION.search(source), _DOWN.search(source)
            if revision:
                parent = down.group(1).strip() if down else "None"
                found[revision.group(1)] = None if parent == "None" else parent
    return found


def head_revision() -> str:
    revisions = _revisions()
    parents = set(revisions.values())
    heads = [r for r in revisions if r not in parents]
    assert len(heads) == 1, f"migrations must form one line, heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revisions())
