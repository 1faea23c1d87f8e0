"""The public letter check behind /verify: genuine or not, which post issued it and when, whether the referral
is still active — and nothing else about the person (no names, no case data, no organisation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from central import hubstore
from central.errors import LetterLocked
from central.hub import audit
from central.letter_verify import verify_letter_pdf
from central.store import Store
from protocol.keys import key_id
from protocol.letter import LetterPayload, LetterRefused, PayloadInvalid, Reason, RevokedKey, check_key

ENDED = frozenset({"completed", "person_left", "closed"})
MAX_PDF = 10 * 1024 * 1024


@dataclass(frozen=True)
class Verdict:
    """What a recipient learns: a reason code when not genuine; post, date and activity when genuine."""

    genuine: bool
    reason: str | None = None
    post_name: str | None = None
    issued_at: str | None = None
    referral_active: bool | None = None


def _code(reason: Reason | str) -> str:
    return str(reason).replace(" ", "_")


def _resolver(store: Store) -> tuple[Callable[[str], Ed25519PublicKey | None], dict[str, dict[str, Any]]]:
    devices = {key_id(bytes(d["signing_key"])): d for d in store.devices()}

    def resolve(kid: str) -> Ed25519PublicKey | None:
        device = devices.get(kid)
        if device is not None and device["revoked_at"]:
            raise RevokedKey(kid)
        return None if device is None else Ed25519PublicKey.from_public_bytes(bytes(device["signing_key"]))

    return resolve, devices


def _facts(store: Store, *, referral_id: str, device: dict[str, object], issued_on: str | None) -> Verdict:
    """Post name, issue date (the letter's own, else when the post sealed the referral) and activity."""
    with store.read() as conn:
        row = hubstore.referral(conn, referral_id)
    bundle = store.bundle(row["bundle_id"]) if row else None
    issued = issued_on or (str(bundle["created_at"]) if bundle else None)
    active = None if row is None else row["step"] not in ENDED
    return Verdict(True, None, str(device["post_name"]), issued, active)


def check_text(store: Store, text: str) -> Verdict:
    """Check the text of a letter's QR code (the signed payload: ids, content hash, key id)."""
    resolve, devices = _resolver(store)
    try:
        payload = LetterPayload.decode(text)
        check_key(payload, resolve)
    except PayloadInvalid:
        verdict = Verdict(False, _code(Reason.NOT_A_LETTER))
    except LetterRefused as exc:
        verdict = Verdict(False, _code(exc.reason))
    else:
        verdict = _facts(store, referral_id=payload.referral_id, device=devices[payload.key_id], issued_on=None)
    _audit(store, verdict)
    return verdict


def check_pdf(store: Store, data: bytes) -> Verdict:
    """Check an uploaded letter PDF: payload, key and the signed content digest."""
    if len(data) > MAX_PDF:
        verdict = Verdict(False, "too_large")
    else:
        try:
            found = verify_letter_pdf(store, data)
        except LetterLocked:
            verdict = Verdict(False, "locked")
        else:
            if not found.valid or found.referral_id is None:
                verdict = Verdict(False, _code(found.reason or Reason.NOT_A_LETTER))
            else:
                device = next(d for d in store.devices() if d["device_id"] == found.device_id)
                issued = (found.content or {}).get("issued_on")
                verdict = _facts(store, referral_id=found.referral_id, device=device,
                                 issued_on=str(issued) if issued else None)
    _audit(store, verdict)
    return verdict


def _audit(store: Store, verdict: Verdict) -> None:
    audit.record(store, actor=None, action="letter.verify", object_id=None,
                 detail={"genuine": verdict.genuine, "reason": verdict.reason})
