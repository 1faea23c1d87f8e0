"""Attachments inside the vault: add from a file or a scanner/camera folder, list, export, view until lock.

The bytes live as a BLOB in the SQLCipher store (encrypted like every other page). The type is decided by the
file's first bytes, never by its name alone; a file over the size limit or of another type is refused whole.
A copy opened for viewing is written to a private temporary folder and removed when the session closes (lock).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from app.atomic import atomic_write
from app.domain.errors import NotFound, ValidationFailed
from app.domain.picklists import ATTACHMENT_KINDS
from app.services import events, transfer
from app.services.session import Session
from app.storage import attachments, cases

MAX_BYTES = 20 * 1024 * 1024  # a 600-dpi colour scan of a page is well under this; a video is not an attachment
KINDS = ATTACHMENT_KINDS

# (magic prefix, media type, file extension) — the types a scanner or a phone camera produces.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"II*\x00", "image/tiff", ".tif"),
    (b"MM\x00*", "image/tiff", ".tif"),
)
EXTENSIONS = {media: ext for _, media, ext in _MAGIC}


class UnsupportedType(ValidationFailed):
    code = "unsupported_type"


class TooLarge(ValidationFailed):
    code = "too_large"


def media_type(data: bytes) -> str | None:
    """The media type the first bytes prove (JPEG, PNG, PDF, TIFF), or None."""
    return next((media for magic, media, _ in _MAGIC if data.startswith(magic)), None)


def _case_id(session: Session, ref_or_id: str) -> str:
    case_id = cases.find_id(session.db, ref_or_id)
    if case_id is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    return case_id


def _read(path: Path) -> tuple[bytes, str]:
    """The file's bytes and proven type; one clear sentence for a missing, empty, too large or unsupported file."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValidationFailed(f"The file {path.name} does not exist.") from None
    except OSError as exc:
        raise ValidationFailed(f"The file {path.name} cannot be read ({exc.strerror or exc}).") from None
    if not data:
        raise ValidationFailed(f"The file {path.name} is empty.")
    if len(data) > MAX_BYTES:
        raise TooLarge(f"The file {path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB; scan it at a lower "
                       "resolution or split it.")
    found = media_type(data)
    if found is None:
        raise UnsupportedType(f"The file {path.name} is not a JPEG, PNG, TIFF or PDF (judged by its content); "
                              "save the scan or photo in one of those formats.")
    return data, found


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationFailed(f"Unknown kind of attachment {kind!r}; choose one of {', '.join(KINDS)}.",
                               path="kind")


def add_files(session: Session, case: str, paths: list[Path], *, kind: str) -> list[str]:
    """Attach files to a case, all or nothing; every file is checked before anything is stored."""
    session.require("attachment.add")
    _check_kind(kind)
    case_id = _case_id(session, case)
    transfer.writable(session.db, case_id)  # issue 14: transferred away, read-only here
    read = [(Path(p).name, *_read(Path(p))) for p in paths]
    ids = []
    with session.transaction() as conn:
        for name, data, found in read:
            attachment_id = attachments.insert(conn, case_id, kind=kind, media_type=found, file_name=name,
                                               content=data, sha256=hashlib.sha256(data).hexdigest(),
                                               by=session.user.id)
            session.audit(conn, "attachment.add", attachment_id)
            ids.append(attachment_id)
    events.publish("case_did_change", case_id=case_id)
    return ids


def import_folder(session: Session, case: str, folder: Path, *, kind: str) -> list[str]:
    """Take every scan or photo waiting in a scanner/camera folder into the vault, then remove the originals.

    Hidden files are ignored; any other file that is not a supported type refuses the whole import, so nothing
    is half-taken. The originals are overwritten and removed only after the vault's transaction committed."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationFailed(f"The scanner folder {folder} does not exist.")
    waiting = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not waiting:
        return []
    ids = add_files(session, case, waiting, kind=kind)
    for path in waiting:
        _shred(path)
    return ids


def _shred(path: Path) -> None:
    """Overwrite then remove a plaintext file (best effort: flash storage may keep old blocks, see threat model)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def list_attachments(session: Session, case: str) -> list[dict[str, Any]]:
    session.require("case.view")
    return attachments.list_for_case(session.db, _case_id(session, case))


def _get(session: Session, attachment_id: str) -> tuple[dict[str, Any], bytes]:
    meta = attachments.get(session.db, attachment_id)
    data = attachments.content(session.db, attachment_id)
    if meta is None or data is None:
        raise NotFound(f"There is no attachment {attachment_id!r}.")
    return meta, data


def export(session: Session, attachment_id: str, out: Path) -> dict[str, Any]:
    """Write an attachment out of the vault (a supervisor's deliberate act, audited); mode 0600."""
    session.require("attachment.export")
    meta, data = _get(session, attachment_id)
    if Path(out).exists():
        raise ValidationFailed(f"{out} exists already; choose a new file name.")
    atomic_write(Path(out), data)
    session.record("attachment.export", attachment_id)
    return meta


def open_for_viewing(session: Session, attachment_id: str) -> Path:
    """A decrypted copy in a private (0700) temporary folder for a viewer; removed when the session closes."""
    session.require("case.view")
    meta, data = _get(session, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="nrm-view-"))  # mkdtemp makes it 0700
    path = folder / f"attachment{EXTENSIONS.get(meta['media_type'], '')}"  # no person's name in the file name
    atomic_write(path, data)
    session.on_close.append(lambda: _remove_view(folder))
    session.record("attachment.view", attachment_id)
    return path


def _remove_view(folder: Path) -> None:
    for path in folder.iterdir():
        _shred(path)
    shutil.rmtree(folder, ignore_errors=True)
