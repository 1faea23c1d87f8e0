"""Central-office errors beyond the protocol's, each with an HTTP status and a machine-readable code."""

from __future__ import annotations

from protocol.errors import ProtocolError


class CentralError(Exception):
    """Base: `code` for machines, `status` for HTTP, the message for people."""

    code = "central_error"
    status = 400

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)
        self.message = message or self.code


class BundleConflict(CentralError):
    """The same bundle id was already stored with different bytes."""

    code, status = "bundle_conflict", 409


class BodyTooLarge(CentralError):
    """The request body is over the configured limit."""

    code, status = "body_too_large", 413


class UnsupportedMediaType(CentralError):
    """The request body has the wrong content type."""

    code, status = "unsupported_media_type", 415


class ClientGone(CentralError):
    """The client disconnected mid-body; nothing was stored (the answer cannot reach it anyway)."""

    code, status = "client_disconnected", 400


class NotFound(CentralError):
    """No such resource."""

    code, status = "not_found", 404


class EnrolCodeUnknown(CentralError):
    """No enrolment code with that id was issued."""

    code, status = "enrol_code_unknown", 403


class EnrolCodeExpired(CentralError):
    """The enrolment code expired."""

    code, status = "enrol_code_expired", 403


class EnrolCodeUsed(CentralError):
    """The enrolment code was already used by another request."""

    code, status = "enrol_code_used", 409


class StoreUnavailable(CentralError):
    """The database cannot be reached or is busy; retry later."""

    code, status = "store_unavailable", 503


class StoreTooNew(CentralError):
    """The database was migrated by a newer version of this program."""

    code, status = "store_too_new", 503


class KeyFileError(CentralError):
    """The office key file is missing, damaged, or the passphrase is wrong."""

    code, status = "key_file_error", 500


class LetterLocked(CentralError):
    """A password-protected letter was given without its password (or with a wrong one)."""

    code = "letter_locked"


class NotInitialised(CentralError):
    """The data directory has no office keys yet."""

    code, status = "not_initialised", 500


PROTOCOL_STATUS = {
    "bad_magic": 400, "unsupported_version": 400, "unsupported_suite": 400, "truncated": 400,
    "malformed": 400, "non_canonical_json": 400,
    "unknown_device": 403, "revoked_device": 403,
    "enrolment_mac_invalid": 403, "enrolment_proof_invalid": 403,
    "sequence_replayed": 409, "referral_id_taken": 409,
}


def http_status(exc: ProtocolError | CentralError) -> int:
    """The HTTP status for an error: protocol verification failures are 422 unless listed."""
    if isinstance(exc, CentralError):
        return exc.status
    return PROTOCOL_STATUS.get(exc.code, 422)
