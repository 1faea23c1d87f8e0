"""keystore.json: one slot per user (Argon2id-wrapped X25519 key, DMK sealed with HPKE) and a recovery slot.

The keystore holds no roles and no names: a slot is found by a salted hash of the user name. A rekey is
two-phase — the DMK of the next generation is sealed beside the current one before the database file is
swapped — so a crash at any point leaves a store that opens with one of the two keys.

Everything but the live failed-attempt counter is authenticated by an HMAC-SHA256 under a key derived from the
current generation's DMK (`mac`), checked at every unlock and before every rekey (docs/threat-model.md).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.atomic import atomic_write
from app.crypto.primitives import (
    KdfParams,
    UnwrapFailed,
    derive_password_key,
    open_sealed,
    private_bytes,
    public_bytes,
    seal,
    unwrap,
    wrap,
)
from app.domain import safejson
from app.domain.errors import AuthenticationFailed, IntegrityFailure

FORMAT = "nrm-desk/keystore@2"
LEGACY_FORMAT = "nrm-desk/keystore@1"  # no `mac`: authenticated on its first unlock by this version
KEYSTORE_NAME = "keystore.json"
MAC_ALG = "hmac-sha256/hkdf-dmk/v1"
LIMITS = safejson.Limits(max_bytes=4 * 1024 * 1024, max_depth=6, max_items=10_000, max_string=4096)
# The one part a failed attempt writes without the DMK (so it cannot be under the MAC): see record_attempt.
UNAUTHENTICATED = frozenset({"mac", "attempts"})
FAIL_CLOSED_ATTEMPTS = 32  # a damaged counter reads as this many failures: the longest delay, never none


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (AttributeError, UnicodeEncodeError, binascii.Error, ValueError):
        raise IntegrityFailure("The keystore file is damaged: a key in it is not valid base64.") from None


def mac_key(dmk: bytes, store_id: str) -> bytes:
    """The keystore's MAC key: only the store key of this generation can produce it."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"nrm-desk/keystore-mac/v1|{store_id}".encode())
    return hkdf.derive(dmk)


def authenticated_bytes(doc: dict[str, Any]) -> bytes:
    """Canonical JSON of everything the MAC covers (all but the MAC itself and the live attempt counter)."""
    body = {k: v for k, v in doc.items() if k not in UNAUTHENTICATED}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


@dataclass
class Unlocked:
    """What a correct password yields: the slot's id, its private key, and the data master key(s)."""

    slot_id: str
    private_key: X25519PrivateKey
    dmk: bytes
    next_dmk: bytes | None
    upgraded: bool  # the slot's KDF parameters are below policy: re-wrapped by `upgrade` once checked


