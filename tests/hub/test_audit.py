"""The office audit log: chained like the posts', append-only in the database, admin-only to read, no free text."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from central.hub import audit
from central.hub.errors import Forbidden
from central.hub.principal import ADMIN, ANALYST, COORDINATOR, PROVIDER, Principal
from central.store import Store
from protocol.audit import GENESIS, entry_hash
from protocol.errors import AuditChainBroken

ADMIN_USER = Principal("a1", "admin", ADMIN)
COORD = Principal("c1", "coord", COORDINATOR)


def test_chain_links_and_verifies(store: Store) -> None:
    first = audit.record(store, actor=COORD, action="referral.view", object_id="r-1", detail={"step": "received"})
    second = audit.record(store, actor=None, action="referral.received", object_id="r-1")
    assert (first["seq"], first["prev"]) == (1, GENESIS)
    assert (second["seq"], second["prev"], second["actor"]) == (2, first["hash"], "system")
    assert second["hash"] == entry_hash({k: second[k] for k in audit.ENTRY_FIELDS})
    assert audit.verify(store) == 2


def test_update_and_delete_are_refused_by_the_database(store: Store) -> None:
    audit.record(store, actor=COORD, action="referral.view", object_id="r-1")
    for sql in ("UPDATE office_audit SET actor = 'someone'", "DELETE FROM office_audit"):
        with pytest.raises(DBAPIError), store.write() as conn:
            conn.execute(text(sql))
    assert audit.verify(store) == 1


def test_tampering_below_the_triggers_is_detected(store: Store) -> None:
    for n in range(3):
        audit.record(store, actor=COORD, action="referral.view", object_id=f"r-{n}")
    with store.write() as conn:  # an attacker with database rights drops the guard and edits a row
        if store.is_sqlite:
            conn.execute(text("DROP TRIGGER office_audit_no_update"))
        else:
            conn.execute(text("DROP TRIGGER office_audit_append_only ON office_audit"))
        conn.execute(text("UPDATE office_audit SET object_id = 'r-9' WHERE seq = 2"))
    with pytest.raises(AuditChainBroken, match="entry 2"):
        audit.verify(store)


@pytest.mark.parametrize("detail", [{"Note": "x"}, {"note": {"nested": 1}}, {"name": "x" * 201}, {"n": 1.5}])
def test_detail_is_short_scalars_only(store: Store, detail: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        audit.record(store, actor=COORD, action="referral.view", object_id="r-1", detail=detail)
    assert audit.count(store) == 0


@pytest.mark.parametrize("who", [COORD, Principal("p", "p", PROVIDER, "org"), Principal("n", "n", ANALYST)])
def test_only_an_admin_reads_or_exports(store: Store, who: Principal) -> None:
    with pytest.raises(Forbidden):
        audit.entries(store, who)
    with pytest.raises(Forbidden):
        audit.export(store, who)


def test_admin_reads_and_exports_and_both_are_audited(store: Store) -> None:
    when = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    audit.record(store, actor=COORD, action="referral.act", object_id="r-1", detail={"action": "route"}, now=when)
    page = audit.entries(store, ADMIN_USER)
    assert [(e["actor"], e["role"], e["action"], e["at"]) for e in page] == [
        ("c1", "coordinator", "referral.act", "2026-12-04T10:00:00Z")]
    lines = audit.export(store, ADMIN_USER).splitlines()
    exported = [json.loads(line) for line in lines]
    assert [e["action"] for e in exported] == ["referral.act", "audit.view"]
    assert exported[1]["prev"] == exported[0]["hash"]
    assert [e["action"] for e in audit.entries(store, ADMIN_USER, after=2)] == ["audit.export"]
