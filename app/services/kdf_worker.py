"""The entry point's way into the key-derivation child (app.crypto.kdf_child) without importing anything else."""

from __future__ import annotations


def serve() -> None:
    """Answer one key-derivation request on stdin (a frozen build's child; see app/__main__.py)."""
    from app.crypto import kdf_child

    kdf_child.serve()
