"""Which shared database the window opens: the address kept in its settings.

Apart from services.shared_db (SQLAlchemy, the server checks), so that a start on a
file does not import them before the window's first frame.
"""

from __future__ import annotations

from minutes_app.domain.db_url import ServerAddress, is_postgres, server_address

SETTINGS_KEY = "shared_database/url"  # the URL without its password


def saved_address(text: object) -> ServerAddress | None:
    """The address kept in the settings, or None (never set, or not a server URL)."""
    if not isinstance(text, str) or not is_postgres(text):
        return None
    return server_address(text)
