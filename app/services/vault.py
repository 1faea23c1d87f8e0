"""Creating a post, unlocking it, recovering from an interrupted rekey, and the recovery slot."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.crypto.keystore import Keystore, Unlocked, new_dmk
from app.crypto.primitives import private_bytes
from app.domain.errors import AuthenticationFailed, IntegrityFailure, Refused, ValidationFailed
from app.domain.policy import password_problems, unlock_delay
from app.domain.safejson import unsafe_text
from app.services import events, keyguard
from app.services.session import PostPaths, Session
from app.storage import audit, db, post, users, vaultkeys
from app.storage.db import StoreMissing, WrongKeyOrDamaged
from app.storage.ids import new_id
from app.storage.users import User

log = logging.getLogger(__name__)

Sleeper = Callable[[float], None]
_NOBODY = User(id="", username="", full_name="", role="officer", active=False)


def check_new_password(password: str, *, username: str) -> None:
    problems = password_problems(password, username=username)
    if problems:
        raise ValidationFailed("The password is too weak: " + "; ".join(problems) + ".")


def _check_post_code(code: str) -> str:
    code = code.strip().upper()
    if not (2 <= len(code) <= 6 and code.isascii() and code.isalpha()):
        raise ValidationFailed("The post code must be 2 to 6 letters, e.g. ISB.")
    return code


def create_post(
    data_dir: Path, *, post_code: str, post_name: str, admin_username: str, admin_password: str,
    admin_full_name: str = "", recovery_public_key: X25519PublicKey | None = None,
) -> None:
    """A new encrypted store and keystore with one admin slot (and a recovery slot when a key is given)."""
    paths = PostPaths(Path(data_dir))
    if paths.keystore.exists() or paths.db.exists():
        raise Refused(f"A post already exists in {paths.data_dir}.")
    code = _check_post_code(post_code)
    if not post_name.strip() or not admin_username.strip():
        raise ValidationFailed("The post name and the admin's user name are required.")
    if unsafe_text(post_name) or unsafe_text(admin_username):
        raise ValidationFailed("Names must not contain NUL or bidirectional control characters.")
    check_new_password(admin_password, username=admin_username)
    paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    dmk, admin_id = new_dmk(), new_id()
    keystore = Keystore.create(paths.keystore)
    keystore.add_slot(slot_id=admin_id, username=admin_username, password=admin_password, dmk=dmk)
    if recovery_public_key is not None:
        keystore.set_recovery(recovery_public_key, dmk)
    conn = db.open_store(paths.db, dmk, create=True)
    try:
        db.migrate(conn, paths.db)
        signing = Ed25519PrivateKey.generate().private_bytes_raw()
        with db.transaction(conn):
            post.create(conn, code=code, name=post_name.strip(), signing_key=signing,
                        box_key=private_bytes(X25519PrivateKey.generate()))
            users.insert(conn, user_id=admin_id, username=admin_username.strip(), role="admin",
                         full_name=admin_full_name)
            for slot_id, public_key in keystore.public_keys().items():
                vaultkeys.add(conn, slot_id, public_key)
            audit.append(conn, actor=admin_id, action="post.create", object_id=None)
    except BaseException:
        conn.close()
        paths.db.unlink(missing_ok=True)
        db.remove_sidecars(paths.db)
        raise
    conn.close()
    keystore.save(dmk=dmk)  # last: a crash before this leaves no keystore, and `init` can be run again


def post_exists(data_dir: Path) -> bool:
    """A keystore is there: the post exists (even when its store is missing, which unlock then reports)."""
    return PostPaths(Path(data_dir)).keystore.exists()


def _require_store(paths: PostPaths) -> None:
    """A keystore without its store is never a new post: refuse, and say how to recover."""
    try:
        size = paths.db.stat().st_size
    except FileNotFoundError:
        size = -1
    if size <= 0:
        state = "missing" if size < 0 else "empty"
        raise StoreMissing(f"The store {paths.db.name} is {state} although this post's keystore exists; "
                           "restore the data folder from a backup (NRM Desk never starts an empty store here).")


def unlock(data_dir: Path, username: str, password: str, *, sleep: Sleeper = time.sleep) -> Session:
    """Password → slot → DMK → open store → check the keystore and the account; every outcome is audited."""
    paths = PostPaths(Path(data_dir))
    if not paths.keystore.exists():
        raise Refused(f"No post has been set up in {paths.data_dir}; run `nrm-desk init` first.")
    keystore = Keystore.load(paths.keystore)
    _require_store(paths)
    earlier = keystore.record_attempt(dt.datetime.now(dt.UTC))  # counted before the check: see threat model
    keystore.save_attempts()
    sleep(unlock_delay(earlier))
    unlocked = keystore.unlock(username, password)
    conn = _open_current(paths, keystore, unlocked)
    try:
        keystore.upgrade(unlocked, password)
        pending = keystore.take_pending_failures()
        with db.transaction(conn):
            for _ in range(pending):
                audit.append(conn, actor="unknown", action="login.failed")
        keystore.save(dmk=unlocked.dmk)
    except BaseException:
        conn.close()
        raise
    return _open_session(paths, conn, keystore, unlocked)


def _open_session(paths: PostPaths, conn: sqlcipher3.Connection, keystore: Keystore, unlocked: Unlocked) -> Session:
    """Finish removals a crash interrupted, then check the account and audit the login."""
    from app.services import removal

    user = users.by_id(conn, unlocked.slot_id)
    session = Session(paths, conn, user or _NOBODY, keystore, unlocked.dmk, unlocked.private_key)
    try:
        removal.complete_pending(session)
        if user is None or not user.active or unlocked.slot_id not in session.keystore.slot_ids():
            raise AuthenticationFailed("This account is not active; ask the post admin.")
        with db.transaction(session.db):
            audit.append(session.db, actor=user.id, action="login", object_id=None)
    except BaseException:
        session.close()
        raise
    events.publish("session_did_open", user_id=user.id)
    return session


def _open_current(paths: PostPaths, keystore: Keystore, unlocked: Unlocked) -> sqlcipher3.Connection:
    """Open with the current DMK (or the staged one when a swap happened), check the keystore, then finish or roll
    back a rekey a crash interrupted (see removal.rekey)."""
    generation_dmk = unlocked.dmk
    try:
        conn = db.open_store(paths.db, unlocked.dmk)
        swapped = False
    except WrongKeyOrDamaged:
        if unlocked.next_dmk is None:
            if keystore.has_pending_rekey():
                raise AuthenticationFailed("This account no longer opens this store.") from None
            raise IntegrityFailure("Wrong password or damaged store: the store does not open with this key.") from None
        conn = db.open_store(paths.db, unlocked.next_dmk)  # the swap happened; the keystore lagged
        swapped = True
    try:
        db.migrate(conn, paths.db)
        keyguard.check(conn, keystore, generation_dmk)  # under the generation the file names, before any change
        _settle_rekey(paths, keystore, unlocked, swapped=swapped)
    except BaseException:
        conn.close()
        raise
    return conn


def _settle_rekey(paths: PostPaths, keystore: Keystore, unlocked: Unlocked, *, swapped: bool) -> None:
    if swapped:
        keystore.commit_next()
        unlocked.dmk, unlocked.next_dmk = unlocked.next_dmk, None  # type: ignore[assignment]
        keystore.save(dmk=unlocked.dmk)
        log.warning("completed a rekey that was interrupted")
        return
    paths.rekey.unlink(missing_ok=True)  # a copy from an export that never got swapped in
    if keystore.has_pending_rekey():  # the swap never happened: forget the staged key
        keystore.abandon_next()
        keystore.save(dmk=unlocked.dmk)
        unlocked.next_dmk = None
        log.warning("rolled back a rekey that was interrupted")


def recover(data_dir: Path, recovery_private: X25519PrivateKey) -> bytes:
    """The DMK via the recovery slot (central office procedure); raises if the key does not open it."""
    paths = PostPaths(Path(data_dir))
    _require_store(paths)
    dmk = Keystore.load(paths.keystore).recover_dmk(recovery_private)
    db.open_store(paths.db, dmk).close()
    return dmk


def set_recovery(session: Session, public_key: X25519PublicKey) -> None:
    """Seal the store key to the central office's recovery key; the store lists it as expected first."""
    session.require("user.manage")
    assert session.dmk is not None
    session.keystore.set_recovery(public_key, session.dmk)
    with session.write("vault.recovery_set") as conn:
        vaultkeys.add(conn, "recovery", session.keystore.public_keys()["recovery"])
    session.keystore.save(dmk=session.dmk)
