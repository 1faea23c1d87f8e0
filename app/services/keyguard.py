"""The keystore checked against the store: its MAC under the store key, and its public keys against the store's list."""

from __future__ import annotations

import logging
from typing import Any

import sqlcipher3

from app.crypto.keystore import Keystore
from app.domain.errors import IntegrityFailure
from app.storage import db, users, vaultkeys

log = logging.getLogger(__name__)

RESTORE = "restore keystore.json from a backup, or ask the central office for a recovery"


class KeystoreTampered(IntegrityFailure):
    """keystore.json does not match what the store expects (exit 4)."""


def check(conn: sqlcipher3.Connection, keystore: Keystore, dmk: bytes) -> None:
    """Raise KeystoreTampered naming what changed; adopt a keystore of an older version (no MAC yet) once."""
    known = vaultkeys.expected(conn)
    if keystore.legacy:
        if known:
            raise KeystoreTampered(f"The keystore has lost its authentication code; {RESTORE}.")
        with db.transaction(conn):  # first unlock by this version: the keys as they are become the expected ones
            for slot_id, public_key in keystore.public_keys().items():
                vaultkeys.add(conn, slot_id, public_key)
        log.warning("adopted a keystore written before keystore authentication")
        return
    problem = difference(conn, keystore, known)
    if problem:
        raise KeystoreTampered(f"The keystore was changed outside NRM Desk: {problem}; {RESTORE}.")
    if not keystore.mac_ok(dmk):
        raise KeystoreTampered(f"The keystore was changed outside NRM Desk: its authentication code does not match; "
                               f"{RESTORE}.")
    _forget_leftovers(conn, keystore, known)


def difference(conn: sqlcipher3.Connection, keystore: Keystore, known: set[tuple[str, str]]) -> str:
    """What the keystore holds that the store does not expect, in words ("" when nothing)."""
    known_slots = {slot_id for slot_id, _ in known}
    for slot_id, public_key in keystore.public_keys().items():
        if (slot_id, public_key) in known:
            continue
        if slot_id == "recovery":
            return "it holds a recovery key the store does not know"
        if slot_id in known_slots:
            user = users.by_id(conn, slot_id)
            return f"the slot of user {user.username if user else slot_id!r} holds a key the store does not know"
        return "it holds a slot for an account the store does not know"
    return ""


def _forget_leftovers(conn: sqlcipher3.Connection, keystore: Keystore, known: set[tuple[str, str]]) -> None:
    """Keys the store lists that the keystore no longer holds (a crash between the two writes): forget them."""
    current = set(keystore.public_keys().items())
    stale = known - current
    if stale:
        with db.transaction(conn):
            for slot_id, public_key in stale:
                vaultkeys.forget(conn, slot_id, public_key)


def verify_on_disk(conn: sqlcipher3.Connection, keystore: Keystore, dmk: bytes) -> Keystore:
    """Before a rekey: the keystore as it is on disk now, checked; the caller continues with it."""
    fresh = Keystore.load(keystore.path)
    check(conn, fresh, dmk)
    return fresh


def refresh(session: Any) -> Keystore:
    """Before changing the keystore in a long session: continue from the file as it is now, checked (another
    process may have added a slot; nobody may have planted one)."""
    assert session.dmk is not None
    session.keystore = verify_on_disk(session.db, session.keystore, session.dmk)
    return session.keystore  # type: ignore[no-any-return]
