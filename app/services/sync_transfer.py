"""Enrolment with the central office (online or by USB) and USB transfer of bundles, receipts and the feed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.atomic import atomic_write
from app.domain.errors import IntegrityFailure, OfficeUnreachable, Refused, ValidationFailed
from app.services import events, sealing
from app.services.session import Session
from app.services.sync import NotEnrolled, default_transport
from app.services.sync_store import PostSyncStore, apply_update, store_receipt
from app.services.training_mark import refuse_in_training
from app.storage import db, outbox, post, syncstate
from app.sync.enrolment import (
    REQUEST_FILE,
    RESPONSE_FILE,
    EnrolmentRefused,
    EnrolTransport,
    build_request,
    check_pinned,
    enrol_online,
)
from app.sync.transport import InsecureServer, Unreachable, check_url
from app.sync.usb import UsbRefused, read_import, write_export
from protocol import usbfiles
from protocol.canonical import format_time, utcnow
from protocol.enrolment import Enrolment, normalize_code, verify_enrol_response
from protocol.errors import MalformedData, ProtocolError, UnknownSigner, UsbUnsafe
from protocol.keys import Root, parse_root
from protocol.usb import OFFICE_DIR

Clock = Callable[[], datetime]
MAX_ENROL_ANSWER = 1024 * 1024


def _keys(conn: Any) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    signing, box = post.device_keys(conn)
    return Ed25519PrivateKey.from_private_bytes(signing), X25519PrivateKey.from_private_bytes(box)


def _check_code(code: str) -> str:
    try:
        normalize_code(code)
    except MalformedData:
        raise ValidationFailed("An enrolment code is 20 letters and digits (groups of four), as the office gave it.") from None
    return code


def _check_root(root: Root) -> Root:
    try:
        for role in ("bundle", "receipt", "feed"):
            root.key_for(role)
    except UnknownSigner:
        raise ValidationFailed("This root.json lacks one of the office keys (bundle, receipt, feed).") from None
    return root


def _request(session: Session, code: str) -> bytes:
    if post.get(session.db)["device_id"]:
        raise Refused("This post is already enrolled with the central office.")
    signing, box = _keys(session.db)
    return build_request(code=_check_code(code), post_code=post.get(session.db)["code"], signing_key=signing,
                         box_key=box, now=utcnow())


def _complete(session: Session, enrolment: Enrolment, *, server: str | None) -> list[int]:
    """Pin root.json, store the device id, and seal every approval that waited for enrolment: one transaction."""
    _check_root(enrolment.root)
    with session.write("sync.enroll", enrolment.device_id) as conn:
        post.set_device_id(conn, enrolment.device_id)
        changes: dict[str, Any] = {"root_json": enrolment.root.raw, "enrolled_at": format_time(utcnow()),
                                   "pending_enrol": None}
        if server:
            changes["server_url"] = server
        syncstate.update(conn, **changes)
        sealed = sealing.seal_waiting(conn)
    events.publish("sync_did_enroll", device_id=enrolment.device_id)
    return sealed


def enroll_online(session: Session, *, server: str, code: str, transport: EnrolTransport | None = None) -> dict[str, Any]:
    """`sync enroll --server URL --code CODE`: the MACed exchange over HTTP, then pin and seal."""
    session.require("sync.enroll")
    refuse_in_training(session, "enrols with a central office")
    try:
        url = check_url(server)
    except InsecureServer as exc:
        raise Refused(str(exc)) from None
    request = _request(session, code)
    own = transport is None
    transport = transport or default_transport(url)
    try:
        enrolment = enrol_online(transport, code=code, request=request)
    except Unreachable as exc:
        raise OfficeUnreachable(f"The central office at {url} cannot be reached ({exc.code}).") from None
    except EnrolmentRefused as exc:
        raise Refused(exc.message) from None
    except ProtocolError as exc:
        raise IntegrityFailure(f"The office's answer does not verify with this code ({exc.code}).") from None
    finally:
        if own:
            transport.close()  # type: ignore[attr-defined]
    sealed = _complete(session, enrolment, server=url)
    return {"device_id": enrolment.device_id, "office": enrolment.root.office_name, "sealed": len(sealed)}


def enroll_usb(session: Session, *, code: str, root_file: Path, to: Path | None = None) -> dict[str, Any]:
    """`sync enroll --code CODE --root FILE`: pin root.json from the file, write the request for the office."""
    session.require("sync.enroll")
    refuse_in_training(session, "enrols with a central office")
    try:
        root = _check_root(parse_root(Path(root_file).read_bytes()))
    except (OSError, ProtocolError) as exc:
        raise ValidationFailed(f"{root_file} is not a readable root.json ({exc.__class__.__name__}).") from None
    request = _request(session, code)
    folder = Path(to) if to else Path(root_file).parent
    folder.mkdir(parents=True, exist_ok=True)
    with session.write("sync.enroll.request", None) as conn:
        syncstate.update(conn, root_json=root.raw, pending_enrol={"code": code, "request": request.decode()})
    atomic_write(folder / REQUEST_FILE, request, mode=0o600)
    return {"request": str(folder / REQUEST_FILE), "office": root.office_name}


def _finish_usb_enrolment(session: Session, folder: Path) -> dict[str, Any] | None:
    """When a USB enrolment waits and the folder holds the office's answer, verify it and complete enrolment."""
    pending = syncstate.get(session.db)["pending_enrol"]
    if pending is None:
        return None
    answer = _enrol_answer(folder)
    if answer is None:
        raise NotEnrolled(f"Enrolment waits for the office's answer ({RESPONSE_FILE}), which this folder lacks.")
    pinned = parse_root(syncstate.get(session.db)["root_json"])
    try:
        enrolment = verify_enrol_response(answer, code=pending["code"], request=pending["request"].encode())
        check_pinned(enrolment, pinned)
    except (ProtocolError, EnrolmentRefused) as exc:
        raise IntegrityFailure(f"The office's enrolment answer does not verify ({getattr(exc, 'code', 'invalid')}).") from None
    sealed = _complete(session, enrolment, server=None)
    return {"device_id": enrolment.device_id, "sealed": len(sealed)}