class Keystore:
    """The parsed keystore file; every mutation is followed by `save()` by its caller."""

    def __init__(self, path: Path, doc: dict[str, Any]) -> None:
        self.path = path
        self.doc = doc

    # ----- file -----
    @classmethod
    def create(cls, path: Path) -> Keystore:
        doc = {
            "format": FORMAT,
            "store_id": uuid.uuid4().hex,
            "generation": 0,
            "slots": [],
            "recovery": None,
            "attempts": {"count": 0, "last_at": None},
        }
        return cls(path, doc)

    @classmethod
    def load(cls, path: Path) -> Keystore:
        try:
            doc = safejson.read_file(path, LIMITS)
        except FileNotFoundError:
            raise
        except (OSError, safejson.JsonRefused) as exc:
            raise IntegrityFailure("The keystore file is damaged and cannot be read.") from exc
        if not isinstance(doc, dict) or doc.get("format") not in (FORMAT, LEGACY_FORMAT):
            raise IntegrityFailure("The keystore file is damaged or not an NRM Desk keystore.")
        check_shape(doc)
        if doc["format"] == LEGACY_FORMAT:  # its counter lived in `failures`; it moves to `attempts`
            old = doc.pop("failures", None)
            old = old if isinstance(old, dict) else {"pending_audit": None}  # damaged: fails closed below
            doc.setdefault("attempts", {"count": old.get("pending_audit", 0), "last_at": old.get("last_at")})
        return cls(path, doc)

    # ----- authentication -----
    @property
    def legacy(self) -> bool:
        """Written by a version without the MAC (format @1): authenticated on its first unlock."""
        return self.doc.get("format") == LEGACY_FORMAT and "mac" not in self.doc

    def _mac(self, dmk: bytes) -> str:
        return hmac.new(mac_key(dmk, self.doc["store_id"]), authenticated_bytes(self.doc), hashlib.sha256).hexdigest()

    def mac_ok(self, dmk: bytes) -> bool:
        """True when the MAC verifies under this generation's DMK (constant-time comparison)."""
        mac = self.doc.get("mac")
        if not isinstance(mac, dict) or mac.get("alg") != MAC_ALG or not isinstance(mac.get("value"), str):
            return False
        return hmac.compare_digest(mac["value"], self._mac(dmk))

    def save(self, *, dmk: bytes) -> None:
        """Authenticate under `dmk` (the DMK of the generation the file names) and write atomically."""
        self.doc["format"] = FORMAT
        self.doc["mac"] = {"alg": MAC_ALG, "value": self._mac(dmk)}
        self._write()

    def save_attempts(self) -> None:
        """Write the live attempt counter only; the authenticated part and its MAC stay as they were read."""
        self._write()

    def _write(self) -> None:
        data = json.dumps(self.doc, sort_keys=True, indent=1).encode("utf-8")
        atomic_write(self.path, data, mode=0o600)

    # ----- training mode (issue 19): authenticated by the MAC like every other field -----
    @property
    def training(self) -> bool:
        """True for a practice post's keystore; removing the mark breaks the MAC, so unlock refuses the file."""
        return self.doc.get("mode") == "training"

    def mark_training(self) -> None:
        self.doc["mode"] = "training"

    # ----- identifiers -----
    @property
    def generation(self) -> int:
        return int(self.doc["generation"])

    def _info(self, generation: int) -> bytes:
        return f"nrm-desk/dmk/v1|{self.doc['store_id']}|{generation}".encode()

    def lookup(self, username: str) -> str:
        text = f"nrm-desk/slot/v1|{self.doc['store_id']}|{username.strip().casefold()}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _aad(self, slot_id: str, kdf: dict[str, Any]) -> bytes:
        return f"nrm-desk/slot-key/v1|{self.doc['store_id']}|{slot_id}|".encode() + json.dumps(
            kdf, sort_keys=True
        ).encode()

    def slot_ids(self) -> list[str]:
        return [s["slot_id"] for s in self.doc["slots"]]

    def has_pending_rekey(self) -> bool:
        return any(s.get("sealed_next") for s in self.doc["slots"])

    # ----- slots -----
    def add_slot(self, *, slot_id: str, username: str, password: str, dmk: bytes) -> None:
        """A new user's slot: a fresh X25519 key wrapped under the password; the DMK sealed to it."""
        if any(s["lookup"] == self.lookup(username) for s in self.doc["slots"]):
            raise ValueError("a slot for this user name exists")
        key = X25519PrivateKey.generate()
        slot: dict[str, Any] = {"slot_id": slot_id, "lookup": self.lookup(username), "sealed_next": None}
        self._wrap_into(slot, key, password)
        slot["sealed_dmk"] = _b64(seal(key.public_key(), dmk, info=self._info(self.generation)))
        self.doc["slots"].append(slot)

    def _wrap_into(self, slot: dict[str, Any], key: X25519PrivateKey, password: str) -> None:
        params = KdfParams.fresh()
        kdf = {"alg": "argon2id", "m": params.memory_kib, "t": params.iterations, "p": params.lanes,
               "salt": _b64(params.salt)}
        wrapping_key = derive_password_key(password, params)
        slot["kdf"] = kdf
        slot["public_key"] = _b64(public_bytes(key.public_key()))
        slot["wrapped_key"] = _b64(wrap(wrapping_key, private_bytes(key), aad=self._aad(slot["slot_id"], kdf)))

    def _slot(self, slot_id: str) -> dict[str, Any]:
        for slot in self.doc["slots"]:
            if slot["slot_id"] == slot_id:
                return slot  # type: ignore[no-any-return]
        raise KeyError(slot_id)

    def find_slot_id(self, username: str) -> str | None:
        wanted = self.lookup(username)
        return next((s["slot_id"] for s in self.doc["slots"] if s["lookup"] == wanted), None)

    def unlock(self, username: str, password: str) -> Unlocked:
        """Password → private key → DMK. Wrong user name or password raise AuthenticationFailed alike."""
        wanted = self.lookup(username)
        slot = next((s for s in self.doc["slots"] if s["lookup"] == wanted), None)
        if slot is None:
            derive_password_key(password, KdfParams.fresh())  # same cost as a real attempt: no user-name oracle
            raise AuthenticationFailed("Wrong user name or password.")
        kdf = slot["kdf"]
        params = KdfParams(int(kdf["m"]), int(kdf["t"]), int(kdf["p"]), _unb64(kdf["salt"]))
        try:
            raw = unwrap(derive_password_key(password, params), _unb64(slot["wrapped_key"]),
                         aad=self._aad(slot["slot_id"], kdf))
        except UnwrapFailed:
            raise AuthenticationFailed("Wrong user name or password.") from None
        key = X25519PrivateKey.from_private_bytes(raw)
        dmk, next_dmk = self._open_dmks(slot, key)
        return Unlocked(slot["slot_id"], key, dmk, next_dmk, params.is_weaker_than_policy())

    def upgrade(self, unlocked: Unlocked, password: str) -> None:
        """Re-wrap a slot whose parameters are below policy (after the keystore was checked, before saving)."""
        if unlocked.upgraded:
            self._wrap_into(self._slot(unlocked.slot_id), unlocked.private_key, password)

    def _open_dmks(self, slot: dict[str, Any], key: X25519PrivateKey) -> tuple[bytes, bytes | None]:
        try:
            dmk = open_sealed(key, _unb64(slot["sealed_dmk"]), info=self._info(self.generation))
            nxt = slot.get("sealed_next")
            next_dmk = open_sealed(key, _unb64(nxt), info=self._info(self.generation + 1)) if nxt else None
        except (UnwrapFailed, ValueError) as exc:
            raise IntegrityFailure("The keystore is damaged: the store key could not be opened.") from exc
        return dmk, next_dmk

    def change_password(self, slot_id: str, private_key: X25519PrivateKey, new_password: str) -> None:
        """Re-wrap one slot's private key; the DMK and the database are untouched."""
        slot = self._slot(slot_id)
        if _unb64(slot["public_key"]) != public_bytes(private_key.public_key()):
            raise ValueError("private key does not belong to this slot")
        self._wrap_into(slot, private_key, new_password)

    def remove_slot(self, slot_id: str) -> None:
        self.doc["slots"] = [s for s in self.doc["slots"] if s["slot_id"] != slot_id]

    def public_keys(self) -> dict[str, str]:
        """Slot id (or "recovery") → base64 public key: what the store's own list must match."""
        keys = {s["slot_id"]: str(s["public_key"]) for s in self.doc["slots"]}
        if self.doc.get("recovery"):
            keys["recovery"] = str(self.doc["recovery"]["public_key"])
        return keys

    # ----- recovery -----
    def set_recovery(self, public_key: X25519PublicKey, dmk: bytes) -> None:
        self.doc["recovery"] = {
            "public_key": _b64(public_bytes(public_key)),
            "sealed_dmk": _b64(seal(public_key, dmk, info=self._info(self.generation))),
            "sealed_next": None,
        }

    def recover_dmk(self, recovery_private: X25519PrivateKey) -> bytes:
        rec = self.doc.get("recovery")
        if not rec:
            raise AuthenticationFailed("This store has no recovery slot.")
        try:
            return open_sealed(recovery_private, _unb64(rec["sealed_dmk"]), info=self._info(self.generation))
        except UnwrapFailed:
            raise AuthenticationFailed("The recovery key does not open this store.") from None

    # ----- two-phase rekey -----
    def stage_next(self, next_dmk: bytes, *, keep: list[str]) -> None:
        """Phase 1: seal the next generation's DMK to every kept slot and the recovery slot."""
        info = self._info(self.generation + 1)
        for slot in self.doc["slots"]:
            if slot["slot_id"] in keep:
                pub = X25519PublicKey.from_public_bytes(_unb64(slot["public_key"]))
                slot["sealed_next"] = _b64(seal(pub, next_dmk, info=info))
        rec = self.doc.get("recovery")
        if rec:
            pub = X25519PublicKey.from_public_bytes(_unb64(rec["public_key"]))
            rec["sealed_next"] = _b64(seal(pub, next_dmk, info=info))

    def commit_next(self) -> None:
        """Phase 2: the database now uses the next DMK; slots without it are dropped."""
        self.doc["slots"] = [s for s in self.doc["slots"] if s.get("sealed_next")]
        for slot in self.doc["slots"]:
            slot["sealed_dmk"], slot["sealed_next"] = slot["sealed_next"], None
        rec = self.doc.get("recovery")
        if rec and rec.get("sealed_next"):
            rec["sealed_dmk"], rec["sealed_next"] = rec["sealed_next"], None
        self.doc["generation"] = self.generation + 1

    def abandon_next(self) -> None:
        for slot in self.doc["slots"]:
            slot["sealed_next"] = None
        if self.doc.get("recovery"):
            self.doc["recovery"]["sealed_next"] = None

    # ----- unlock attempts -----
    def failure_count(self) -> int:
        """Attempts since the last successful unlock; a damaged counter fails closed (the longest delay)."""
        attempts = self.doc.get("attempts")
        count = attempts.get("count") if isinstance(attempts, dict) else None
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count < 2**31:
            return FAIL_CLOSED_ATTEMPTS
        return count

    def record_attempt(self, now: dt.datetime) -> int:
        """Count an attempt BEFORE its password is checked (a kill mid-check cannot skip it); returns the count
        before this one. A successful unlock takes it back with `take_pending_failures`."""
        before = self.failure_count()
        self.doc["attempts"] = {"count": min(before + 1, 2**31 - 1), "last_at": now.isoformat()}
        return before

    def take_pending_failures(self) -> int:
        """After a successful unlock: failed attempts not yet audited (this one excluded); resets the counter."""
        pending = max(self.failure_count() - 1, 0)
        self.doc["attempts"] = {"count": 0, "last_at": None}
        return pending


