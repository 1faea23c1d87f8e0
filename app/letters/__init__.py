"""Referral letters: bilingual English-Urdu PDFs with reportlab, signed QR payloads, offline verification (no Qt)."""

from app.letters.content import (
    ContentInvalid,
    LetterContent,
    Need,
    Person,
    content_fields,
    content_for_recipient,
)
from app.letters.pdf import NotAPdf, PasswordEmpty, PasswordRequired, protect_pdf
from app.letters.render import render_letter
from app.letters.verify import LetterVerification, Reason, RevokedKey, UnknownKey, verify_letter

__all__ = [
    "ContentInvalid",
    "LetterContent",
    "LetterVerification",
    "Need",
    "NotAPdf",
    "PasswordEmpty",
    "PasswordRequired",
    "Person",
    "Reason",
    "RevokedKey",
    "UnknownKey",
    "content_fields",
    "content_for_recipient",
    "protect_pdf",
    "render_letter",
    "verify_letter",
]
