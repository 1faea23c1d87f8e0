"""The post side of enrolment: a request MACed under the one-time code, online or as a file for USB."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.transport import Answer, Unreachable
from protocol.enrolment import Enrolment, build_enrol_request, normalize_code, verify_enrol_response
from protocol.keys import Root
from protocol.usb import ENROL_REQUEST, ENROL_RESPONSE

REQUEST_FILE = ENROL_REQUEST
RESPONSE_FILE = ENROL_RESPONSE


class EnrolmentRefused(Exception):
    """The office refused the request (unknown, expired or used code); `code` is its error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


class EnrolTransport(Protocol):
    def enroll(self, request: bytes) -> Answer: ...


def build_request(*, code: str, post_code: str, signing_key: Ed25519PrivateKey, box_key: X25519PrivateKey,
                  now: datetime) -> bytes:
    """The request bytes; keep them: a retry must send exactly these (the office answers it again)."""
    normalize_code(code)
    return build_enrol_request(code=code, post_code=post_code, signing_key=signing_key, box_key=box_key,
                               created_at=now)


def enrol_online(transport: EnrolTransport, *, code: str, request: bytes, tries: int = 3,
                 sleep: Callable[[float], None] = time.sleep) -> Enrolment:
    """POST the request (retrying transient failures with the same bytes) and verify the MACed answer."""
    for attempt in range(1, tries + 1):
        try:
            answer = transport.enroll(request)
        except Unreachable:
            if attempt == tries:
                raise
            sleep(0.5 * attempt)
            continue
        if answer.ok:
            return verify_enrol_response(answer.body, code=code, request=request)
        if answer.permanent or attempt == tries:
            raise EnrolmentRefused(answer.error or f"http_{answer.status}", _sentence(answer))
        sleep(min(answer.retry_after or 0.5 * attempt, 5.0))
    raise AssertionError("unreachable")  # pragma: no cover


def check_pinned(enrolment: Enrolment, pinned: Root | None) -> None:
    """A USB enrolment pins root.json from a file first; the office's MACed answer must name the same root."""
    if pinned is not None and pinned.raw != enrolment.root.raw:
        raise EnrolmentRefused("root_mismatch", "The root.json file differs from the one the office sent.")


def _sentence(answer: Answer) -> str:
    known = {
        "enrol_code_unknown": "The office does not know this enrolment code; check it or ask for a new one.",
        "enrol_code_expired": "The enrolment code has expired; ask the office for a new one.",
        "enrol_code_used": "This enrolment code was already used; ask the office for a new one.",
        "enrolment_mac_invalid": "The office could not verify the request with this code; check the code.",
    }
    return known.get(answer.error or "", f"The office refused the enrolment ({answer.error or answer.status}).")
