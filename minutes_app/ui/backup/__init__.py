"""Backups in the window: the menu and its dialogs (menu.py), the checks at open (opening.py).

The package itself imports nothing: app.py needs opening.py before the window shows,
and the dialogs (with the services they call) load only when the menu is installed.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BackupMenu", "install_backup_menu"]


def __getattr__(name: str) -> Any:
    """`from minutes_app.ui.backup import install_backup_menu`, loaded on first use."""
    if name in __all__:
        from minutes_app.ui.backup import menu

        return getattr(menu, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
