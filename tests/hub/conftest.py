"""Fixtures of the hub's service tests: a migrated office store on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from central.store import Store
from tests.support.servers import pg_available, pg_schema


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A freshly migrated office store on each backend."""
    if request.param == "sqlite":
        opened = Store(f"sqlite+pysqlite:///{tmp_path / 'central.db'}")
        yield opened
        opened.close()
        return
    if not pg_available():
        if os.environ.get("NRM_REQUIRE_PG") == "1":
            pytest.fail("PostgreSQL is required (NRM_REQUIRE_PG=1) but not reachable")
        pytest.skip("PostgreSQL not reachable")
    with pg_schema() as url:
        opened = Store(url)
        yield opened
        opened.close()
