"""Fixtures: an office data dir per test, on SQLite and on PostgreSQL, the in-process app and its client."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette 1.x nudges towards httpx2; plain httpx is what we ship
    from starlette.testclient import TestClient

from central import enrol
from central.app import create_app
from central.service import Service, open_service
from protocol.canonical import utcnow
from tests.support.device import PostDevice
from tests.support.refclient import ReferenceClient
from tests.support.servers import PASSPHRASE, init_office, pg_available, pg_schema

os.environ.setdefault("NRM_CENTRAL_PASSPHRASE", PASSPHRASE)


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised office (keys, root.json, empty SQLite store) copied into each test."""
    return init_office(tmp_path_factory.mktemp("office-template") / "office")


@pytest.fixture(scope="session")
def pg_ok() -> bool:
    """Whether PostgreSQL is reachable; with NRM_REQUIRE_PG=1 its absence is a failure."""
    ok = pg_available()
    if not ok and os.environ.get("NRM_REQUIRE_PG") == "1":
        pytest.fail("PostgreSQL is required (NRM_REQUIRE_PG=1) but not reachable at NRM_TEST_PG_URL")
    return ok


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, pg_ok: bool) -> Iterator[str | None]:
    """None (SQLite in the data dir) or a URL to a fresh PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield None
        return
    if not pg_ok:
        pytest.skip("PostgreSQL not reachable (set NRM_REQUIRE_PG=1 to make this a failure)")
    with pg_schema() as url:
        yield url


@pytest.fixture
def office_dir(office_template: Path, tmp_path: Path) -> Path:
    """A private copy of the template office."""
    target = tmp_path / "office"
    shutil.copytree(office_template, target)
    return target


@pytest.fixture
def service(office_dir: Path, db_url: str | None) -> Iterator[Service]:
    """The office service on the chosen backend."""
    svc = open_service(office_dir, passphrase=PASSPHRASE, db=db_url)
    yield svc
    svc.close()


@pytest.fixture
def api(service: Service) -> Iterator[TestClient]:
    """The real FastAPI app, in-process."""
    with TestClient(create_app(service), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def client(api: TestClient) -> ReferenceClient:
    """The reference client over the in-process app."""
    return ReferenceClient("http://testserver", http=api, max_attempts=5)


def enrolled_device(service: Service, client: ReferenceClient, post_code: str = "ISB") -> PostDevice:
    """A device enrolled through the API with a freshly issued code."""
    code, _ = enrol.issue_code(service.store, post_code=post_code, post_name=f"{post_code} post", now=utcnow())
    device = PostDevice(post_code=post_code)
    client.enroll(code, device)
    return device


@pytest.fixture
def device(service: Service, client: ReferenceClient) -> PostDevice:
    """One enrolled device."""
    return enrolled_device(service, client)
