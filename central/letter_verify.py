"""`nrm-central letter verify`: the office checks a referral letter's signed payload against enrolled devices.

The office runs the checks of `protocol.letter` that need no drawing: payload, device key (known, not
revoked), signature, content digest, ids. Comparing the printed pages with the signed content needs the
post's letter renderer, so the office reports the signed content instead of re-drawing it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pikepdf
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from central import withdrawals
from central.errors import LetterLocked
from central.store import Store
from protocol.keys import key_id
from protocol.letter import LetterRefused, Reason, RevokedKey, check_letter

PAYLOAD_KEY = "/NRMLetterPayload"
DOCUMENT_KEY = "/NRMLetterDocument"


@dataclass(frozen=True)
class LetterCheck:
    """The office's answer: valid or the reason, and what the signature covers."""

    valid: bool
    reason: str | None
    detail: str
    letter_id: str | None = None
    referral_id: str | None = None
    key_id: str | None = None
    device_id: str | None = None
    post_code: str | None = None
    content: dict[str, Any] | None = None


def _metadata(pdf_bytes: bytes, password: str) -> tuple[str, str]:
    """The payload and document strings the letter carries in its PDF metadata."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes), password=password) as pdf:
            payload, document = pdf.docinfo.get(PAYLOAD_KEY), pdf.docinfo.get(DOCUMENT_KEY)
            if payload is None or document is None:
                raise LetterRefused(Reason.NOT_A_LETTER, "the PDF carries no NRM Desk letter payload")
            return str(payload), str(document)
    except pikepdf.PasswordError as exc:
        raise LetterLocked("The letter is password protected: set NRM_LETTER_PASSWORD to its password.") from exc
    except pikepdf.PdfError as exc:
        raise LetterRefused(Reason.NOT_A_LETTER, "not a readable PDF") from exc


def verify_letter_pdf(store: Store, pdf_bytes: bytes, *, password: str = "") -> LetterCheck:
    """Check a letter PDF against the devices this office enrolled."""
    devices = {key_id(bytes(d["signing_key"])): d for d in store.devices()}

    def resolve(kid: str) -> Ed25519PublicKey | None:
        device = devices.get(kid)
        if device is not None and device["revoked_at"]:
            raise RevokedKey(kid)
        return None if device is None else Ed25519PublicKey.from_public_bytes(bytes(device["signing_key"]))

    try:
        payload, document = check_letter(*_metadata(pdf_bytes, password), resolve_key=resolve)
    except LetterRefused as exc:
        return LetterCheck(False, str(exc.reason), exc.detail)
    device = devices[payload.key_id]
    with store.read() as conn:  # issue 16: the office no longer repeats a withdrawn referral's content
        stopped = bool(withdrawals.covered(conn, [payload.referral_id]))
    detail = "genuine signed content from an enrolled device (pages not re-drawn)"
    return LetterCheck(True, None, detail + ("; the person withdrew consent: content withheld" if stopped else ""),
                       payload.letter_id, payload.referral_id, payload.key_id, device["device_id"],
                       device["post_code"], None if stopped else document.get("content"))
