"""A SQLite file's first look: opened read-only, checked, and what a failure means.

Nothing here writes to the file; store.database decides what to do with the answer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from minutes_app.domain.errors import UserError, shorten
from minutes_app.store.errors import DamagedDatabase, DiskFull, NotADatabase, UnreadableDatabase


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{path.as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if immutable else uri


def quick_check(path: Path) -> str:
    """Tell a foreign or damaged file before anything writes to it; nothing is written.

    Returns the read-only URI that opened it: `mode=ro`, or `immutable=1` as well when
    a WAL database sits where its shared-memory file cannot be created.
    """
    for immutable in (False, True):
        uri = read_only_uri(path, immutable=immutable)
        try:
            result = run_quick_check(path, uri)
        except sqlite3.OperationalError as exc:
            if immutable or not _needs_immutable(exc):
                raise _open_error(path, exc) from None
            continue
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        if result != "ok":
            raise DamagedDatabase(
                f"{path} 已损坏（quick_check: {result[:200]}）；请从最近的备份恢复，"
                "原文件未作任何改动"
            )
        return uri
    raise AssertionError("unreachable")


def run_quick_check(path: Path, uri: str) -> str:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(f"无法打开 {path}：{exc}；请检查文件权限") from None
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except UnicodeDecodeError:  # the check's report quotes garbage from a damaged page
        return "damaged pages (unreadable names)"
    finally:
        conn.close()


def _needs_immutable(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "readonly database" in text or "unable to open database file" in text


def _open_error(path: Path, exc: sqlite3.Error) -> UserError:
    """What a failed first look means. Only SQLite's finding damage in a file it could
    read is called damage: a full or failing disk is told as such (ENOSPC, EIO), since
    "damaged" offers to restore a backup over what may be good data."""
    text = str(exc)
    lower = text.lower()
    if "database or disk is full" in lower:
        return DiskFull(
            f"磁盘空间不足，无法打开 {path}；请清理磁盘空间后重试。"
            "数据库文件本身没有损坏，也未作任何改动"
        )
    if "disk i/o error" in lower:
        return UnreadableDatabase(
            f"无法读取（I/O 错误）{path}：磁盘可能已满、已断开或出了故障，文件本身未必损坏；"
            "请检查磁盘（清理空间、重新连接移动硬盘）后重试，不要急于从备份恢复"
        )
    if "not a database" in text or "encrypted" in text:
        return NotADatabase(
            f"{path} 不是本程序的数据库文件（file is not a database）；"
            "请选择正确的文件，原文件未作任何改动"
        )
    if "unable to open" in text or "readonly" in text:
        return NotADatabase(f"无法打开 {path}（{text}）；请检查文件和文件夹的权限")
    if "malformed" in lower or "corrupt" in lower:  # SQLite read the file and found damage
        return DamagedDatabase(f"{path} 已损坏（{text}）；请从最近的备份恢复，原文件未作任何改动")
    return UnreadableDatabase(
        f"无法读取 {path}（{shorten(text, 80)}）；原文件未作任何改动，请检查磁盘和文件权限后重试"
    )
