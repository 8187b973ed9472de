"""Errors the domain modules raise; the app maps `status` to the HTTP status code.

Kept free of FastAPI so domain code can raise them without depending on the web layer.
"""

from typing import Any


class StudioError(Exception):
    """An error with a message meant for the user and the HTTP status it should produce."""

    status = 400

    def __init__(self, message: str, *, extra: dict[str, Any] | None = None) -> None:
        # Messages quote user input; an unpaired surrogate in it could not be sent as UTF-8 JSON.
        message = message.encode("utf-8", "backslashreplace").decode("utf-8")
        super().__init__(message)
        self.message = message
        self.extra = extra or {}


class BadPath(StudioError):
    status = 400


class ForbiddenPath(StudioError):
    status = 403


class NotFound(StudioError):
    status = 404


class Conflict(StudioError):
    status = 409


class Unprocessable(StudioError):
    status = 422


class PayloadTooLarge(StudioError):
    status = 413


class StorageFull(StudioError):
    status = 507


class ServiceUnavailable(StudioError):
    status = 503


class ServerFailure(StudioError):
    status = 500
