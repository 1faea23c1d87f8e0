"""Whether the open post is a practice post, and the refusal of what a practice post never does.

A practice post is marked three times: `training: true` in the post settings, `mode: training` in keystore.json
(covered by the keystore's MAC, so removing it makes unlock refuse the file) and a permanent row in the store's
`training_mark` table (triggers refuse UPDATE and DELETE). Any one of them makes the post a practice post, so
editing one place never turns it into a real post.
"""

from __future__ import annotations

from typing import Any

from app.domain.errors import Refused
from app.storage import post
from app.storage import training as training_store

TRAINING_TITLE = "TRAINING"


class TrainingRefused(Refused):
    """Something a practice post never does: enrol, send or receive bundles, USB transfer (exit 1)."""

    code = "training_post"


def store_is_training(conn: Any) -> bool:
    """The store's own mark, or the settings flag (either is enough)."""
    return training_store.is_marked(conn) or bool(post.get(conn)["settings"].get("training"))


def is_training(session: Any) -> bool:
    """True for a practice post: by its keystore, its store mark or its settings."""
    return bool(session.keystore.training) or store_is_training(session.db)


def refuse_in_training(session: Any, what: str) -> None:
    """Raise TrainingRefused naming what was refused, when the session's post is a practice post."""
    if is_training(session):
        raise TrainingRefused(f"This is a practice post (training mode): it never {what}.")


def post_is_training(data_dir: Any) -> bool:
    """Before unlock (to mark the unlock screen): the keystore's own flag; after unlock `is_training` decides."""
    from pathlib import Path

    from app.crypto.keystore import Keystore
    from app.services.session import PostPaths

    path = PostPaths(Path(data_dir)).keystore
    try:
        return path.exists() and Keystore.load(path).training
    except Exception:  # noqa: BLE001 — a damaged keystore is reported by unlock, not here
        return False
