"""Writing a file the safe way: a temp file beside it, then one rename.

Whatever goes wrong (a folder that is not writable, a full disk, a target held open by
another program on Windows), the old file is left as it was, no temp file is left
behind, and the error says what to do. New files are owner-only (0600) on POSIX.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.tempnames import STALE_SECONDS, is_our_temp, temp_prefix
from minutes_app.store.errors import file_error


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """Yield a temp path in `out`'s folder; when the block succeeds it becomes `out`."""
    target = out.expanduser().resolve()
    folder = target.parent
    if not folder.is_dir():
        raise UserError(msg("folder.missing", folder=folder))
    try:
        fd, name = tempfile.mkstemp(
            prefix=temp_prefix(target.stem[:40]), suffix=target.suffix, dir=folder
        )
        os.close(fd)
    except OSError as exc:
        raise file_error(exc, out) from None
    tmp = Path(name)
    try:
        yield tmp
        _flush(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        raise file_error(exc, out) from None
    finally:
        tmp.unlink(missing_ok=True)


def _flush(path: Path) -> None:
    """Data on disk before the rename, so a crash leaves the old file or the new one."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def sweep_stale_temps(folder: Path, older_than: float = STALE_SECONDS) -> int:
    """Remove temp files of ours (domain.tempnames) left by a killed writer; how many.

    Only files named with our prefix and untouched for `older_than` seconds: a running
    export writes its temp file continuously, so it is never that old.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not is_our_temp(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue  # held open by another program, or already gone
    return removed
