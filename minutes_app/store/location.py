"""Where the database file sits: read-only places, cloud-synced and network folders.

A file that the user (or a file system) made read-only is opened read-only. A database
in a synced or network folder works, but a sync client may copy it half-written or make
"conflicted copies" of it, and network file systems break SQLite's locking: warn.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from minutes_app.domain.messages import Message, msg

# Folder names of sync clients (compared case-insensitively with each path part).
SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "icloud",
    "icloud drive",
    "icloud~com~apple",
    "mobile documents",
    "com~apple~clouddocs",
    "google drive",
    "googledrive",
    "my drive",
    "坚果云",
    "nutstore",
    "nutstore files",
    "baidunetdisk",
    "百度网盘",
    "synologydrive",
    "seafile",
    "box",
    "wps云文档",
    "wpsdrive",
    "tencent weiyun",
    "微云同步盘",
)

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "afpfs",
    "afs",
    "webdav",
    "davfs",
    "fuse.davfs",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "9p",
    "glusterfs",
    "fuse.glusterfs",
    "ceph",
    "fuse.ceph",
    "lustre",
    "gpfs",
    "ncpfs",
    "coda",
}


def writable(path: Path) -> bool:
    """Writable for us, and not marked read-only by its owner (root ignores the bits)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def read_only_reason(path: Path) -> Message | None:
    """Why the database at `path` can only be read, or None when it can be written."""
    if path.exists() and not writable(path):
        return msg("db.file_read_only", name=path.name)
    folder = path.parent
    if folder.exists() and not writable(folder):
        return msg("db.folder_read_only", folder=folder)
    return None


def synced_folder(path: Path) -> str | None:
    """The sync client a path belongs to, by its folder names."""
    for part in path.resolve().parts[:-1]:
        lowered = part.lower()
        for name in SYNC_FOLDERS:
            if lowered == name or lowered.startswith((f"{name} ", f"{name}-", f"{name}（")):
                return part
    return None


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The network file system (nfs, cifs …) the path is on, when it can be told."""
    if sys.platform == "win32":
        return _windows_remote(path)
    table = mounts if mounts is not None else _mount_table()
    best, kind = "", None
    target = str(path.resolve())
    for point, fs_type in _parse_mounts(table):
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fs_type
    return kind if kind in NETWORK_FS or (kind or "").startswith("nfs") else None


def location_warning(path: Path) -> Message | None:
    """A warning for a database in a synced or network folder, or None."""
    client = synced_folder(path)
    if client:
        return msg("db.synced_folder", client=client)
    fs_type = network_filesystem(path)
    if fs_type:
        return msg("db.network_folder", fs_type=fs_type)
    return None


def _parse_mounts(table: str) -> list[tuple[str, str]]:
    """Mount points and types from /proc/mounts or from `mount` (macOS) output."""
    out = []
    for line in table.splitlines():
        if " on " in line and "(" in line:  # macOS: //srv/share on /Volumes/s (smbfs, …)
            rest = line.split(" on ", 1)[1]
            point, _, options = rest.rpartition(" (")
            out.append((point, options.split(",")[0].strip(" )")))
            continue
        fields = line.split()
        if len(fields) >= 3:
            out.append((fields[1].replace("\\040", " "), fields[2]))
    return out


def _mount_table() -> str:
    try:
        if sys.platform.startswith("linux"):
            return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        if sys.platform == "darwin":
            return subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False
            ).stdout
    except (OSError, subprocess.SubprocessError):
        pass
    return ""


def _windows_remote(path: Path) -> str | None:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return "smb"
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        drive_remote = 4
        if kernel32.GetDriveTypeW(text[:3]) == drive_remote:
            return "smb"
    except (AttributeError, OSError):
        pass
    return None
