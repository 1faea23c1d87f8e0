"""Everything a running office needs, opened from its data directory: settings, store, keys, root.json."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from central.db import sqlite_url
from central.hub import stats as hub_stats
from central.hub import timers
from central.ingest import Ingestor
from central.officekeys import OfficeKeys, load_keys, load_root
from central.store import Store
from protocol.canonical import utcnow

CONFIG_FILE = "config.json"
MAX_BUNDLE = 10 * 1024 * 1024
MAX_ENROL = 64 * 1024


@dataclass
class Service:
    """A running office: store, keys, root.json, limits, and the clock."""

    store: Store
    keys: OfficeKeys
    root: bytes
    max_bundle: int = MAX_BUNDLE
    max_enrol: int = MAX_ENROL
    clock: Callable[[], datetime] = field(default=utcnow)

    ingestor: Ingestor = field(init=False)

    def __post_init__(self) -> None:
        """Start the bundle ingestor (its writer thread) for this office."""
        self.ingestor = Ingestor(self.store, self.keys, clock=lambda: self.clock())
        self._closed = False

    def close(self) -> None:
        """Finish queued writes, then release the database (idempotent)."""
        if not self._closed:
            self._closed = True
            self.ingestor.close()
            self.store.close()


def read_config(data_dir: Path) -> dict[str, object]:
    """config.json of the data directory (office name, optional database URL, limits)."""
    path = data_dir / CONFIG_FILE
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def db_url(data_dir: Path, override: str | None = None) -> str:
    """--db, else NRM_CENTRAL_DB, else config.json "db", else SQLite in the data directory."""
    return override or os.environ.get("NRM_CENTRAL_DB") or str(read_config(data_dir).get("db") or "") \
        or sqlite_url(data_dir)


def open_service(data_dir: Path, *, passphrase: str, db: str | None = None) -> Service:
    """Open store and keys of an initialised data directory."""
    keys = load_keys(data_dir, passphrase=passphrase)
    config = read_config(data_dir)
    store = Store(db_url(data_dir, db), sqlite_synchronous=str(config.get("sqlite_synchronous", "FULL")).upper())
    timers.configure(store, config.get("timers"))
    if "stats_k" in config:  # the k of the office's small-cell suppression (issue 13), default 5
        hub_stats.set_k(store, config["stats_k"])  # type: ignore[arg-type]
    limit = config.get("max_bundle_bytes", MAX_BUNDLE)
    return Service(store, keys, load_root(data_dir), max_bundle=int(limit))  # type: ignore[call-overload]