def check_shape(doc: dict[str, Any]) -> None:
    """Every field the code reads has the type and range it expects, else one IntegrityFailure sentence."""
    if not isinstance(doc.get("store_id"), str) or not isinstance(doc.get("generation"), int):
        raise IntegrityFailure("The keystore file is damaged: its store id or generation is missing.")
    slots = doc.get("slots")
    if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
        raise IntegrityFailure("The keystore file is damaged or not an NRM Desk keystore.")
    for slot in slots:
        _check_slot(slot)
    rec = doc.get("recovery")
    if rec is not None and (not isinstance(rec, dict) or not _keys_ok(rec, ("public_key", "sealed_dmk"))):
        raise IntegrityFailure("The keystore file is damaged: its recovery entry is malformed.")


def _keys_ok(entry: dict[str, Any], names: tuple[str, ...]) -> bool:
    for name in names:
        _unb64(entry.get(name))  # type: ignore[arg-type]
    nxt = entry.get("sealed_next")
    return nxt is None or bool(_unb64(nxt))


def _check_slot(slot: dict[str, Any]) -> None:
    if not all(isinstance(slot.get(k), str) for k in ("slot_id", "lookup")):
        raise IntegrityFailure("The keystore file is damaged: a slot has no id.")
    _keys_ok(slot, ("public_key", "wrapped_key", "sealed_dmk"))
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id" or not KdfParams.acceptable(
        kdf.get("m"), kdf.get("t"), kdf.get("p")
    ) or len(_unb64(kdf.get("salt"))) < 16:  # type: ignore[arg-type]
        raise IntegrityFailure("The keystore file is damaged: a slot's key-derivation parameters are invalid.")


def new_dmk() -> bytes:
    return os.urandom(32)
