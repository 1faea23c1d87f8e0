"""Engine creation (SQLite in the data dir, or PostgreSQL) and Alembic migrations to head."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from central.errors import StoreTooNew

MIGRATIONS = str(Path(__file__).resolve().parent / "migrations")


def sqlite_url(data_dir: Path) -> str:
    """The default store: central.db inside the data directory."""
    return f"sqlite+pysqlite:///{(data_dir / 'central.db').resolve()}"


def make_engine(url: str, *, sqlite_synchronous: str = "FULL", pre_ping: bool = True) -> Engine:
    """An engine with safe settings for the backend (WAL and busy timeout on SQLite, pre-ping on PostgreSQL).

    `pre_ping=False` is for a caller that handles a lost connection itself (the ingest retries its transaction)
    and that ends every transaction itself (`engine.begin()` commits or rolls back): its pool neither pings
    before nor rolls back after each use."""
    if url.startswith("sqlite"):
        if sqlite_synchronous not in ("FULL", "NORMAL"):
            raise ValueError("sqlite_synchronous must be FULL or NORMAL")
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", lambda conn, _rec: _sqlite_pragmas(conn, sqlite_synchronous))
        return engine
    return create_engine(url, pool_pre_ping=pre_ping, pool_size=10, max_overflow=20,
                         pool_reset_on_return="rollback" if pre_ping else None)


def _sqlite_pragmas(dbapi_conn: Any, synchronous: str) -> None:
    """WAL for concurrent readers; FULL sync (default) so no receipt is sent for a bundle a power cut could lose."""
    cursor = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", f"synchronous={synchronous}", "foreign_keys=ON", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _config() -> Config:
    """Alembic configuration pointing at central/migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    return cfg


def migrate(engine: Engine) -> str:
    """Upgrade the store to head in one transaction; refuse a store newer than this code."""
    cfg = _config()
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        known = {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise StoreTooNew(f"the store is at revision {current}, newer than this program")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return sorted(heads)[0]
