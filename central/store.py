"""The central store: every SQL statement of the office lives here (SQLAlchemy Core)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, event, func, insert, select, update
from sqlalchemy.exc import DBAPIError, DisconnectionError, IntegrityError

from central.db import make_engine, migrate
from central.pgdriver import LostConnection
from central.pgdriver import commit as commit_through_libpq
from central.tables import (
    bundles,
    device_files,
    devices,
    enrol_codes,
    feed_files,
    feed_versions,
    flags,
    referral_owners,
    settings,
    statuses,
)
from protocol.envelope import DeviceKey

Row = dict[str, Any]
KEPT = 10  # ingest connections kept between transactions (as many as the pool keeps)
_DEVICE_KEY = select(devices.c.signing_key, devices.c.revoked_at).where(devices.c.device_id == bindparam("d"))


class Store:
    """Opens the database, migrates it, and offers short named queries."""

    def __init__(self, url: str, *, sqlite_synchronous: str = "FULL") -> None:
        self.url = url
        self.engine: Engine = make_engine(url, sqlite_synchronous=sqlite_synchronous)
        self.is_sqlite = url.startswith("sqlite")
        # SQLite has one writer: serialise writers in-process instead of spinning on SQLITE_BUSY.
        self._write_lock = threading.Lock() if self.is_sqlite else None
        migrate(self.engine)
        # The ingest's own pool on PostgreSQL: no pre-ping (a round trip per transaction); a transaction that
        # finds its connection lost is retried instead (`connection_lost`), and every connection pooled before
        # the loss is replaced at its next checkout (the server probably restarted: they are all dead).
        self._epoch = 0
        self._ingest_engine = self.engine if self.is_sqlite else self._unpinged_engine(url)
        self._kept: list[tuple[int, Connection]] = []  # idle ingest connections, with the epoch they were kept in

    def close(self) -> None:
        """Release every pooled connection."""
        while self._kept:
            self._kept.pop()[1].close()
        self.engine.dispose()
        if self._ingest_engine is not self.engine:
            self._ingest_engine.dispose()

    @contextmanager
    def write(self, *, retried: bool = False) -> Iterator[Connection]:
        """One write transaction (serialised on SQLite).

        `retried=True` is for a caller that retries the transaction when `connection_lost` says so (the ingest):
        on PostgreSQL its connection then comes from a pool that does not ping before every transaction."""
        if self._write_lock is None:
            if retried:
                with self._kept_transaction() as conn:
                    yield conn
                return
            with self.engine.begin() as conn:
                yield conn
            return
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _kept_transaction(self) -> Iterator[Connection]:
        """A transaction on a connection the ingest keeps checked out between its transactions (up to KEPT of them:
        checking one out of the pool and back in cost more CPU per bundle than the bundle's statements)."""
        epoch = self._epoch
        try:
            kept_in, conn = self._kept.pop()
        except IndexError:
            kept_in, conn = epoch, self._ingest_engine.connect()
        if kept_in != epoch:  # kept from before a lost connection: give it back (the pool replaces it)
            conn.close()
            conn = self._ingest_engine.connect()
        ended = False
        try:
            with conn.begin():
                yield conn
                commit_through_libpq(conn)  # cheaper than through psycopg's connection object
            ended = True
        finally:
            if ended and not conn.invalidated and len(self._kept) < KEPT:
                self._kept.append((epoch, conn))
            else:
                conn.close()

    def connection_lost(self, exc: BaseException) -> bool:
        """Whether `exc` says the database connection broke (server restarted or ended it). If so, every other
        connection the ingest's pool holds is replaced before its next use, and a transaction that failed so
        before its commit may be run again."""
        lost = isinstance(exc, LostConnection) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)
        if lost:
            self._epoch += 1
        return lost

    def _unpinged_engine(self, url: str) -> Engine:
        """The ingest's PostgreSQL engine: no pre-ping; connections older than the last loss are replaced."""
        engine = make_engine(url, pre_ping=False)

        def born(_dbapi: Any, record: Any) -> None:
            record.info["nrm_epoch"] = self._epoch

        def checkout(_dbapi: Any, record: Any, _proxy: Any) -> None:
            if record.info.get("nrm_epoch") != self._epoch:  # the pool reconnects and checks out again
                raise DisconnectionError("pooled before a lost connection")

        event.listen(engine, "connect", born)
        event.listen(engine, "checkout", checkout)
        return engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read-only connection."""
        with self.engine.connect() as conn:
            yield conn

    def ping(self) -> None:
        """Touch the database (health check)."""
        with self.read() as conn:
            conn.execute(select(func.count()).select_from(settings)).scalar_one()

    # --- devices ------------------------------------------------------------------------------------
    def device_key(self, device_id: str, *, conn: Connection | None = None) -> DeviceKey | None:
        """What open_envelope needs to know about a device (on `conn` when the caller holds one)."""
        if conn is not None:
            row = conn.execute(_DEVICE_KEY, {"d": device_id}).first()
        else:
            with self.read() as own:
                row = own.execute(_DEVICE_KEY, {"d": device_id}).first()
        return None if row is None else DeviceKey(bytes(row.signing_key), row.revoked_at is not None)

    def device(self, device_id: str) -> Row | None:
        """One device row."""
        with self.read() as conn:
            row = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        return None if row is None else dict(row._mapping)

    def devices(self) -> list[Row]:
        """Every device, oldest first."""
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(devices).order_by(devices.c.enrolled_at))]

    def revoke_device(self, device_id: str, *, at: str) -> bool:
        """Mark a device revoked; False when there is no such device."""
        with self.write() as conn:
            result = conn.execute(update(devices).where(devices.c.device_id == device_id)
                                  .where(devices.c.revoked_at.is_(None)).values(revoked_at=at))
            exists = conn.execute(select(devices.c.device_id).where(devices.c.device_id == device_id)).first()
        return result.rowcount > 0 or exists is not None

    # --- enrolment codes ----------------------------------------------------------------------------
    def add_code(self, **row: Any) -> None:
        """Store an issued code (its MAC key, never the code itself)."""
        with self.write() as conn:
            conn.execute(insert(enrol_codes).values(**row))

    def code(self, code_id: str) -> Row | None:
        """One enrolment code row."""
        with self.read() as conn:
            row = conn.execute(select(enrol_codes).where(enrol_codes.c.code_id == code_id)).first()
        return None if row is None else dict(row._mapping)

    def use_code(self, code_id: str, *, device: Row, at: str, request_sha256: str, response: bytes) -> bool:
        """Atomically consume a code and add the device; False if another request consumed it first."""
        with self.write() as conn:
            result = conn.execute(
                update(enrol_codes).where(enrol_codes.c.code_id == code_id).where(enrol_codes.c.used_at.is_(None))
                .values(used_at=at, request_sha256=request_sha256, response=response))
            if result.rowcount != 1:
                return False
            conn.execute(insert(devices).values(**device))
        return True

    # --- bundles ------------------------------------------------------------------------------------
    def bundle(self, bundle_id: str) -> Row | None:
        """One bundle row by id (with blob and receipt)."""
        with self.read() as conn:
            row = conn.execute(select(bundles).where(bundles.c.bundle_id == bundle_id)).first()
        return None if row is None else dict(row._mapping)

    def bundle_index(self, *, device_id: str | None = None) -> list[Row]:
        """The index of stored bundles, without blobs (no personal data)."""
        cols = [c for c in bundles.c if c.name not in ("blob", "receipt")]
        query = select(*cols).order_by(bundles.c.device_id, bundles.c.seq)
        if device_id:
            query = query.where(bundles.c.device_id == device_id)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        """Every stored envelope (bundle id, bytes), in arrival order per device."""
        with self.read() as conn:
            query = select(bundles.c.bundle_id, bundles.c.blob).order_by(bundles.c.device_id, bundles.c.seq)
            for row in conn.execute(query):
                yield row.bundle_id, bytes(row.blob)

    def count_bundles(self) -> int:
        """How many bundles are stored."""
        with self.read() as conn:
            return int(conn.execute(select(func.count()).select_from(bundles)).scalar_one())

    def device_seqs(self, device_id: str) -> list[int]:
        """Sequence numbers held for a device, ascending."""
        with self.read() as conn:
            query = select(bundles.c.seq).where(bundles.c.device_id == device_id).order_by(bundles.c.seq)
            return [int(s) for s in conn.execute(query).scalars()]

    # --- flags, statuses, settings ------------------------------------------------------------------
    def add_flag(self, device_id: str, *, kind: str, detail: str, at: str) -> None:
        """Record something a coordinator must look at (gap, broken chain)."""
        with self.write() as conn:
            conn.execute(insert(flags).values(device_id=device_id, kind=kind, detail=detail, at=at))

    def flags(self, device_id: str | None = None) -> list[Row]:
        """Flags, oldest first."""
        query = select(flags).order_by(flags.c.id)
        if device_id:
            query = query.where(flags.c.device_id == device_id)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def add_status(self, **row: Any) -> None:
        """Record a referral status change for the feed."""
        with self.write() as conn:
            conn.execute(insert(statuses).values(**row))

    def statuses(self, device_id: str) -> list[Row]:
        """Status updates for one device's referrals, in order."""
        with self.read() as conn:
            query = select(statuses).where(statuses.c.device_id == device_id).order_by(statuses.c.id)
            return [dict(r._mapping) for r in conn.execute(query)]

    def referral_device(self, referral_id: str) -> str | None:
        """The device that owns a referral id (the one that first sent it)."""
        with self.read() as conn:
            query = select(referral_owners.c.device_id).where(referral_owners.c.referral_id == referral_id)
            return conn.execute(query).scalar_one_or_none()

    def setting(self, name: str) -> bytes | None:
        """A stored setting value."""
        with self.read() as conn:
            value = conn.execute(select(settings.c.value).where(settings.c.name == name)).scalar_one_or_none()
        return None if value is None else bytes(value)

    def put_setting(self, name: str, value: bytes) -> None:
        """Insert or replace a setting."""
        with self.write() as conn:
            done = conn.execute(update(settings).where(settings.c.name == name).values(value=value)).rowcount
            if not done:
                conn.execute(insert(settings).values(name=name, value=value))

    # --- feed ---------------------------------------------------------------------------------------
    def latest_feed(self) -> Row | None:
        """The newest feed version."""
        with self.read() as conn:
            row = conn.execute(select(feed_versions).order_by(feed_versions.c.version.desc()).limit(1)).first()
        return None if row is None else dict(row._mapping)

    def add_feed(self, row: Row, files: list[tuple[str, str, bytes]]) -> bool:
        """Store a new feed version and its files; False when that version number was taken meanwhile."""
        try:
            with self.write() as conn:
                for sha, name, data in files:
                    if conn.execute(select(feed_files.c.sha256).where(feed_files.c.sha256 == sha)).first() is None:
                        conn.execute(insert(feed_files).values(sha256=sha, name=name, data=data))
                conn.execute(insert(feed_versions).values(**row))
        except IntegrityError:
            return False
        return True

    def feed_file(self, sha: str) -> bytes | None:
        """A feed file by its SHA-256."""
        with self.read() as conn:
            value = conn.execute(select(feed_files.c.data).where(feed_files.c.sha256 == sha)).scalar_one_or_none()
        return None if value is None else bytes(value)

    def device_file(self, device_id: str) -> Row | None:
        """The cached sealed file of a device."""
        with self.read() as conn:
            row = conn.execute(select(device_files).where(device_files.c.device_id == device_id)).first()
        return None if row is None else dict(row._mapping)

    def put_device_file(self, device_id: str, *, digest: str, sealed: bytes) -> None:
        """Cache a device's sealed file for a given content digest."""
        with self.write() as conn:
            done = conn.execute(update(device_files).where(device_files.c.device_id == device_id)
                                .values(content_digest=digest, sealed=sealed)).rowcount
            if not done:
                conn.execute(insert(device_files).values(device_id=device_id, content_digest=digest, sealed=sealed))
