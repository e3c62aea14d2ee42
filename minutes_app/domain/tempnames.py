"""How the app names its temporary files, so that leftovers can be told and removed.

Every file the app writes goes first to a hidden temp file beside its target, then is
renamed into place. A process killed in between leaves the temp file behind; the next
export into that folder, and the app's start (data and backup folders), remove those
of ours older than STALE_SECONDS: the prefix says they are ours, the age that no
running export still writes them.
"""

from __future__ import annotations

TEMP_PREFIX = ".minutes-app-tmp-"
STALE_SECONDS = 60 * 60


def temp_prefix(what: str) -> str:
    """The prefix of one writer's temp files: .minutes-app-tmp-members-…"""
    return f"{TEMP_PREFIX}{what}-"


def is_our_temp(name: str) -> bool:
    return name.startswith(TEMP_PREFIX)
