"""PDF plumbing with pikepdf: the letter's metadata, the drawing it carries, and password protection."""

from __future__ import annotations

import io
import secrets
from datetime import date

import pikepdf

PAYLOAD_KEY = "/NRMLetterPayload"
DOCUMENT_KEY = "/NRMLetterDocument"


class NotAPdf(ValueError):
    """Bytes that pikepdf cannot open as a PDF."""


class PasswordRequired(ValueError):
    """The PDF is password-protected and no (or a wrong) password was given."""


def open_pdf(data: bytes, *, password: str = "") -> pikepdf.Pdf:
    """Open PDF bytes; raises NotAPdf or PasswordRequired."""
    try:
        return pikepdf.open(io.BytesIO(data), password=password)
    except pikepdf.PasswordError as exc:
        raise PasswordRequired("this letter is password-protected") from exc
    except pikepdf.PdfError as exc:
        raise NotAPdf("not a PDF file") from exc


class PasswordEmpty(ValueError):
    """protect_pdf was called without a password."""


def _save(pdf: pikepdf.Pdf, **options: object) -> bytes:
    """Write a PDF to bytes."""
    out = io.BytesIO()
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def add_metadata(data: bytes, *, payload: str, document: str, issued_on: date) -> bytes:
    """Put the signed payload and the letter document (canonical JSON) in the document information."""
    with open_pdf(data) as pdf:
        stamp = f"D:{issued_on.strftime('%Y%m%d')}000000Z"
        pdf.docinfo[PAYLOAD_KEY] = payload
        pdf.docinfo[DOCUMENT_KEY] = document
        pdf.docinfo["/Keywords"] = payload
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        return _save(pdf, deterministic_id=True)  # equal letters give equal files


def read_metadata(pdf: pikepdf.Pdf) -> tuple[str, str] | None:
    """The payload and document strings of a letter, or None when either is missing."""
    payload, document = pdf.docinfo.get(PAYLOAD_KEY), pdf.docinfo.get(DOCUMENT_KEY)
    if payload is None or document is None:
        return None
    return str(payload), str(document)


def drawing(pdf: pikepdf.Pdf) -> list[list[tuple[str, list[str]]]]:
    """Every page's drawing operators with their operands, images left out (a logo may be swapped)."""
    pages = []
    for page in pdf.pages:
        ops = [(str(op), [_operand(o) for o in operands]) for operands, op in pikepdf.parse_content_stream(page)]
        pages.append(_without_images(ops))
    return pages


def _operand(value: object) -> str:
    """A comparable text form of one operand (strings as their raw bytes)."""
    if isinstance(value, pikepdf.String):
        return bytes(value).hex()
    return str(value)


def _without_images(ops: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Drop 'q <matrix> cm /Image Do Q' groups: the letterhead logo is configurable and is not content."""
    kept: list[tuple[str, list[str]]] = []
    for op in ops:
        kept.append(op)
        names = [name for name, _ in kept[-4:]]
        if names == ["q", "cm", "Do", "Q"]:
            del kept[-4:]
    return kept


def protect_pdf(pdf_bytes: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (PDF 2.0 security handler, revision 6) under one password."""
    if not password:
        raise PasswordEmpty("a password is required to protect a letter")
    with open_pdf(pdf_bytes) as pdf:
        # the owner password is random and forgotten: the user password alone opens the letter
        encryption = pikepdf.Encryption(user=password, owner=secrets.token_urlsafe(24), R=6, aes=True)
        return _save(pdf, encryption=encryption)
