"""Stateful property test: approvals, passes, dropped answers, crashes, office restarts, USB, clock jumps, feeds.

The office is the real FastAPI app and store, in-process through Starlette's TestClient (an httpx client), so a
"restart" reopens its database from disk; the post is the real vault and services.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from starlette.testclient import TestClient

from app.services import sync, sync_transfer
from app.services.session import PostPaths, Session
from app.storage import db, outbox, syncstate
from app.sync.backoff import Backoff
from app.sync.transport import HttpTransport, Unreachable
from central import referrals as office_referrals
from central import usb as office_usb
from central.app import create_app
from central.service import Service, db_url, open_service
from central.store import Store
from protocol.canonical import utcnow
from protocol.keys import parse_root
from protocol.receipt import verify_receipt
from tests.e2e.postkit import fresh_post, new_office
from tests.support.servers import PASSPHRASE

QUICK = Backoff(base=0.0, cap=0.0)
REFERRALS = 8


class Crash(BaseException):
    """The post process dies (not an Exception: nothing in the engine may catch it)."""


class Office:
    """The office service in-process; restart() drops everything in memory and reopens the store."""

    def __init__(self, folder: Path) -> None:
        self.dir = folder
        first = open_service(folder, passphrase=PASSPHRASE)
        self.keys, self.root = first.keys, first.root
        self.service = first
        self.client = self._client()

    def _client(self) -> TestClient:
        return TestClient(create_app(self.service), base_url="http://127.0.0.1", raise_server_exceptions=False)

    def restart(self) -> None:
        self.client.close()
        self.service.close()
        self.service = Service(Store(db_url(self.dir)), self.keys, self.root)
        self.client = self._client()

    def close(self) -> None:
        self.client.close()
        self.service.close()


class Faulty(HttpTransport):
    """The real transport over the in-process office, with one scheduled fault after the office committed."""

    def __init__(self, office: Office) -> None:
        super().__init__("http://127.0.0.1", client=office.client)
        self.fault: str | None = None

    def upload(self, envelope: bytes):
        answer = super().upload(envelope)
        fault, self.fault = self.fault, None
        if fault == "drop":
            raise Unreachable("network", "the answer was lost on the way back")
        if fault == "crash":
            raise Crash
        return answer


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="nrm-stateful-"))
        self.kit = fresh_post(self.tmp, referrals=REFERRALS)
        self.office = Office(new_office(self.tmp).dir)
        self.skew = timedelta(0)
        self.max_feed = 0
        self._open()
        code = _code(self.office)
        sync_transfer.enroll_online(self.admin, server="http://127.0.0.1", code=code, transport=self._transport())

    def _open(self) -> None:
        self.admin = _session(self.kit, "admin")
        self.supervisor = _session(self.kit, "supervisor")

    def _transport(self) -> Faulty:
        self.transport = Faulty(self.office)
        return self.transport

    def _pass(self):
        return sync.run_pass(self.admin.db, actor="system", transport=self._transport(), backoff=QUICK,
                             sleep=lambda _s: None, clock=lambda: utcnow() + self.skew)

    # ----- rules -----
    @precondition(lambda self: self.kit.submitted)
    @rule()
    def approve(self) -> None:
        self.kit.approve(1, session=self.supervisor)

    @rule()
    def sync_attempt(self) -> None:
        self._pass()

    @rule()
    def dropped_response(self) -> None:
        transport = self._transport()
        transport.fault = "drop"
        sync.run_pass(self.admin.db, actor="system", transport=transport, backoff=QUICK, sleep=lambda _s: None)

    @rule()
    def client_crash(self) -> None:
        transport = self._transport()
        transport.fault = "crash"
        try:
            sync.run_pass(self.admin.db, actor="system", transport=transport, backoff=QUICK, sleep=lambda _s: None)
        except Crash:
            pass
        self.admin.close()
        self.supervisor.close()
        self._open()  # reopen the store, as after a restart of the app

    @rule()
    def office_restart(self) -> None:
        self.office.restart()

    @rule()
    def usb_round_trip(self) -> None:
        folder = Path(tempfile.mkdtemp(dir=self.tmp, prefix="stick-"))
        sync_transfer.export_usb(self.admin, folder)
        office_usb.import_folder(self.office.service, folder)
        sync_transfer.import_usb(self.admin, folder, clock=lambda: utcnow() + self.skew)

    @rule(days=st.sampled_from([-40, -1, 0, 3, 10]))
    def clock_jump(self, days: int) -> None:
        self.skew = timedelta(days=days)

    @precondition(lambda self: self.kit.approved)
    @rule(data=st.data())
    def feed_update(self, data) -> None:
        delivered = {r["referral_id"] for r in self.office.service.store.bundle_index()}
        candidates = sorted(set(self.kit.approved) & delivered)
        if candidates:
            referral_id = data.draw(st.sampled_from(candidates))
            status = data.draw(st.sampled_from(["received", "accepted", "services_started"]))
            office_referrals.set_status(self.office.service.store, referral_id, status=status, note=None)

    # ----- invariants -----
    @invariant()
    def no_receipt_without_a_stored_bundle(self) -> None:
        assert outbox.receipts_without_bundle(self.admin.db) == 0

    @invariant()
    def nothing_acknowledged_without_a_valid_receipt(self) -> None:
        key = parse_root(syncstate.get(self.admin.db)["root_json"]).key_for("receipt").public
        for item in outbox.items(self.admin.db, state="acknowledged", with_bytes=True):
            raw = outbox.receipt(self.admin.db, item["bundle_id"])
            verify_receipt(raw, receipt_public_key=key, envelope=item["envelope"])

    @invariant()
    def feed_version_never_decreases(self) -> None:
        version = syncstate.get(self.admin.db)["feed_version"]
        assert version >= self.max_feed
        self.max_feed = version

    @invariant()
    def the_office_holds_each_bundle_at_most_once(self) -> None:
        rows = self.office.service.store.bundle_index()
        referral_rows = [r for r in rows if r["kind"] == "referral"]  # stats bundles (issue 13) name no referral
        assert len({r["seq"] for r in rows}) == len(rows)
        assert len(referral_rows) == len({r["referral_id"] for r in referral_rows})

    def teardown(self) -> None:
        try:
            self.skew = timedelta(0)
            for _ in range(5):  # eventually: the network heals and the clock is right
                if self._pass().ok:
                    break
            rows = self.office.service.store.bundle_index()
            assert sorted(r["referral_id"] for r in rows if r["kind"] == "referral") == sorted(self.kit.approved)
            stats_items = sum(1 for r in outbox.items(self.admin.db) if r["kind"] == "stats")  # after a clock jump
            assert outbox.counts(self.admin.db) == {"pending": 0, "acknowledged": len(self.kit.approved) + stats_items,
                                                    "quarantined": 0}
        finally:
            self.admin.close()
            self.supervisor.close()
            self.office.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


_UNLOCKED: dict[str, tuple] = {}


def _session(kit, user: str) -> Session:
    """Open the store as after an app restart; Argon2 runs once per role (every copy shares the template's key)."""
    if user not in _UNLOCKED:
        with kit.unlock(user) as first:
            _UNLOCKED[user] = (first.user, first.keystore, first.dmk, first.slot_private)
    account, keystore, dmk, slot = _UNLOCKED[user]
    paths = PostPaths(kit.dir)
    conn = db.open_store(paths.db, dmk)
    db.migrate(conn, paths.db)
    return Session(paths, conn, account, keystore, dmk, slot)


def _code(office: Office) -> str:
    from central.enrol import issue_code

    return issue_code(office.service.store, post_code="TKM", post_name="AHTC Torkham (test)", now=utcnow())[0]


SyncMachine.TestCase.settings = settings(
    max_examples=8, stateful_step_count=12, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_sync_state_machine = SyncMachine.TestCase
