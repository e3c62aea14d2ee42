"""Errors a secretary can fix, as opposed to bugs."""

from __future__ import annotations


class UserError(Exception):
    """Wrong input or a refused action: the message says what is wrong and what to do."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(UserError):
    """A record breaks a rule; nothing was written."""