def _enrol_answer(folder: Path) -> bytes | None:
    """The office's enrolment answer (in office/ or at the top), read through the safe reader."""
    for parts in ((OFFICE_DIR, RESPONSE_FILE), (RESPONSE_FILE,)):
        try:
            return usbfiles.read_file(folder, *parts, limit=MAX_ENROL_ANSWER)
        except FileNotFoundError:
            continue
        except UsbUnsafe as exc:
            raise IntegrityFailure(f"Nothing was imported: {'/'.join(parts)} is refused: {exc.message}.") from None
    return None


def export_usb(session: Session, folder: Path, *, clock: Clock = utcnow,
               stats_delay: timedelta = sealing.STATS_DELAY) -> dict[str, Any]:
    """`sync export --to DIR`: pending envelopes plus the device-signed manifest, written last."""
    session.require("sync.transfer")
    refuse_in_training(session, "exports bundles or transfers them by USB")
    state = syncstate.get(session.db)
    device = sealing.identity(session.db)
    extra = {REQUEST_FILE: state["pending_enrol"]["request"].encode()} if state["pending_enrol"] else None
    if device is None and extra is None:
        raise NotEnrolled("This post is not enrolled with the central office yet; run `nrm-desk sync enroll`.")
    if device is not None and device.revoked:
        raise Refused("The central office has revoked this device; it no longer sends bundles.")
    if device is not None:
        with db.transaction(session.db):
            sealing.seal_stats(session.db, now=clock(), delay=stats_delay)  # records changed, not yet carried
    items = PostSyncStore(session.db).pending() if device else []
    try:
        names = write_export(Path(folder), items, device_id=device.device_id if device else None,
                             signing_key=device.signing_key if device else None, now=clock(), extra=extra)
    except OSError as exc:
        raise Refused(f"Could not write to {folder}: {exc.strerror or exc}.") from None
    except UsbRefused as exc:
        raise Refused(exc.message) from None
    with session.write("sync.export", None) as conn:
        outbox.mark_exported(conn, [i.seq for i in items])
    return {"folder": str(folder), "bundles": len(names), "enrolment_request": extra is not None}


def _has_feed(folder: Path) -> bool:
    """Whether the office wrote a feed into the folder (a link or special file there is refused)."""
    try:
        return usbfiles.is_file(folder, OFFICE_DIR, "feed.json")
    except UsbUnsafe as exc:
        raise IntegrityFailure(f"Nothing was imported: office/feed.json is refused: {exc.message}.") from None


def import_usb(session: Session, folder: Path, *, clock: Clock = utcnow) -> dict[str, Any]:
    """`sync import --from DIR`: verify every receipt and the feed first; then apply all in one transaction."""
    session.require("sync.transfer")
    refuse_in_training(session, "imports from a USB transfer")
    folder = Path(folder)
    if not folder.is_dir():
        raise Refused(f"{folder} is not a folder.")
    enrolled = _finish_usb_enrolment(session, folder)
    store = PostSyncStore(session.db)
    device = store.identity()
    if device is None:
        raise NotEnrolled("This post is not enrolled with the central office yet; run `nrm-desk sync enroll`.")
    if enrolled and not _has_feed(folder):
        return {"enrolled": enrolled, "acknowledged": 0, "feed_version": None}
    try:
        inbound = read_import(folder, identity=device, lookup=store.lookup, state=store.feed_state(), now=clock())
    except UsbRefused as exc:
        store.refused(kind="usb", ref=folder.name[:64], code=exc.code, message=exc.message)
        raise IntegrityFailure(f"Nothing was imported: {exc.message}") from None
    with session.write("sync.import", None) as conn:
        fresh = sum(store_receipt(conn, item, receipt, via="usb") for item, receipt in inbound.receipts)
        applied = apply_update(conn, inbound.feed, device_id=device.device_id) if inbound.feed else 0
    events.publish("sync_did_finish", report=None)
    return {"enrolled": enrolled, "acknowledged": fresh, "receipts": len(inbound.receipts),
            "feed_version": inbound.feed.version if inbound.feed else None, "feed_skipped": inbound.feed_skipped,
            "statuses": applied, "pending": outbox.counts(session.db)["pending"]}
