"""Problems opening a database file, each with a way forward for the secretary."""

from __future__ import annotations

from minutes_app.domain.errors import UserError


class DatabaseOpenError(UserError):
    """The file cannot be used as it is; nothing was changed in it."""


class NotADatabase(DatabaseOpenError):
    pass


class DamagedDatabase(DatabaseOpenError):
    pass


class NewerDatabase(DatabaseOpenError):
    pass
