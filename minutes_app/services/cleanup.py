"""Temp files a killed export or backup left behind, removed the next time round."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from minutes_app.store.files import sweep_stale_temps


def sweep_folders(folders: Iterable[Path]) -> int:
    """Remove our stale temp files (domain.tempnames) from each folder; how many."""
    return sum(sweep_stale_temps(folder) for folder in folders if folder.is_dir())


def sweep_beside(target: Path) -> int:
    """Before an export into `target`'s folder: what an earlier, killed one left there."""
    return sweep_folders([target.expanduser().resolve().parent])
