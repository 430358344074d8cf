"""Domain exceptions. The core raises them with a message for the user (in Chinese, the product's
language); the UI shows the message, never a traceback."""

from __future__ import annotations


class CoordinatorError(Exception):
    """Base of every error the user should read about."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(CoordinatorError):
    """Input that cannot be saved. ``field`` names the attribute at fault, if one is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CoordinatorError):
    pass


class DatabaseTooNewError(CoordinatorError):
    """The database was written by a newer version of the app."""


class DatabaseOpenError(CoordinatorError):
    pass


class NothingToUndoError(CoordinatorError):
    pass


class Cancelled(CoordinatorError):
    """The user cancelled a long operation; everything it did was rolled back."""

    def __init__(self, message: str = "操作已取消，数据未作改动。") -> None:
        super().__init__(message)
