"""The store: Alembic migrations to head, refusal of a newer schema, and the backend chosen by URL."""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from central.db import _config
from central.errors import StoreTooNew
from central.store import Store


def test_migrates_to_head_and_refuses_a_newer_store(service):


    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, f"the office migrations must form one chain, not {heads}"
    with service.store.read() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == heads[0]
    with service.store.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreTooNew):
        Store(service.store.url)


def test_reopening_is_idempotent(service):
    again = Store(service.store.url)
    assert again.count_bundles() == 0
    again.close()
