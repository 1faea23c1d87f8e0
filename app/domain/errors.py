"""Errors that cross layers, each carrying the command-line exit code of DESIGN.md §9."""

from __future__ import annotations

from collections.abc import Sequence


class NrmError(Exception):
    """Base of every expected failure: one clear sentence for the user, and an exit code."""

    exit_code = 1
    code = "refused"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Refused(NrmError):
    """Validation, role, consent or state refused the operation (exit 1)."""


class NotFound(Refused):
    code = "not_found"


class PermissionDenied(Refused):
    code = "permission_denied"


class InvalidState(Refused):
    code = "invalid_state"


class ValidationFailed(Refused):
    """Input did not validate; `path` names the offending field (e.g. cases[0].person.nationality)."""

    code = "validation_failed"

    def __init__(
        self, message: str, *, path: str = "", errors: Sequence[tuple[str, str]] | None = None
    ) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        # Every problem found, in document order, as (path, message); the first one is `path` itself.
        self.errors: list[tuple[str, str]] = list(errors) if errors else [(path, message)]


class UsageError(NrmError):
    exit_code = 2
    code = "usage"


class AuthenticationFailed(NrmError):
    exit_code = 3
    code = "authentication_failed"


class IntegrityFailure(NrmError):
    """Tampering or corruption was detected (exit 4)."""

    exit_code = 4
    code = "integrity_failure"


class MissingResource(IntegrityFailure):
    """A file the installation must carry (an instrument, a font) is not there: the install is damaged (exit 4)."""

    code = "missing_resource"


class OfficeUnreachable(NrmError):
    exit_code = 5
    code = "office_unreachable"
