"""Writing a file the safe way: a temp file beside it, then one rename.

Whatever goes wrong (a folder that is not writable, a full disk, a target held open by
another program on Windows), the old file is left as it was, no temp file is left
behind, and the error says what to do. New files are owner-only (0600) on POSIX.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutes_app.domain.errors import UserError
from minutes_app.store.errors import file_error


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """Yield a temp path in `out`'s folder; when the block succeeds it becomes `out`."""
    target = out.expanduser().resolve()
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"文件夹 {folder} 不存在；请先创建它或换一个位置")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
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
