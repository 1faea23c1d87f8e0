"""Exactly-once under injected faults, and 8 concurrent clients, against the real uvicorn server."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from central.service import open_service
from tests.central.test_server import issue_code
from tests.support.device import PostDevice
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.refclient import ReferenceClient
from tests.support.servers import PASSPHRASE, CentralProcess

PATTERN = [Fault.PASS, Fault.RESET_MID_UPLOAD, Fault.PASS, Fault.PASS, Fault.RESET_AFTER_COMMIT, Fault.PASS,
           Fault.PASS, Fault.TRUNCATE_RESPONSE, Fault.PASS, Fault.PASS, Fault.PASS, Fault.PASS]


def plan(index: int) -> Fault:
    """Every fault kind many times; a hang (which costs one client deadline) every 200th request."""
    return Fault.HANG if index % 200 == 199 else PATTERN[index % len(PATTERN)]


def stored_receipts(office_dir, db_url) -> dict[str, bytes]:
    svc = open_service(office_dir, passphrase=PASSPHRASE, db=db_url)
    try:
        with svc.store.read() as conn:
            from central.tables import bundles

            return {r.bundle_id: bytes(r.receipt) for r in conn.execute(bundles.select())}
    finally:
        svc.close()


def server_statuses(server: CentralProcess) -> list[int]:
    return [json.loads(line)["status"] for line in server.log().splitlines()
            if line.startswith("{") and '"event": "http.request"' in line]


@pytest.mark.slow
def test_1000_bundles_through_faults_are_stored_exactly_once(office_dir, db_url):
    device = PostDevice()
    with CentralProcess(office_dir, db=db_url) as server:
        with ReferenceClient(server.url) as direct:
            direct.enroll(issue_code(office_dir, db_url), device)
        bundles = [device.seal_next({"id": f"r-{i}"}) for i in range(1000)]
        receipts = {}
        with FaultProxy(("127.0.0.1", server.port), plan=plan) as proxy, \
                ReferenceClient(proxy.url, timeout=1.0, max_attempts=30) as client:
            for data in bundles:
                receipt = client.upload(data, root=device.root)
                receipts[receipt.bundle_id] = receipt.raw
        assert server.stop() == 0
    for fault in Fault:
        assert proxy.counts[fault] > 0, fault
    stored = stored_receipts(office_dir, db_url)
    assert len(stored) == 1000 == len(receipts)
    assert stored == receipts  # each bundle has exactly one receipt, and it is the one the post holds
    assert all(status < 500 for status in server_statuses(server))
    assert all(status < 500 for status in client.stats.statuses)
    assert client.stats.transport_errors > 0


def test_8_concurrent_clients_lose_nothing_and_duplicate_nothing(office_dir, db_url):
    with CentralProcess(office_dir, db=db_url) as server:
        devices = [PostDevice(post_code=f"P{i}") for i in range(8)]
        with ReferenceClient(server.url) as setup:
            for device in devices:
                setup.enroll(issue_code(office_dir, db_url, device.post_code), device)
        own = [[d.seal_next({"id": f"{d.post_code}-{i}"}) for i in range(25)] for d in devices]
        shared = [devices[0].seal_next({"id": f"shared-{i}"}) for i in range(10)]  # everyone uploads these too

        def run(k: int) -> list[bytes]:
            with ReferenceClient(server.url, timeout=30) as client:
                out = [client.upload(b, root=devices[k].root).raw for b in own[k]]
                return out + [client.upload(b, root=devices[0].root).raw for b in shared]

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(run, range(8)))
        assert server.stop() == 0
    stored = stored_receipts(office_dir, db_url)
    assert len(stored) == 8 * 25 + 10
    shared_receipts = {tuple(r[25:]) for r in results}
    assert len(shared_receipts) == 1  # everyone got the identical receipt for each shared bundle
    assert set(stored.values()) == {r for rs in results for r in rs}
    assert all(status < 500 for status in server_statuses(server))
