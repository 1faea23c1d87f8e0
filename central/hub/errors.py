"""Hub service errors: NotFound (404), Forbidden (403), Refused (409/422), each with a machine-readable code."""

from __future__ import annotations

from central import errors as central_errors


class HubError(central_errors.CentralError):
    """Base of the hub's service errors (routes map `status`; machines read `code`)."""

    code, status = "hub_error", 400


class NotFound(HubError, central_errors.NotFound):
    """No such object, or one this principal may not know exists (a provider asking for another's referral)."""

    code, status = "not_found", 404


class Forbidden(HubError):
    """The principal's role may never do this (an analyst asking for a person, a provider routing)."""

    code, status = "forbidden", 403

    def __init__(self, message: str = "", *, code: str = "forbidden") -> None:
        super().__init__(message or code)
        self.code = code


class Refused(HubError):
    """A request that is understood but cannot be done now: a bad transition (409) or a bad value (422)."""

    code, status = "refused", 409

    def __init__(self, message: str, *, code: str = "refused", status: int = 409) -> None:
        super().__init__(message)
        self.code, self.status = code, status
