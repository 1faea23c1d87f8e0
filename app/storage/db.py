"""The one function that opens a post store, the transaction helper, and migrations (DESIGN.md §3)."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from app.domain.errors import IntegrityFailure, Refused
from app.resources import migrations_dir

log = logging.getLogger(__name__)

DB_NAME = "post.db"
DatabaseError = sqlcipher3.DatabaseError


class WrongKeyOrDamaged(IntegrityFailure):
    """The key did not open the file: a wrong key, or a damaged store."""


class StoreMissing(IntegrityFailure):
    """The store file is missing or empty where one must exist (exit 4): it is never silently re-created."""


class StoreDamaged(IntegrityFailure):
    """A page failed its authentication check while reading: the file was changed or corrupted."""


def _key_literal(key: bytes) -> bytes:
    if len(key) != 32:
        raise ValueError("the data master key is 32 bytes")
    return b"x'" + key.hex().encode("ascii") + b"'"


def create_private(path: Path) -> None:
    """Create `path` empty with mode 0600 before any byte is written (SQLite keeps the mode; WAL files copy it)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def open_store(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open the SQLCipher store with a raw 32-byte key; key check, then pragmas. Only `create=True` makes a new
    (0600) file; a missing or empty store is otherwise refused, never silently started anew."""
    path = Path(path)
    if create:
        create_private(path)
    elif not path.is_file() or path.stat().st_size == 0:
        raise StoreMissing(f"The store {path.name} is missing or empty; restore the data folder from a backup.")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_key_literal(key))  # raw key: SQLCipher's PBKDF2 is skipped, no key in SQL text
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongKeyOrDamaged("Wrong password or damaged store.") from exc
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
        ):
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; nothing is half-applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn low-level read failures of a damaged file into one clear StoreDamaged."""
    try:
        yield
    except (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError, sqlcipher3.OperationalError):
        raise
    except sqlcipher3.DatabaseError as exc:
        raise StoreDamaged("The store is damaged: a page failed its integrity check.") from exc


# ----- migrations -----
_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, Path]]:
    found = []
    for path in sorted(migrations_dir().glob("*.sql")):
        m = _MIGRATION.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    numbers = [n for n, _ in found]
    # Gaps are allowed (parallel branches each take their own number); two files with one number are not.
    if len(set(numbers)) != len(numbers) or (numbers and numbers[0] < 1):
        raise RuntimeError(f"migrations must have distinct numbers from 001: {numbers}")
    return found


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, db_path: Path) -> list[int]:
    """Apply pending numbered migrations, one transaction each; copy the encrypted file aside first."""
    available = migrations()
    current = schema_version(conn)
    latest = available[-1][0] if available else 0
    if current > latest:
        raise Refused(
            f"This store was written by a newer NRM Desk (schema {current}, this version knows {latest}); "
            "update the application."
        )
    pending = [(n, p) for n, p in available if n > current]
    if pending and current > 0:
        _backup(conn, db_path, current)
    for number, path in pending:
        sql = path.read_text(encoding="utf-8")
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("applied migration %03d", number)
    return [n for n, _ in pending]


def _backup(conn: sqlcipher3.Connection, db_path: Path, version: int) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    target = db_path.with_name(f"{db_path.name}.before-v{version + 1}")
    target.unlink(missing_ok=True)
    create_private(target)
    with open(db_path, "rb") as src, open(target, "r+b") as dst:  # still encrypted under the same key
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def export_rekeyed(conn: sqlcipher3.Connection, target: Path, new_key: bytes) -> None:
    """Copy the whole store into `target` encrypted under `new_key` (bound, never in SQL text); fsync it."""
    version = schema_version(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    target.unlink(missing_ok=True)
    create_private(target)  # 0600 before SQLite writes a page: the swapped-in store keeps this mode
    conn.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), _key_literal(new_key).decode("ascii")))
    try:
        conn.execute("SELECT sqlcipher_export('rekey')").fetchall()
        conn.execute(f"PRAGMA rekey.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE rekey")
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_sidecars(db_path: Path) -> None:
    """Delete -wal/-shm files left beside a store (only with every connection closed)."""
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def damaged_pages(conn: sqlcipher3.Connection) -> list[str]:
    """Every page's HMAC checked (PRAGMA cipher_integrity_check): descriptions of those that fail."""
    with translate_errors():
        return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]


def set_cache_size(conn: sqlcipher3.Connection, mebibytes: int) -> None:
    """A larger page cache for a long-lived connection (the desktop app's worker): SQLCipher decrypts every page
    it reads, so searches over 100,000 cases stay fast only when the hot pages stay decrypted in memory."""
    conn.execute(f"PRAGMA cache_size = -{int(mebibytes) * 1024}")
