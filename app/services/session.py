"""An unlocked post: the open store, the acting user, and the key material held while unlocked."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app.crypto.keystore import Keystore
from app.domain import roles
from app.domain.errors import NrmError
from app.storage import audit, db
from app.storage.db import DB_NAME
from app.storage.users import User

KEYSTORE_NAME = "keystore.json"


@dataclass(frozen=True)
class PostPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keystore(self) -> Path:
        return self.data_dir / KEYSTORE_NAME

    @property
    def rekey(self) -> Path:
        return self.data_dir / (DB_NAME + ".rekey")

    def exists(self) -> bool:
        return self.keystore.exists() and self.db.exists()


@dataclass
class Session:
    """Held by the CLI for one command, or by the GUI's database worker until lock."""

    paths: PostPaths
    conn: sqlcipher3.Connection | None
    user: User
    keystore: Keystore
    dmk: bytes | None
    slot_private: Any = field(repr=False, default=None)
    # Run when the session closes (lock, end of a command): e.g. removing a decrypted attachment opened for viewing.
    on_close: list[Callable[[], None]] = field(repr=False, default_factory=list)

    @property
    def db(self) -> sqlcipher3.Connection:
        if self.conn is None:
            raise NrmError("The post is locked.")
        return self.conn

    @property
    def role(self) -> str:
        return self.user.role

    def require(self, permission: str) -> None:
        roles.require(self.user.role, permission)

    def allows(self, permission: str) -> bool:
        return roles.allows(self.user.role, permission)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One transaction; the caller appends its audit entries with `audit(conn, ...)` inside it."""
        with db.transaction(self.db) as conn, db.translate_errors():
            yield conn

    def audit(self, conn: sqlcipher3.Connection, action: str, object_id: str | None = None) -> None:
        audit.append(conn, actor=self.user.id, action=action, object_id=object_id)

    def audit_many(self, conn: sqlcipher3.Connection, entries: list[tuple[str, str | None]]) -> None:
        """Several (action, object id) entries at once, in order (an import's thousands)."""
        audit.append_many(conn, actor=self.user.id, items=entries)

    @contextlib.contextmanager
    def write(self, action: str, object_id: str | None = None) -> Iterator[sqlcipher3.Connection]:
        """One transaction that also appends the audit entry for `action`; all or nothing."""
        with self.transaction() as conn:
            yield conn
            self.audit(conn, action, object_id)

    def record(self, action: str, object_id: str | None = None) -> None:
        """An audit entry on its own (views, exports, prints)."""
        with db.transaction(self.db) as conn:
            audit.append(conn, actor=self.user.id, action=action, object_id=object_id)

    def close(self) -> None:
        """Close the store and drop the key material this session holds."""
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self.conn.close()
            self.conn = None
        self.dmk = None
        self.slot_private = None
        while self.on_close:
            with contextlib.suppress(Exception):
                self.on_close.pop()()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def storage_guard() -> Iterator[None]:
    """Around any use case: a page that fails its check surfaces as StoreDamaged (exit 4), never a traceback."""
    with db.translate_errors():
        yield
