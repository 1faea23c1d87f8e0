"""Hub credentials: Argon2id password hashes, TOTP (RFC 6238) secrets sealed under an office-derived key."""

from __future__ import annotations

import base64
import hmac
import os
from urllib.parse import quote

from cryptography.exceptions import InvalidKey, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.twofactor.totp import TOTP

from central.officekeys import OfficeKeys
from protocol.keys import raw_private

PASSWORD_PARAMS = {"memory_cost": 65536, "iterations": 3, "lanes": 4}
TOTP_STEP = 30
TOTP_DIGITS = 6
TOTP_WINDOW = 1  # steps either side of now: a phone clock 30 s off still works
ISSUER = "NRM Desk hub"
_SEAL_INFO = b"nrm/hub/totp-secrets/v1"


class CredentialError(Exception):
    """A stored credential cannot be read (damaged, or sealed under another office's keys)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _argon(salt: bytes, params: dict[str, int]) -> Argon2id:
    return Argon2id(salt=salt, length=32, iterations=params["iterations"], lanes=params["lanes"],
                    memory_cost=params["memory_cost"])


def hash_password(password: str) -> str:
    """A PHC-style Argon2id string: parameters, salt and hash (parameters stored so they can rise)."""
    salt, params = os.urandom(16), PASSWORD_PARAMS
    digest = _argon(salt, params).derive(password.encode("utf-8"))
    return (f"$argon2id$v=19$m={params['memory_cost']},t={params['iterations']},p={params['lanes']}"
            f"${_b64(salt)}${_b64(digest)}")


def verify_password(password: str, encoded: str) -> bool:
    """Whether `password` matches the stored hash (constant-time comparison inside Argon2id.verify)."""
    try:
        _, alg, _version, settings, salt, digest = encoded.split("$")
        values = dict(part.split("=") for part in settings.split(","))
        params = {"memory_cost": int(values["m"]), "iterations": int(values["t"]), "lanes": int(values["p"])}
    except (ValueError, KeyError) as exc:
        raise CredentialError("damaged password hash") from exc
    if alg != "argon2id":
        raise CredentialError("unknown password hash algorithm")
    try:
        _argon(_unb64(salt), params).verify(password.encode("utf-8"), _unb64(digest))
    except InvalidKey:
        return False
    return True


def burn_password_time(password: str) -> None:
    """Spend what a real check costs, so an unknown username is not told apart by timing."""
    _argon(b"\0" * 16, PASSWORD_PARAMS).derive(password.encode("utf-8"))


def _seal_key(keys: OfficeKeys) -> bytes:
    """An AES-256 key for TOTP secrets, derived from the office's bundle key (never stored)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO).derive(raw_private(keys.bundle))


def new_totp_secret() -> bytes:
    """20 random bytes: RFC 4226's recommended secret length."""
    return os.urandom(20)


def seal_secret(keys: OfficeKeys, secret: bytes, *, user_id: str) -> bytes:
    """nonce ‖ AES-GCM(secret), bound to the user id so a secret cannot be moved to another account."""
    nonce = os.urandom(12)
    return nonce + AESGCM(_seal_key(keys)).encrypt(nonce, secret, user_id.encode("utf-8"))


def open_secret(keys: OfficeKeys, sealed: bytes, *, user_id: str) -> bytes:
    """The TOTP secret of a user, in memory only."""
    try:
        return AESGCM(_seal_key(keys)).decrypt(sealed[:12], sealed[12:], user_id.encode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise CredentialError("the sealed TOTP secret does not open with this office's keys") from exc


def _totp(secret: bytes) -> TOTP:
    # HMAC-SHA1 is RFC 6238's default and the only algorithm every authenticator app implements;
    # HMAC's strength does not rest on SHA-1's collision resistance.
    return TOTP(secret, TOTP_DIGITS, hashes.SHA1(), TOTP_STEP, enforce_key_length=True)  # noqa: S303


def provisioning_uri(secret: bytes, *, username: str) -> str:
    """otpauth://totp/… for an authenticator app (as text or a QR code)."""
    return _totp(secret).get_provisioning_uri(quote(username, safe=""), ISSUER)


def code_at(secret: bytes, step: int) -> str:
    """The code of one time step (used by tests and by matching)."""
    return _totp(secret).generate(step * TOTP_STEP).decode("ascii")


def matching_step(secret: bytes, code: str, *, unix_time: int) -> int | None:
    """The time step whose code equals `code` within the window, or None."""
    code = code.strip().replace(" ", "")
    if len(code) != TOTP_DIGITS or not code.isdigit():
        return None
    now_step = unix_time // TOTP_STEP
    found = None
    for step in range(now_step - TOTP_WINDOW, now_step + TOTP_WINDOW + 1):
        if hmac.compare_digest(code_at(secret, step), code):
            found = step
    return found
