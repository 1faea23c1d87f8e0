"""Verify a referral letter offline: signed payload, device key, and that the page shows what was signed.

Parsing the payload, the key and signature checks and the content digest are `protocol.letter` (the office
runs the same steps); this module adds what needs the letter layout: re-drawing the signed content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.letters import pdf
from app.letters.content import LANGUAGES, LAYOUT_VERSION, ContentInvalid, LetterContent, content_from_fields
from app.letters.payload import LetterPayload
from app.letters.render import render_with_payload
from protocol import letter as signed
from protocol.letter import KeyResolver, LetterRefused, Reason, RevokedKey, UnknownKey

__all__ = ["KeyResolver", "LetterVerification", "Reason", "RevokedKey", "UnknownKey", "verify_letter"]


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


def verify_letter(pdf_bytes: bytes, *, resolve_key: KeyResolver, password: str = "") -> LetterVerification:
    """Check a letter PDF: payload, key, signature, content hash, and the drawn pages against the content."""
    payload: signed.LetterPayload | None = None
    try:
        with pdf.open_pdf(pdf_bytes, password=password) as doc:
            payload, document = _read(doc)
            signed.check_key(payload, resolve_key)
            content, lang = _check_document(payload, document)
            url = document.get("verify_url") if isinstance(document.get("verify_url"), str) else None
            _check_drawing(doc, content, lang=lang, payload=payload, verify_url=url)
    except pdf.NotAPdf as exc:
        return LetterVerification(False, Reason.NOT_A_LETTER, str(exc))
    except LetterRefused as exc:
        return LetterVerification(False, exc.reason, exc.detail, **_ids(payload))
    ids = _ids(payload)
    return LetterVerification(True, None, "genuine and unchanged", content=content, lang=lang, **ids)


def _ids(payload: signed.LetterPayload | None) -> dict[str, Any]:
    """Letter, referral and key ids of a payload, when one was read."""
    if payload is None:
        return {}
    return {"letter_id": payload.letter_id, "referral_id": payload.referral_id, "key_id": payload.key_id}


def _read(doc: Any) -> tuple[signed.LetterPayload, dict[str, Any]]:
    """The payload and the letter document from the PDF metadata."""
    found = pdf.read_metadata(doc)
    if found is None:
        raise LetterRefused(Reason.NOT_A_LETTER, "the PDF carries no NRM Desk letter payload")
    return signed.read_letter(*found)


def _check_document(payload: signed.LetterPayload, document: dict[str, Any]) -> tuple[LetterContent, str]:
    """The embedded document hashes to the signed digest and names the same letter and referral."""
    signed.check_digest(payload, document)
    if document.get("layout") != LAYOUT_VERSION or document.get("lang") not in LANGUAGES:
        raise LetterRefused(Reason.UNSUPPORTED_LAYOUT, "this letter was made by another version of the letter layout")
    try:
        content = content_from_fields(document["content"])
    except (ContentInvalid, KeyError) as exc:
        raise LetterRefused(Reason.CONTENT_CHANGED, f"the signed content cannot be read: {exc}") from exc
    signed.check_names(payload, document)
    return content, str(document["lang"])


def _check_drawing(doc: Any, content: LetterContent, *, lang: str, payload: signed.LetterPayload,
                   verify_url: str | None = None) -> None:
    """The pages draw exactly what the signed content draws (text, positions, QR), logo aside."""
    same = LetterPayload(payload.letter_id, payload.referral_id, payload.digest, payload.key_id, payload.signature)
    expected_bytes = render_with_payload(content, lang=lang, payload=same, verify_url=verify_url)
    with pdf.open_pdf(expected_bytes) as expected:
        try:
            drawn = pdf.drawing(doc)
        except pdf.PdfUnreadable as exc:
            raise LetterRefused(Reason.CONTENT_CHANGED, "the printed pages cannot be read") from exc
        if drawn != pdf.drawing(expected):
            raise LetterRefused(Reason.CONTENT_CHANGED, "the printed letter differs from its signed content")
