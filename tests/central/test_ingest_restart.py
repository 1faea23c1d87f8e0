"""PostgreSQL ends every connection of the office (as a restart does): the next uploads are still accepted.

The ingest's pool does not ping before each transaction and its statements are prepared per connection: a
transaction that finds its connection dead is run once more on a fresh one (whose statements are prepared
anew), and every other connection pooled before the loss is replaced rather than tried."""

from __future__ import annotations

import logging
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text

from central.service import open_service
from tests.central.conftest import enrolled_device
from tests.support.refclient import ReferenceClient
from tests.support.servers import PASSPHRASE, pg_base_url, pg_schema


def end_connections(application_name: str) -> int:
    """What a server restart does to the office: every one of its connections is closed by the server."""
    admin = create_engine(pg_base_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name = :name"), {"name": application_name}).all())
    finally:
        admin.dispose()


def test_uploads_after_the_server_ended_every_connection_are_accepted(office_dir, pg_ok, caplog):
    if not pg_ok:
        pytest.skip("PostgreSQL not reachable (set NRM_REQUIRE_PG=1 to make this a failure)")
    from starlette.testclient import TestClient

    from central.app import create_app

    name = "nrm_restart_" + uuid.uuid4().hex[:8]  # only this test's connections are ended
    with pg_schema() as url:
        service = open_service(office_dir, passphrase=PASSPHRASE, db=f"{url}&application_name={name}")
        try:
            with TestClient(create_app(service), raise_server_exceptions=False) as api:
                client = ReferenceClient("http://testserver", http=api, max_attempts=5)
                devices = [enrolled_device(service, client, f"P{i}") for i in range(8)]
                before = [[d.seal_next({"id": f"{d.post_code}-a{i}"}) for i in range(3)] for d in devices]
                with ThreadPoolExecutor(max_workers=8) as pool:  # several pooled ingest connections, all prepared
                    list(pool.map(lambda lane: [service.ingestor.ingest(b) for b in lane], before))
                assert end_connections(name) >= 2
                caplog.set_level(logging.WARNING, logger="central.committer")
                after = [d.seal_next({"id": f"{d.post_code}-b{i}"}) for i in range(2) for d in devices]
                results = [service.ingestor.ingest(b) for b in after]  # a 503 would raise StoreUnavailable
                assert all(r.created for r in results)
                assert [r for r in caplog.records if getattr(r, "event", None) == "store.retry"], \
                    "the first upload after the loss should have found its connection dead and retried"
                assert service.store.count_bundles() == 8 * 3 + 16
                again = service.ingestor.ingest(after[0])  # exactly once: the same receipt, nothing stored twice
                assert (again.created, again.receipt) == (False, results[0].receipt)
                assert api.get("/v1/health").status_code == 200  # the pinged pool of the other pages recovers too
        finally:
            service.close()
