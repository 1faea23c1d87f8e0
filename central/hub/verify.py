"""Letter verification for recipients (/verify): genuine or not, which post, when, still active — nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from central import hubstore, withdrawals
from central.hub import audit
from central.letter_verify import verify_letter_pdf
from central.store import Store
from protocol.keys import key_id
from protocol.letter import LetterPayload, LetterRefused, PayloadInvalid, Reason, RevokedKey, check_key

MAX_QR_TEXT = 1000
ENDED = frozenset({"completed", "person_left", "closed"})


@dataclass(frozen=True)
class Verdict:
    """What a recipient may learn: whether the letter is genuine, its post and date, whether the referral is live."""

    genuine: bool
    reason: str | None = None  # why not (a protocol.letter.Reason value), None when genuine
    letter_id: str | None = None
    post_code: str | None = None
    post_name: str | None = None
    issued_on: str | None = None  # printed date (from a PDF); a QR code alone does not carry it
    received_at: str | None = None  # when the referral reached the office, if it has
    referral_known: bool = False
    referral_active: bool | None = None
    content_checked: bool = False  # a PDF's content was compared with the signed digest; a QR text alone cannot

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON form."""
        return asdict(self)


def _device(store: Store, kid: str) -> dict[str, Any] | None:
    """The enrolled device whose signing key has this id."""
    return next((d for d in store.devices() if key_id(bytes(d["signing_key"])) == kid), None)


def _referral_state(store: Store, referral_id: str, verdict: dict[str, Any]) -> Verdict:
    """Add what the office knows of the referral: reached us when, still active or ended."""
    with store.read() as conn:
        row = hubstore.referral(conn, referral_id)
        stopped = bool(withdrawals.covered(conn, [referral_id]))  # consent withdrawn: the referral is not live
    if row is not None:
        verdict.update(referral_known=True, referral_active=row["step"] not in ENDED and not stopped,
                       received_at=row["received_at"])
    return Verdict(True, **verdict)


def verify_text(store: Store, text: str) -> Verdict:
    """Check the text of a letter's QR code: payload, signing device known and not revoked, signature."""
    try:
        if len(text) > MAX_QR_TEXT:
            raise PayloadInvalid("too long for a letter's QR code")
        payload = LetterPayload.decode(text)
    except PayloadInvalid:
        return _audited(store, Verdict(False, str(Reason.NOT_A_LETTER)))
    device = _device(store, payload.key_id)

    def resolve(kid: str) -> Ed25519PublicKey | None:
        if device is not None and device["revoked_at"]:
            raise RevokedKey(kid)
        return None if device is None else Ed25519PublicKey.from_public_bytes(bytes(device["signing_key"]))

    try:
        check_key(payload, resolve)
    except LetterRefused as exc:
        return _audited(store, Verdict(False, str(exc.reason)))
    assert device is not None
    base = {"letter_id": payload.letter_id, "post_code": device["post_code"], "post_name": device["post_name"]}
    return _audited(store, _referral_state(store, payload.referral_id, base))


def verify_pdf(store: Store, data: bytes, *, password: str = "") -> Verdict:
    """Check an uploaded letter PDF: the QR checks plus the signed content digest and the printed date."""
    check = verify_letter_pdf(store, data, password=password)
    if not check.valid:
        return _audited(store, Verdict(False, check.reason))
    device = store.device(check.device_id or "") or {}
    content = check.content or {}
    base = {"letter_id": check.letter_id, "post_code": check.post_code, "post_name": device.get("post_name"),
            "issued_on": content.get("issued_on"), "content_checked": True}
    return _audited(store, _referral_state(store, str(check.referral_id), base))


def _audited(store: Store, verdict: Verdict) -> Verdict:
    """Every verification is in the office audit log (a public page: no actor, no personal data)."""
    audit.record(store, actor=None, action="letter.verify", object_id=verdict.letter_id,
                 detail={"genuine": verdict.genuine, "reason": verdict.reason})
    return verdict
