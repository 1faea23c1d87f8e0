"""Verify a referral letter offline: signed payload, device key, and that the page shows what was signed."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.letters import pdf
from app.letters.content import (
    LANGUAGES,
    LAYOUT_VERSION,
    ContentInvalid,
    LetterContent,
    content_from_fields,
    document_digest,
)
from app.letters.payload import LetterPayload, PayloadInvalid
from app.letters.render import render_with_payload


class UnknownKey(LookupError):
    """resolve_key raises this (or returns None) for a key id it has never seen."""


class RevokedKey(LookupError):
    """resolve_key raises this for a key that was revoked."""


class Reason(enum.StrEnum):
    """Why a letter is not valid."""

    NOT_A_LETTER = "not a letter"
    UNKNOWN_KEY = "unknown key"
    REVOKED_KEY = "revoked key"
    BAD_SIGNATURE = "bad signature"
    CONTENT_CHANGED = "content changed"
    UNSUPPORTED_LAYOUT = "unsupported layout"


@dataclass(frozen=True)
class LetterVerification:
    """The answer of verify_letter; when valid, content is what the signature covers."""

    valid: bool
    reason: Reason | None = None
    detail: str = ""
    letter_id: str | None = None
    referral_id: str | None = None
    key_id: str | None = None
    lang: str | None = None
    content: LetterContent | None = field(default=None, compare=False)


KeyResolver = Callable[[str], Ed25519PublicKey | None]


class _Invalid(Exception):
    """Internal: stop verification with a reason."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def verify_letter(pdf_bytes: bytes, *, resolve_key: KeyResolver, password: str = "") -> LetterVerification:
    """Check a letter PDF: payload, key, signature, content hash, and the drawn pages against the content."""
    payload: LetterPayload | None = None
    try:
        with pdf.open_pdf(pdf_bytes, password=password) as doc:
            payload, document = _read(doc)
            _check_key(payload, resolve_key)
            content, lang = _check_document(payload, document)
            _check_drawing(doc, content, lang=lang, payload=payload)
    except pdf.NotAPdf as exc:
        return LetterVerification(False, Reason.NOT_A_LETTER, str(exc))
    except _Invalid as exc:
        return _invalid(exc, payload)
    ids = _ids(payload)
    return LetterVerification(True, None, "genuine and unchanged", content=content, lang=lang, **ids)


def _ids(payload: LetterPayload | None) -> dict[str, Any]:
    """Letter, referral and key ids of a payload, when one was read."""
    if payload is None:
        return {}
    return {"letter_id": payload.letter_id, "referral_id": payload.referral_id, "key_id": payload.key_id}


def _invalid(exc: _Invalid, payload: LetterPayload | None) -> LetterVerification:
    """An invalid answer carrying whatever ids were read."""
    return LetterVerification(False, exc.reason, exc.detail, **_ids(payload))


def _read(doc: Any) -> tuple[LetterPayload, dict[str, Any]]:
    """The payload and the letter document from the PDF metadata."""
    found = pdf.read_metadata(doc)
    if found is None:
        raise _Invalid(Reason.NOT_A_LETTER, "the PDF carries no NRM Desk letter payload")
    try:
        payload = LetterPayload.decode(found[0])
        document = json.loads(found[1])
    except (PayloadInvalid, json.JSONDecodeError) as exc:
        raise _Invalid(Reason.NOT_A_LETTER, str(exc)) from exc
    if not isinstance(document, dict):
        raise _Invalid(Reason.NOT_A_LETTER, "the letter document is not an object")
    return payload, document


def _check_key(payload: LetterPayload, resolve_key: KeyResolver) -> None:
    """The signing key is known, not revoked, and signed this payload."""
    try:
        key = resolve_key(payload.key_id)
    except RevokedKey as exc:
        raise _Invalid(Reason.REVOKED_KEY, f"key {payload.key_id} was revoked") from exc
    except UnknownKey as exc:
        raise _Invalid(Reason.UNKNOWN_KEY, f"key {payload.key_id} is not known") from exc
    if key is None:
        raise _Invalid(Reason.UNKNOWN_KEY, f"key {payload.key_id} is not known")
    if not payload.verifies_with(key):
        raise _Invalid(Reason.BAD_SIGNATURE, "the signature does not match the payload")


def _check_document(payload: LetterPayload, document: dict[str, Any]) -> tuple[LetterContent, str]:
    """The embedded document hashes to the signed digest and names the same letter and referral."""
    if document_digest(document) != payload.digest:
        raise _Invalid(Reason.CONTENT_CHANGED, "the letter's content fields do not match the signed hash")
    if document.get("layout") != LAYOUT_VERSION or document.get("lang") not in LANGUAGES:
        raise _Invalid(Reason.UNSUPPORTED_LAYOUT, "this letter was made by another version of the letter layout")
    try:
        content = content_from_fields(document["content"])
    except (ContentInvalid, KeyError) as exc:
        raise _Invalid(Reason.CONTENT_CHANGED, f"the signed content cannot be read: {exc}") from exc
    if (content.letter_id, content.referral_id) != (payload.letter_id, payload.referral_id):
        raise _Invalid(Reason.CONTENT_CHANGED, "the payload and the content name different letters")
    return content, str(document["lang"])


def _check_drawing(doc: Any, content: LetterContent, *, lang: str, payload: LetterPayload) -> None:
    """The pages draw exactly what the signed content draws (text, positions, QR), logo aside."""
    expected_bytes = render_with_payload(content, lang=lang, payload=payload)
    with pdf.open_pdf(expected_bytes) as expected:
        try:
            drawn = pdf.drawing(doc)
        except pdf.PdfUnreadable as exc:
            raise _Invalid(Reason.CONTENT_CHANGED, "the printed pages cannot be read") from exc
        if drawn != pdf.drawing(expected):
            raise _Invalid(Reason.CONTENT_CHANGED, "the printed letter differs from its signed content")
