"""Sync use cases: one pass against the office, status, the outbox list (the CLI and the app's worker share them)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from app.domain.errors import IntegrityFailure, InvalidState, OfficeUnreachable, Refused
from app.services import events, sealing
from app.services.session import Session
from app.services.sync_store import PostSyncStore
from app.services.training_mark import refuse_in_training
from app.storage import audit, db, outbox, post, syncstate
from app.sync.backoff import Backoff
from app.sync.engine import SyncEngine, Transport
from app.sync.port import PassReport
from app.sync.transport import HttpTransport, InsecureServer, check_url
from protocol.canonical import parse_time, utcnow

TransportFactory = Callable[[str], Transport]
DEFAULT_TIMEOUT = 30.0


def default_transport(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> HttpTransport:
    return HttpTransport(url, timeout=timeout)


class NotEnrolled(Refused):
    code = "not_enrolled"


def server_url(conn: Any) -> str:
    """The office address stored at enrolment (or set later), or a clear refusal."""
    url = syncstate.get(conn)["server_url"]
    if not url:
        raise Refused("No office address is known (this post was enrolled by USB): use --server URL or USB transfer.")
    return str(url)


def set_server(session: Session, url: str) -> None:
    """Store (or change) the office address after checking it."""
    session.require("sync.enroll")
    refuse_in_training(session, "connects to a central office")
    try:
        checked = check_url(url)
    except InsecureServer as exc:
        raise Refused(str(exc)) from None
    with session.write("sync.server", None) as conn:
        syncstate.update(conn, server_url=checked)


def run_pass(
    conn: Any, *, actor: str, transport: Transport | None = None, clock: Callable[[], datetime] = utcnow,
    backoff: Backoff | None = None, sleep: Callable[[float], None] = time.sleep, timeout: float = DEFAULT_TIMEOUT,
    stats_delay: timedelta = sealing.STATS_DELAY,
) -> PassReport:
    """One pass on this connection (the CLI's, or the background worker's own); audited when it did something."""
    store = PostSyncStore(conn, actor=actor)
    if store.identity() is None:
        raise NotEnrolled("This post is not enrolled with the central office yet; run `nrm-desk sync enroll`.")
    with db.transaction(conn):
        sealing.seal_stats(conn, now=clock(), delay=stats_delay)  # records changed and not yet carried
    own = transport is None
    transport = transport or default_transport(server_url(conn), timeout=timeout)
    try:
        engine = SyncEngine(store, transport, clock=clock, backoff=backoff, sleep=sleep, failures=store.failures)
        report = engine.run_pass()
    finally:
        if own:
            transport.close()  # type: ignore[attr-defined]
    if report.acknowledged or report.feed_applied or report.quarantined or report.revoked:
        with db.transaction(conn):
            audit.append(conn, actor=actor, action="sync.run", object_id=None)
    events.publish("sync_did_finish", report=report)
    return report


def run(session: Session, *, transport: Transport | None = None, clock: Callable[[], datetime] = utcnow,
        backoff: Backoff | None = None, timeout: float = DEFAULT_TIMEOUT,
        stats_delay: timedelta = sealing.STATS_DELAY) -> PassReport:
    """`nrm-desk sync run`: one pass at once (like "Sync now"); raises when something is left to send."""
    session.require("sync.run")
    refuse_in_training(session, "sends bundles to a central office")
    report = run_pass(session.db, actor=session.user.id, transport=transport, clock=clock, backoff=backoff,
                      timeout=timeout, stats_delay=stats_delay)
    raise_for(report)
    quarantined = outbox.counts(session.db)["quarantined"]
    if quarantined:
        raise Refused(f"{quarantined} bundle(s) were refused by the office and are quarantined; see `sync status`.")
    return report


def raise_for(report: PassReport) -> None:
    """Map a pass outcome to the errors (and exit codes) of DESIGN.md §9."""
    if report.revoked:
        raise InvalidState("The central office has revoked this device; it no longer sends bundles. Contact the office.")
    if not report.reachable:
        raise OfficeUnreachable(f"The central office cannot be reached ({report.transient}); "
                                f"{report.pending} bundle(s) wait and will be sent later.")
    if report.problems == ["feed_expired"]:
        raise IntegrityFailure("The office's updates look expired: check this computer's date and time; "
                               "nothing from them was applied.")
    if report.problems:
        raise IntegrityFailure(f"The office's answer did not verify ({', '.join(sorted(set(report.problems)))}); "
                               "nothing from it was applied.")
    if report.transient:
        raise OfficeUnreachable(f"The pass stopped early ({report.transient}); {report.pending} bundle(s) still wait.")
    if report.pending:
        raise Refused(f"{report.pending} bundle(s) are still waiting to be sent.")


def report_dict(report: PassReport) -> dict[str, Any]:
    return {**asdict(report), "ok": report.ok}


def status(conn: Any, *, now: datetime | None = None) -> dict[str, Any]:
    """Counts and times for the status bar and `sync status` (no personal data)."""
    state = syncstate.get(conn)
    now = now or utcnow()
    counts = outbox.counts(conn)
    issued = state["feed_issued_at"]
    return {
        "enrolled": bool(post.get(conn)["device_id"] and state["root_json"]),
        "device_id": post.get(conn)["device_id"],
        "server_url": state["server_url"],
        "usb_enrolment_pending": state["pending_enrol"] is not None,
        "pending": counts["pending"],
        "quarantined": counts["quarantined"],
        "acknowledged": counts["acknowledged"],
        "waiting_for_enrolment": len(syncstate.approved_without_envelope(conn)),
        "online": bool(state["online"]),
        "last_attempt": state["last_attempt_at"],
        "last_success": state["last_success_at"],
        "last_error": state["last_error"],
        "next_attempt": state["next_attempt_at"],
        "failures": state["failures"],
        "feed_version": state["feed_version"] or None,
        "feed_issued_at": issued,
        "feed_expires_at": state["feed_expires_at"],
        "feed_age_seconds": max(0, int((now - parse_time(issued)).total_seconds())) if issued else None,
        "revoked": state["revoked_at"] is not None,
    }


def session_status(session: Session) -> dict[str, Any]:
    return status(session.db)


def outbox_rows(conn: Any) -> list[dict[str, Any]]:
    """The outbox for the Sync screen: numbers, states, attempts and error codes only (no personal data)."""
    keep = ("seq", "bundle_id", "state", "attempts", "last_attempt_at", "error_code", "last_error", "created_at",
            "acknowledged_at", "exported_at")
    return [{k: r[k] for k in keep} for r in outbox.items(conn)]


def refusals(conn: Any) -> list[dict[str, Any]]:
    return syncstate.refusals(conn)


def due(conn: Any, *, now: datetime | None = None) -> bool:
    """Whether the background worker may run a pass now (backoff elapsed, something to do)."""
    state = syncstate.get(conn)
    if state["revoked_at"] or not state["server_url"]:
        return False
    at = state["next_attempt_at"]
    return at is None or parse_time(at) <= (now or utcnow())


def release(session: Session, seq: int) -> None:
    """Admin: put a quarantined item back in the queue (after the office fixed what refused it)."""
    session.require("sync.run")
    item = outbox.by_seq(session.db, seq)
    if item is None or item["state"] != "quarantined":
        raise Refused(f"Bundle #{seq} is not quarantined.")
    with session.write("sync.release", item["bundle_id"]) as conn:
        outbox.release(conn, seq)


class BackgroundSync:
    """The app's sync worker state: its own connection, used only on the sync thread; opened while unlocked."""

    def __init__(self, conn: Any, *, transport_factory: TransportFactory | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.conn, self.factory, self.timeout = conn, transport_factory, timeout

    @classmethod
    def open(cls, session: Session, *, transport_factory: TransportFactory | None = None,
             timeout: float = DEFAULT_TIMEOUT) -> BackgroundSync:
        """Called on the database worker: a second connection with the session's key (WAL allows both)."""
        if session.dmk is None:
            raise Refused("The post is locked.")
        conn = db.open_store(session.paths.db, session.dmk)
        conn.execute("PRAGMA busy_timeout = 10000").fetchall()
        return cls(conn, transport_factory=transport_factory, timeout=timeout)

    def run(self, *, force: bool) -> PassReport | None:
        """One pass when enrolled and due (or forced, like "Sync now"); None when there is nothing to do."""
        if PostSyncStore(self.conn).identity() is None or not (force or due(self.conn)):
            return None
        if not syncstate.get(self.conn)["server_url"]:
            return None
        transport = self.factory(server_url(self.conn)) if self.factory else None
        return run_pass(self.conn, actor="system", transport=transport, timeout=self.timeout)

    def snapshot(self) -> dict[str, Any]:
        """Status, outbox rows and recent refusals for the status bar and the Sync screen (no personal data)."""
        return {"status": status(self.conn), "outbox": outbox_rows(self.conn), "refusals": refusals(self.conn)}

    def close(self) -> None:
        self.conn.close()
