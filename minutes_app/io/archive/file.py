"""The archive file: UTF-8 JSON read with a clear message for each way it can fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minutes_app.domain.errors import UserError


def read_archive_file(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"找不到归档文件 {path}；请检查路径") from None
    except OSError as exc:
        raise UserError(f"无法读取归档文件 {path}：{exc.strerror}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(f"{path} 不是 UTF-8 编码的 JSON 文件；请用本程序导出的归档") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）；"
            "请检查文件是否完整"
        ) from None
    except RecursionError:
        raise UserError(f"{path} 嵌套层次过深，不是本程序的归档") from None
