"""`nrm-central demo`: two real posts (built and enrolled by nrm-desk) feed an office whose referrals span the lifecycle."""

from __future__ import annotations

import json

from central.hub import referrals
from central.hub.demo import DEMO_COORDINATOR
from central.service import open_service
from tests.e2e.postkit import central


def test_demo_office(tmp_path, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "demo-post-pass-8841")
    monkeypatch.setenv("NRM_CENTRAL_PASSPHRASE", "demo-office-pass-8841")
    rc, out = central("demo", "--data-dir", str(tmp_path / "office"), "--json")
    assert rc == 0, out
    summary = json.loads(out)
    assert summary["posts"] == ["ISB", "LHE"] and summary["passphrase"] is None
    service = open_service(tmp_path / "office", passphrase="demo-office-pass-8841")
    try:
        rows = referrals.queue(service.store, DEMO_COORDINATOR)
        assert {r["post_code"] for r in rows} == {"ISB", "LHE"}
        assert {"received", "routed", "closed"} <= {r["step"] for r in rows}
        assert len({r["step"] for r in rows}) >= 4
        assert referrals.queue(service.store, DEMO_COORDINATOR, overdue=True)  # one was routed 100 hours ago
        assert sorted(d["post_code"] for d in service.store.devices()) == ["ISB", "LHE"]
    finally:
        service.close()
    assert central("demo", "--data-dir", str(tmp_path / "office"))[0] == 1  # never over an existing office
