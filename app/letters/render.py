"""Render a signed referral letter to PDF bytes in memory."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.letters import layout, pdf
from app.letters.content import LetterContent, letter_document
from app.letters.payload import LetterPayload, sign_payload
from protocol.letter import canonical_json, document_digest


def render_letter(
    content: LetterContent,
    *,
    lang: str,
    signing_key: Ed25519PrivateKey,
    key_id: str,
    logo_path: Path | None = None,
    verify_url: str | None = None,
) -> bytes:
    """The letter as PDF bytes (never written to disk), signed by the device key; lang is en, ur or en+ur."""
    document = letter_document(content, lang=lang, verify_url=verify_url)
    payload = sign_payload(
        content.letter_id,
        content.referral_id,
        digest=document_digest(document),
        key_id=key_id,
        signing_key=signing_key,
    )
    return render_with_payload(content, lang=lang, payload=payload, logo_path=logo_path, verify_url=verify_url)


def render_with_payload(
    content: LetterContent, *, lang: str, payload: LetterPayload, logo_path: Path | None = None,
    verify_url: str | None = None,
) -> bytes:
    """The letter drawn around an existing payload (verification re-draws a letter this way)."""
    document = letter_document(content, lang=lang, verify_url=verify_url)
    encoded = payload.encode()
    drawn = layout.compose(content, lang=lang, payload=encoded, key_id=payload.key_id, logo_path=logo_path,
                           verify_url=verify_url)
    return pdf.add_metadata(
        drawn,
        payload=encoded,
        document=canonical_json(document).decode("utf-8"),
        issued_on=content.issued_on,
    )
