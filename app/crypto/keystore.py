"""keystore.json: one slot per user (Argon2id-wrapped X25519 key, DMK sealed with HPKE) and a recovery slot.

The keystore holds no roles and no names: a slot is found by a salted hash of the user name. A rekey is
two-phase — the DMK of the next generation is sealed beside the current one before the database file is
swapped — so a crash at any point leaves a store that opens with one of the two keys.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

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
from app.domain.errors import AuthenticationFailed, IntegrityFailure

FORMAT = "nrm-desk/keystore@1"
KEYSTORE_NAME = "keystore.json"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Unlocked:
    """What a correct password yields: the slot's id, its private key, and the data master key(s)."""

    slot_id: str
    private_key: X25519PrivateKey
    dmk: bytes
    next_dmk: bytes | None
    upgraded: bool  # the slot's KDF parameters were raised on this unlock


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
            "failures": {"count": 0, "last_at": None, "pending_audit": 0},
        }
        return cls(path, doc)

    @classmethod
    def load(cls, path: Path) -> Keystore:
        try:
            doc = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise
        except (OSError, ValueError) as exc:
            raise IntegrityFailure("The keystore file is damaged and cannot be read.") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("slots"), list):
            raise IntegrityFailure("The keystore file is damaged or not an NRM Desk keystore.")
        return cls(path, doc)

    def save(self) -> None:
        data = json.dumps(self.doc, sort_keys=True, indent=1).encode("utf-8")
        atomic_write(self.path, data, mode=0o600)

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
        upgraded = params.is_weaker_than_policy()
        if upgraded:
            self._wrap_into(slot, key, password)
        return Unlocked(slot["slot_id"], key, dmk, next_dmk, upgraded)

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

    # ----- failed unlocks -----
    def record_failure(self, now: dt.datetime) -> int:
        failures = self.doc.setdefault("failures", {"count": 0, "last_at": None, "pending_audit": 0})
        failures["count"] = int(failures.get("count", 0)) + 1
        failures["pending_audit"] = int(failures.get("pending_audit", 0)) + 1
        failures["last_at"] = now.isoformat()
        return int(failures["count"])

    def failure_count(self) -> int:
        return int(self.doc.get("failures", {}).get("count", 0))

    def take_pending_failures(self) -> int:
        """Failed attempts not yet written to the audit log; resets the consecutive-failure counter."""
        failures = self.doc.setdefault("failures", {"count": 0, "last_at": None, "pending_audit": 0})
        pending = int(failures.get("pending_audit", 0))
        failures["count"] = 0
        failures["pending_audit"] = 0
        return pending


def new_dmk() -> bytes:
    return os.urandom(32)
