"""The archive file: UTF-8 JSON read with a clear message for each way it can fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg


def read_archive_file(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(msg("archive_file.missing", path=path)) from None
    except OSError as exc:
        raise UserError(msg("archive_file.unreadable", path=path, reason=exc.strerror)) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(msg("archive_file.not_utf8", path=path)) from None
    except json.JSONDecodeError as exc:
        where = {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        raise UserError(msg("archive_file.bad_json", path=path, **where)) from None
    except RecursionError:
        raise UserError(msg("archive_file.too_deep", path=path)) from None
