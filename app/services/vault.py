"""Creating a post, unlocking it, recovering from an interrupted rekey, and the recovery slot."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.atomic import fsync_dir
from app.crypto.keystore import Keystore, Unlocked, new_dmk
from app.crypto.primitives import private_bytes
from app.domain.errors import AuthenticationFailed, IntegrityFailure, Refused, ValidationFailed
from app.domain.policy import password_problems, unlock_delay
from app.services import events
from app.services.session import PostPaths, Session
from app.storage import audit, db, post, users
from app.storage.db import WrongKeyOrDamaged
from app.storage.ids import new_id

log = logging.getLogger(__name__)

Sleeper = Callable[[float], None]


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
    check_new_password(admin_password, username=admin_username)
    paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    dmk, admin_id = new_dmk(), new_id()
    keystore = Keystore.create(paths.keystore)
    keystore.add_slot(slot_id=admin_id, username=admin_username, password=admin_password, dmk=dmk)
    if recovery_public_key is not None:
        keystore.set_recovery(recovery_public_key, dmk)
    os.close(os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite copies these modes
    conn = db.open_store(paths.db, dmk)
    try:
        db.migrate(conn, paths.db)
        signing = Ed25519PrivateKey.generate().private_bytes_raw()
        with db.transaction(conn):
            post.create(conn, code=code, name=post_name.strip(), signing_key=signing,
                        box_key=private_bytes(X25519PrivateKey.generate()))
            users.insert(conn, user_id=admin_id, username=admin_username.strip(), role="admin",
                         full_name=admin_full_name)
            audit.append(conn, actor=admin_id, action="post.create", object_id=None)
    except BaseException:
        conn.close()
        paths.db.unlink(missing_ok=True)
        db.remove_sidecars(paths.db)
        raise
    conn.close()
    keystore.save()  # last: a crash before this leaves no keystore, and `init` can be run again


def post_exists(data_dir: Path) -> bool:
    return PostPaths(Path(data_dir)).exists()


def unlock(data_dir: Path, username: str, password: str, *, sleep: Sleeper = time.sleep) -> Session:
    """Password → slot → DMK → open store → check the account; every outcome is audited."""
    paths = PostPaths(Path(data_dir))
    if not paths.keystore.exists():
        raise Refused(f"No post has been set up in {paths.data_dir}; run `nrm-desk init` first.")
    keystore = Keystore.load(paths.keystore)
    sleep(unlock_delay(keystore.failure_count()))
    try:
        unlocked = keystore.unlock(username, password)
    except AuthenticationFailed:
        keystore.record_failure(dt.datetime.now(dt.UTC))
        keystore.save()
        raise
    conn = _open_current(paths, keystore, unlocked)
    try:
        user = users.by_id(conn, unlocked.slot_id)
        if user is None or not user.active:
            raise AuthenticationFailed("This account is not active; ask the post admin.")
        pending = keystore.take_pending_failures()
        with db.transaction(conn):
            for _ in range(pending):
                audit.append(conn, actor="unknown", action="login.failed")
            audit.append(conn, actor=user.id, action="login", object_id=None)
    except BaseException:
        conn.close()
        raise
    keystore.save()
    events.publish("session_did_open", user_id=user.id)
    return Session(paths, conn, user, keystore, unlocked.dmk, unlocked.private_key)


def _open_current(paths: PostPaths, keystore: Keystore, unlocked: Unlocked) -> sqlcipher3.Connection:
    """Open with the current DMK; finish or roll back a rekey a crash interrupted (see users.remove_user)."""
    try:
        conn = db.open_store(paths.db, unlocked.dmk)
    except WrongKeyOrDamaged:
        if unlocked.next_dmk is None:
            if keystore.has_pending_rekey():
                raise AuthenticationFailed("This account no longer opens this store.") from None
            raise IntegrityFailure("Wrong password or damaged store: the store does not open with this key.") from None
        conn = db.open_store(paths.db, unlocked.next_dmk)  # the swap happened; the keystore lagged
        keystore.commit_next()
        keystore.save()
        unlocked.dmk, unlocked.next_dmk = unlocked.next_dmk, None
        log.warning("completed a rekey that was interrupted")
    else:
        paths.rekey.unlink(missing_ok=True)  # a copy from an export that never got swapped in
        if keystore.has_pending_rekey():  # the swap never happened: forget the staged key
            keystore.abandon_next()
            keystore.save()
            unlocked.next_dmk = None
            log.warning("rolled back a rekey that was interrupted")
    if unlocked.upgraded:
        keystore.save()
    try:
        db.migrate(conn, paths.db)
    except BaseException:
        conn.close()
        raise
    return conn


def recover(data_dir: Path, recovery_private: X25519PrivateKey) -> bytes:
    """The DMK via the recovery slot (central office procedure); raises if the key does not open it."""
    paths = PostPaths(Path(data_dir))
    dmk = Keystore.load(paths.keystore).recover_dmk(recovery_private)
    db.open_store(paths.db, dmk).close()
    return dmk


def swap_in_rekeyed(paths: PostPaths) -> None:
    """Replace the store with its rekeyed copy (every connection closed) and make it durable."""
    db.remove_sidecars(paths.db)
    os.replace(paths.rekey, paths.db)
    fsync_dir(paths.data_dir)
