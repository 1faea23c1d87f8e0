"""Exactly once through a hostile network: the fault proxy between the post and `nrm-central serve`."""

from __future__ import annotations

import random

import pytest

from app.services import sync, sync_transfer
from app.storage import outbox
from app.sync.backoff import Backoff
from app.sync.transport import HttpTransport, Unreachable
from tests.e2e.postkit import fresh_post, new_office
from tests.support.faultproxy import Fault, FaultProxy, cycle_plan

N = 6
MAX_PASSES = 40
QUICK = Backoff(base=0.0, cap=0.0)


@pytest.fixture
def office(tmp_path_factory):
    """One office per test: posts copied from one template share referral ids, and a referral id belongs to
    the first device that sends it (issue 18 item 5), so two copies must not meet at one office."""
    office = new_office(tmp_path_factory.mktemp("faults")).start()
    yield office
    office.stop()


def _post_with_approvals(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=N)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    session = kit.unlock("supervisor")
    kit.approve(N, session=session)
    return kit, session


def _drain(conn, transport) -> int:
    """Passes until one is clean (bounded); returns how many it took."""
    for number in range(1, MAX_PASSES + 1):
        report = sync.run_pass(conn, actor="system", transport=transport, backoff=QUICK, sleep=lambda _s: None)
        if report.ok:
            return number
    raise AssertionError(f"not drained after {MAX_PASSES} passes: {report}")


def _assert_exactly_once(office, kit, conn) -> None:
    mine = [b for b in office.bundles() if b["device_id"] == kit_device(conn)]
    assert sorted(b["seq"] for b in mine) == list(range(1, N + 1))
    at_office = [r["referral_id"] for r in office.referrals() if r["device_id"] == kit_device(conn)]
    assert sorted(at_office) == sorted(kit.approved) and len(set(at_office)) == N
    assert outbox.counts(conn) == {"pending": 0, "acknowledged": N, "quarantined": 0}
    assert outbox.acknowledged_without_receipt(conn) == 0 and outbox.receipts_without_bundle(conn) == 0


def kit_device(conn) -> str:
    return sync.status(conn)["device_id"]


def seeded_plan(faults: list[Fault], *, rate: float, seed: int):
    """Each request independently faulty with probability `rate` (seeded, so a failure reproduces)."""
    rng = random.Random(seed)
    chosen = [rng.choice(faults) if rng.random() < rate else Fault.PASS for _ in range(10_000)]
    return lambda index: chosen[index % len(chosen)]


PLANS = {
    "reset_mid_upload": cycle_plan([Fault.PASS, Fault.RESET_MID_UPLOAD]),
    "reset_after_commit": cycle_plan([Fault.RESET_AFTER_COMMIT, Fault.PASS]),
    "truncated_response": cycle_plan([Fault.TRUNCATE_RESPONSE, Fault.PASS, Fault.PASS]),
    "hang": cycle_plan([Fault.PASS, Fault.HANG, Fault.PASS]),
    "everything": seeded_plan([Fault.RESET_AFTER_COMMIT, Fault.TRUNCATE_RESPONSE, Fault.RESET_MID_UPLOAD,
                               Fault.HANG], rate=0.35, seed=7),
}


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_exactly_once_through_faults(tmp_path, office, plan):
    kit, session = _post_with_approvals(tmp_path, office)
    port = int(office.url.rsplit(":", 1)[1])
    with session, FaultProxy(("127.0.0.1", port), plan=PLANS[plan]) as proxy:
        transport = HttpTransport(proxy.url, timeout=1.0)
        _drain(session.db, transport)
        transport.close()
        assert sum(n for f, n in proxy.counts.items() if f is not Fault.PASS) > 0
        _assert_exactly_once(office, kit, session.db)


class KillingTransport(HttpTransport):
    """Kills the office on the 3rd upload before it is sent, and on the 5th after it committed."""

    def __init__(self, url: str, office) -> None:
        super().__init__(url, timeout=2.0)
        self.office, self.uploads = office, 0

    def upload(self, envelope: bytes):
        self.uploads += 1
        if self.uploads == 3:
            self.office.kill()
        answer = super().upload(envelope)
        if self.uploads == 5:
            self.office.kill()
            raise Unreachable("network", "the office died after committing")
        return answer


def test_office_killed_and_restarted_mid_pass(tmp_path):
    office = new_office(tmp_path).start()
    try:
        kit, session = _post_with_approvals(tmp_path, office)
        with session:
            transport = KillingTransport(office.url, office)
            first = sync.run_pass(session.db, actor="system", transport=transport, backoff=QUICK,
                                  sleep=lambda _s: None)
            assert not first.ok and first.acknowledged == 2
            office.start()  # same port, same data directory
            while transport.uploads < 5:
                sync.run_pass(session.db, actor="system", transport=transport, backoff=QUICK, sleep=lambda _s: None)
            office.start()
            _drain(session.db, transport)
            _assert_exactly_once(office, kit, session.db)
    finally:
        office.stop()
