"""A referral id belongs to the device that first sent it (issue 18 item 5), on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, insert

from central import publish
from central.db import _config
from central.referrals import set_status
from central.store import Store
from central.tables import bundles, devices
from protocol.canonical import parse_json
from protocol.sealed import open_sealed_file
from tests.central.conftest import enrolled_device
from tests.central.test_api import error_of, post


def _device_file(service, device) -> dict:
    publish.current_feed(service.store, signing_key=service.keys.feed, clock=service.clock)
    cached = service.store.device_file(device.device_id)
    assert cached is not None
    return open_sealed_file(bytes(cached["sealed"]), device_id=device.device_id,
                            device_private_key=device.box_key)


def test_another_device_naming_a_referral_id_is_refused(api, client, service):
    first, second = enrolled_device(service, client, "ISB"), enrolled_device(service, client, "LHE")
    assert post(api, first.seal_next({"id": "r-shared"})).status_code == 201
    response = post(api, second.seal_next({"id": "r-shared"}))
    assert (response.status_code, error_of(response)) == (409, "referral_id_taken")
    assert service.store.count_bundles() == 1
    assert post(api, first.seal_next({"id": "r-shared"})).status_code == 201  # the owner may send it again
    assert post(api, second.seal_next({"id": "r-own"})).status_code == 201  # the refusal held nothing back


def test_status_updates_go_only_to_the_owner_device(api, client, service):
    first, second = enrolled_device(service, client, "ISB"), enrolled_device(service, client, "LHE")
    assert post(api, first.seal_next({"id": "r-shared"})).status_code == 201
    assert post(api, second.seal_next({"id": "r-shared"})).status_code == 409
    set_status(service.store, "r-shared", status="declined", note="no bed free this week")
    statuses = _device_file(service, first)["statuses"]
    assert {s["referral_id"] for s in statuses} == {"r-shared"}  # 'received' (the hub's intake) and 'declined'
    assert "no bed free this week" in [s.get("note") for s in statuses]
    assert _device_file(service, second)["statuses"] == []


def test_migration_gives_each_held_referral_to_its_first_sender(tmp_path, db_url):
    """A store at 0001 that already holds one referral id from two devices: 0002 picks the earliest bundle."""
    url = db_url or f"sqlite+pysqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        for name in ("dev-late", "dev-early"):
            conn.execute(insert(devices).values(device_id=name, post_code="X", post_name="x", signing_key=b"k",
                                                box_key=b"b", enrolled_at="2026-01-01T00:00:00Z"))
        for bundle_id, device, at in (("b" * 32, "dev-late", "2026-02-02T00:00:00Z"),
                                      ("a" * 32, "dev-early", "2026-02-01T00:00:00Z")):
            conn.execute(insert(bundles).values(
                bundle_id=bundle_id, device_id=device, seq=1, blob_sha256="0" * 64, blob=b"x", size=1,
                referral_id="r-dup", created_at=at, received_at=at, audit_size=0, audit_head="0" * 64,
                receipt=b"{}"))
    engine.dispose()
    store = Store(url)
    try:
        assert store.referral_device("r-dup") == "dev-early"
    finally:
        store.close()


def test_the_refusal_reaches_the_post_as_a_permanent_error(api, client, service):
    """The post quarantines a 409 (never retried forever): the body names the code and one sentence."""
    first, second = enrolled_device(service, client, "ISB"), enrolled_device(service, client, "LHE")
    assert post(api, first.seal_next({"id": "r-9"})).status_code == 201
    body = parse_json(post(api, second.seal_next({"id": "r-9"})).content)
    assert body["error"] == "referral_id_taken" and body["message"].endswith("with this id")


def test_a_claim_another_process_made_meanwhile_fails_the_whole_transaction(api, client, service):
    """Between the state query and the writes another office process may claim the same new referral id; the
    transaction's writes (here a flag and a seen organisation) must then be rolled back, on both backends."""
    import pytest
    from sqlalchemy import func, select

    from central.accept import Batch, ReferralRace
    from central.tables import flags, hub_organisations

    first, second = enrolled_device(service, client, "ISB"), enrolled_device(service, client, "LHE")
    assert post(api, first.seal_next({"id": "r-raced"})).status_code == 201
    batch = Batch()
    batch.rows["owners"].append({"referral_id": "r-raced", "device_id": second.device_id, "bundle_id": "b" * 32})
    batch.rows["flags"].append({"device_id": second.device_id, "kind": "sequence_gap", "detail": "x",
                                "at": "2026-12-05T00:00:00Z"})
    batch.hub.organisations["org-raced"] = {"organisation_id": "org-raced", "name": "n", "name_ur": "",
                                            "kind": "ngo", "area": "", "services": "[]", "in_directory": 0,
                                            "first_seen_at": "2026-12-05T00:00:00Z"}
    with pytest.raises(ReferralRace), service.store.write() as conn:
        batch.flush(conn)
    with service.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(flags)).scalar_one() == 0
        assert conn.execute(select(hub_organisations.c.organisation_id)
                            .where(hub_organisations.c.organisation_id == "org-raced")).first() is None
