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


class PdfUnreadable(ValueError):
    """A page whose drawing cannot be read (damaged or malformed content stream or resources)."""


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


Op = tuple[str, list[str]]


def drawing(pdf: pikepdf.Pdf) -> list[list[Op]]:
    """Every page's drawing operators with their operands; the letterhead image is left out.

    Annotations are listed too (a forger could draw over the page with them), and an image group
    is only left out when its XObject really is an image (not a form carrying text).
    """
    try:
        return [_page_drawing(page) for page in pdf.pages]
    except (pikepdf.PdfError, TypeError, ValueError, AttributeError) as exc:
        raise PdfUnreadable(str(exc)) from exc


def _page_drawing(page: pikepdf.Page) -> list[Op]:
    """One page's annotation count and drawing operators, images left out."""
    ops: list[Op] = [("annotations", [str(len(page.obj.get("/Annots", [])))])]
    ops.extend(_op(instruction) for instruction in pikepdf.parse_content_stream(page))
    return _without_images(ops, _image_names(page))


def _op(instruction: object) -> Op:
    """One content stream instruction as comparable text (inline images by their bytes)."""
    if isinstance(instruction, pikepdf.ContentStreamInlineImage):
        return ("inline image", [bytes(instruction.iimage.read_bytes()).hex()])
    assert isinstance(instruction, pikepdf.ContentStreamInstruction)
    return (str(instruction.operator), [_operand(o) for o in instruction.operands])


def _image_names(page: pikepdf.Page) -> set[str]:
    """Names of the page's XObjects that are images."""
    xobjects: pikepdf.Object = page.obj.get("/Resources", pikepdf.Dictionary()).get("/XObject", pikepdf.Dictionary())
    return {str(name) for name, obj in xobjects.items() if obj.get("/Subtype") == "/Image"}


def _operand(value: object) -> str:
    """A comparable text form of one operand (strings as their raw bytes)."""
    if isinstance(value, pikepdf.String):
        return bytes(value).hex()
    return str(value)


def _without_images(ops: list[Op], images: set[str]) -> list[Op]:
    """Drop 'q <matrix> cm /Image Do Q' groups: the letterhead logo is configurable and is not content."""
    kept: list[Op] = []
    for op in ops:
        kept.append(op)
        tail = kept[-4:]
        if [name for name, _ in tail] == ["q", "cm", "Do", "Q"] and tail[2][1][:1] and tail[2][1][0] in images:
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
