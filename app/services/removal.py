"""User removal as one recoverable operation: the request is recorded, then a rekey drops the slot; a crash in
between is completed at the next unlock, so no list ever shows a user removed whose key still opens the store."""

from __future__ import annotations

import logging
import os

from app.atomic import fsync_dir
from app.crypto.keystore import new_dmk
from app.services import keyguard
from app.services.session import PostPaths, Session
from app.storage import audit, db, vaultkeys

log = logging.getLogger(__name__)


def complete_pending(session: Session) -> list[str]:
    """Finish every recorded removal: rekey without those slots (if they are still there), then clear the record."""
    pending = vaultkeys.pending_removals(session.db)
    if not pending:
        return []
    still_open = {slot_id for slot_id in pending if slot_id in session.keystore.slot_ids()}
    if still_open:
        rekey(session, drop=still_open)
    finish(session, pending)
    log.info("completed %d user removal(s)", len(pending))
    return list(pending)


def finish(session: Session, pending: dict[str, str]) -> None:
    """The rekey is done: forget the removed slots' keys and audit the completion, in one transaction."""
    with session.transaction() as conn:
        for slot_id, requested_by in pending.items():
            vaultkeys.finish_removal(conn, slot_id)
            audit.append(conn, actor=requested_by, action="user.remove.rekeyed", object_id=slot_id)


def rekey(session: Session, *, drop: set[str] | frozenset[str] = frozenset()) -> None:
    """Move the store to a fresh DMK, resealed to every slot but `drop` and to the recovery slot.

    The keystore is first re-read and checked (MAC under the current DMK, keys against the store's list), so the
    new key is never sealed to a key planted in the file. Order for crash safety: export a copy under the new DMK;
    stage it in every kept slot (saved); swap the files; commit the keystore. Unlock finishes or rolls back a rekey
    interrupted between staging and commit.
    """
    paths = session.paths
    assert session.dmk is not None
    keystore = keyguard.refresh(session)
    next_key = new_dmk()
    db.export_rekeyed(session.db, paths.rekey, next_key)
    keystore.stage_next(next_key, keep=[s for s in keystore.slot_ids() if s not in drop])
    keystore.save(dmk=session.dmk)
    session.db.close()
    session.conn = None
    swap_in_rekeyed(paths)
    keystore.commit_next()
    keystore.save(dmk=next_key)
    session.conn = db.open_store(paths.db, next_key)
    session.dmk = next_key


def swap_in_rekeyed(paths: PostPaths) -> None:
    """Replace the store with its rekeyed copy (every connection closed) and make it durable."""
    db.remove_sidecars(paths.db)
    os.replace(paths.rekey, paths.db)
    fsync_dir(paths.data_dir)
