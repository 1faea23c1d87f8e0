"""Retention at the office (issue 16), SQLite and PostgreSQL: what `office.closed_referral` selects with the clock
moved, the audited purge of everything personal about a referral (canaries in every field: gone from every table,
from the decrypted envelopes and from the raw SQLite file), what survives (statistics, a hold, an open referral,
receipts of replayed bundles), the hub pages on a purged referral, and the command line (dry run == apply)."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from app.domain.matching import office_name_keys
from app.domain.model import Person
from central import errors, hubstore, matchindex, publish, purge, referrals, retention
from central.app import create_app
from central.cli import main
from central.hub import audit, duplicates, exports
from central.hub import referrals as hub_referrals_service
from central.hub import stats as hub_stats
from central.hub.errors import Forbidden, NotFound
from central.tables import bundles, feed_files, hub_referrals
from protocol.envelope import DeviceKey, open_envelope
from protocol.errors import ProtocolError
from protocol.sealed import open_sealed_file
from tests.central.conftest import enrolled_device
from tests.central.hub_support import (
    ADMIN_USER,
    ANALYST_USER,
    COORD,
    LEGAL,
    LEGAL_USER,
    SHELTER,
    SHELTER_USER,
    publish_directory,
)
from tests.central.hubweb import Clock, add_user, sign_in
from tests.central.test_api import post
from tests.central.test_stats_office import record
from tests.support.servers import CentralProcess

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
FIVE_YEARS = 5 * 365 + 1  # the default of office.closed_referral
CANARY = {"a": "QZCANARYA", "b": "QZCANARYB", "c": "QZCANARYC"}


def bundle(service, device, rid: str, tag: str, *, person: Person | None = None) -> bytes:
    """A referral as the post seals it, a canary in every personal field (and a match field for the index)."""
    c = CANARY[tag]
    key_id, _ = matchindex.document_key(service.keys)
    match = {"v": 1, **{k: v for k, v in office_name_keys(person or Person("Zubair", "Afridi")).items() if v}}
    referral = {"id": rid, "case_id": f"case-{rid}", "case_reference": f"{c}-REF", "post_code": device.post_code,
                "provider_id": SHELTER, "provider_name": "Dar-ul-Aman Shelter", "services": ["shelter"],
                "urgency": "urgent", "reason": f"{c} needs a safe place", "drafted_by": "u1", "approved_by": "u2",
                "approved_at": "2026-12-01T10:00:00Z", "recipient_categories": ["identity", "needs"],
                "match": match}
    case = {"id": f"case-{rid}", "reference": f"{c}-REF", "is_child": False,
            "consented_categories": ["identity", "needs", "health", "screening"],
            "person": {"given_name": f"{c}given", "family_name": f"{c}family", "sex": "female",
                       "estimated_age": 24, "nationality": "PK", "languages": [f"{c}lang"]},
            "documents": [{"type": "passport", "number": f"{c}DOC"}],
            "encounters": [{"circumstance": "airport", "place": f"{c}place", "date": "2026-11-30"}],
            "classification": "presumed_victim_trafficking",
            "screenings": [{"answers": {"q1": f"{c}answer"}}],
            "needs": [{"code": "shelter", "note": f"{c}need"}], "notes": [f"{c}note"]}
    return device.seal_next(referral, case=case, at=T0)


def close_with_notes(service, rid: str, tag: str, *, at: datetime = T0) -> None:
    """Route, a provider's decline with a report, a reroute, a provider's 'person left' report, then close."""
    c = CANARY[tag]
    steps = [(COORD, "route", None, SHELTER), (SHELTER_USER, "acknowledge", None, None),
             (SHELTER_USER, "decline", f"{c} declined report", None),
             (COORD, "reroute", f"{c} reroute reason", LEGAL), (LEGAL_USER, "acknowledge", None, None),
             (LEGAL_USER, "accept", None, None), (LEGAL_USER, "person_left", f"{c} left report", None),
             (COORD, "close", f"{c} closing note", None)]
    for who, action, note, org in steps:
        hub_referrals_service.act(service.store, who, rid, action, note=note, organisation_id=org, now=at)


@pytest.fixture
def office(service, client):
    """Three referrals from ISB, all with canaries: a and b closed at T0, c still open; one from LHE naming the
    same person as a (a same-person pair); a statistical record."""
    service.clock = Clock(T0)
    publish_directory(service)
    isb = enrolled_device(service, client)
    lhe = enrolled_device(service, client, "LHE")
    sent = {}
    for rid, tag in (("r-a", "a"), ("r-b", "b"), ("r-c", "c")):
        sent[rid] = bundle(service, isb, rid, tag)
        assert post(client.http, sent[rid]).status_code == 201
    assert post(client.http, lhe.seal_next({"id": "r-lhe", "case_id": "case-lhe",
                                                      "case_reference": "LHE-1", "match": {
                                                          "v": 1, **{k: v for k, v in office_name_keys(
                                                              Person("Zubair", "Afridi")).items() if v}}},
                                                     at=T0)).status_code == 201
    assert post(client.http, isb.seal_stats([record(1)], at=T0)).status_code == 201
    close_with_notes(service, "r-a", "a")
    close_with_notes(service, "r-b", "b")
    hub_referrals_service.act(service.store, COORD, "r-c", "route", note=f"{CANARY['c']} routing",
                              organisation_id=SHELTER, now=T0)
    return service, isb, sent


def scan(service) -> str:
    """Every cell of every table, and every stored envelope decrypted with the office key, as one text — in a
    stable order (tables by name, rows sorted: PostgreSQL returns unordered rows in whatever order it likes)."""
    parts: list[str] = []
    with service.store.read() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            rows = []
            for row in conn.execute(text(f'SELECT * FROM "{name}"')):  # noqa: S608 - names from the schema
                cells = []
                for value in row:
                    if isinstance(value, (bytes, bytearray, memoryview)):
                        cells.append(bytes(value).decode("latin-1"))
                    elif value is not None:
                        cells.append(str(value))
                rows.append("\n".join(cells))
            parts.extend(sorted(rows))
        blobs = sorted(bytes(b) for b in conn.execute(select(bundles.c.blob)).scalars() if b)

    def lookup(device_id: str) -> DeviceKey | None:
        key = service.store.device_key(device_id)
        return None if key is None else DeviceKey(key.signing_public, False)

    for blob in blobs:
        payload = open_envelope(blob, recipient_private_key=service.keys.bundle, device_lookup=lookup).payload
        parts.append(json.dumps(payload, ensure_ascii=False))
    return "\n".join(parts)


def raw_files(office_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(office_dir.glob("central.db*")))


def test_the_clock_decides_and_a_purge_leaves_no_trace(office, office_dir, db_url):
    service, isb, sent = office
    before = scan(service)
    assert all(c in before for c in CANARY.values())  # the scanner sees every referral's canaries
    for field in ("given", "family", "DOC", "place", "need", "note", "answer", "lang", "declined report",
                  "reroute reason", "left report", "closing note"):
        assert f"QZCANARYA{field}" in before or f"QZCANARYA {field}" in before, field
    if db_url is None:
        assert b"QZCANARYA" in raw_files(office_dir) and sent["r-a"][200:264] in raw_files(office_dir)
    policy = retention.current(service.store)

    short = purge.run(service.store, apply=False, now=T0 + timedelta(days=FIVE_YEARS - 1))
    assert short.plan.due == [] and short.plan.kept == []
    dry = purge.run(service.store, apply=False, now=T0 + timedelta(days=FIVE_YEARS + 1))
    assert [(i.referral_id, i.rule) for i in dry.plan.due] == [("r-a", "office.closed_referral"),
                                                              ("r-b", "office.closed_referral")]
    assert policy.days["office.closed_referral"] == FIVE_YEARS
    assert scan(service) == before  # a dry run changes nothing

    done = purge.run(service.store, apply=True, now=T0 + timedelta(days=FIVE_YEARS + 1))
    assert done.purged == dry.plan.due and done.refused == []
    after = scan(service)
    assert CANARY["a"] not in after and CANARY["b"] not in after
    assert CANARY["c"] in after  # the open referral is untouched
    if db_url is None:
        assert done.reclaimed == {"vacuum": "sqlite", "checkpoint_complete": True}
        raw = raw_files(office_dir)
        assert b"QZCANARYA" not in raw and b"QZCANARYB" not in raw and b"QZCANARYC" in raw
        assert sent["r-a"][200:264] not in raw and sent["r-c"][200:264] in raw
    else:
        assert done.reclaimed["vacuum"] == "postgresql"

    # the skeleton stays: the index row (closed), the bundle's receipt and hash, the statistics
    with service.store.read() as conn:
        row = conn.execute(select(hub_referrals).where(hub_referrals.c.referral_id == "r-a")).one()
        kept = conn.execute(select(bundles.c.blob, bundles.c.blob_sha256, bundles.c.receipt)
                            .where(bundles.c.referral_id == "r-a")).one()
    assert (row.step, row.services, row.is_child) == ("closed", "[]", None)
    assert bytes(kept.blob) == b"" and kept.receipt and kept.blob_sha256
    assert [r["stats_id"] for r in hub_stats.records(service.store)] == [f"{1:032x}"]
    assert purge.run(service.store, apply=False, now=T0 + timedelta(days=FIVE_YEARS + 1)).plan.due == []


def test_tombstones_audit_and_a_replayed_bundle_gets_its_receipt(office, client):
    service, isb, sent = office
    first = service.ingestor.ingest(sent["r-a"])
    assert first.created is False
    purge.run(service.store, apply=True, now=T0 + timedelta(days=FIVE_YEARS + 1), actor=ADMIN_USER)
    entries = [e for e in audit.entries(service.store, ADMIN_USER) if e["action"] == "retention.purge"]
    assert [(e["object_id"], e["actor"], e["detail"]["rule"], e["detail"]["kind"]) for e in entries] == [
        ("r-a", ADMIN_USER.user_id, "office.closed_referral", "referral"),
        ("r-b", ADMIN_USER.user_id, "office.closed_referral", "referral")]
    assert entries[0]["detail"]["bundles"] == 1 and entries[0]["detail"]["notes"] == 4
    assert entries[0]["detail"]["statuses"] == 5 and entries[0]["detail"]["match_cases"] == 1
    assert audit.verify(service.store) > 0
    runs = [e for e in audit.entries(service.store, ADMIN_USER) if e["action"] == "retention.run"]
    assert [(e["actor"], e["detail"]["purged"], e["detail"]["kept"]) for e in runs] == [(ADMIN_USER.user_id, 2, 0)]

    again = post(client.http, sent["r-a"])  # a replay: recognised, answered with the stored receipt
    assert again.status_code == 200 and again.content == first.receipt
    with service.store.read() as conn:
        assert bytes(conn.execute(select(bundles.c.blob).where(bundles.c.referral_id == "r-a")).scalar_one()) == b""
    assert CANARY["a"] not in scan(service)

    # the post sends the referral once more (a new bundle): it is due again at the next run
    assert post(client.http, bundle(service, isb, "r-a", "a")).status_code == 201
    due = purge.run(service.store, apply=False, now=T0 + timedelta(days=FIVE_YEARS + 2)).plan.due
    assert [i.referral_id for i in due] == ["r-a"]
    purge.run(service.store, apply=True, now=T0 + timedelta(days=FIVE_YEARS + 2))
    assert CANARY["a"] not in scan(service)


def test_a_hold_and_an_open_referral_survive(office):
    service, _isb, _sent = office
    later = T0 + timedelta(days=FIVE_YEARS + 1)
    with pytest.raises(Forbidden):
        purge.set_hold(service.store, SHELTER_USER, "r-b", reason="court order", now=T0)
    with pytest.raises(Forbidden):
        purge.run(service.store, apply=True, now=later, actor=ANALYST_USER)
    with pytest.raises(NotFound):
        purge.set_hold(service.store, COORD, "r-missing", reason="court order", now=T0)
    with pytest.raises(purge.PurgeRefused):
        purge.set_hold(service.store, COORD, "r-b", reason="  ", now=T0)
    purge.set_hold(service.store, COORD, "r-b", reason="FIR 12/2026 under investigation", now=T0)
    assert [h["referral_id"] for h in purge.holds(service.store, ADMIN_USER)] == ["r-b"]

    found = purge.run(service.store, apply=False, now=later).plan
    assert [i.referral_id for i in found.due] == ["r-a"]
    assert [(i.referral_id, i.why) for i in found.kept] == [("r-b", "legal_hold")]
    with pytest.raises(purge.PurgeRefused) as held:
        purge.purge_referral(service.store, "r-b", rule="office.closed_referral", actor="system", now=later)
    assert held.value.code == "legal_hold"
    with pytest.raises(purge.PurgeRefused) as still_open:
        purge.purge_referral(service.store, "r-c", rule="office.closed_referral", actor="system", now=later)
    assert still_open.value.code == "referral_open"
    with pytest.raises(Forbidden):
        purge.purge_referral(service.store, "r-a", rule="office.closed_referral", actor=LEGAL_USER, now=later)
    with pytest.raises(NotFound):
        purge.purge_referral(service.store, "r-nope", rule="office.closed_referral", actor="system", now=later)

    purge.run(service.store, apply=True, now=later)
    after = scan(service)
    assert CANARY["a"] not in after and CANARY["b"] in after and CANARY["c"] in after
    with pytest.raises(purge.PurgeRefused) as gone:
        purge.set_hold(service.store, COORD, "r-a", reason="too late", now=later)
    assert gone.value.code == "purged"

    purge.release_hold(service.store, COORD, "r-b", now=later)
    with pytest.raises(NotFound):
        purge.release_hold(service.store, COORD, "r-b", now=later)
    assert [i.referral_id for i in purge.run(service.store, apply=True, now=later).purged] == ["r-b"]
    assert CANARY["b"] not in scan(service)
    actions = [e["action"] for e in audit.entries(service.store, ADMIN_USER)]
    assert actions.count("retention.hold.set") == 1 and actions.count("retention.hold.release") == 1
    assert all("FIR" not in json.dumps(e) for e in audit.entries(service.store, ADMIN_USER))


def test_a_shorter_policy_and_the_one_line_rule(office):
    service, _isb, _sent = office
    retention.set_days(service.store, {"office.closed_referral": 30})
    assert purge.run(service.store, apply=False, now=T0 + timedelta(days=29)).plan.due == []
    assert len(purge.run(service.store, apply=False, now=T0 + timedelta(days=31)).plan.due) == 2
    # a rule is data: (name, selection); this one selects the open referral and may purge it
    extra = purge.Rule("office.test_rule", lambda conn, policy, now: [("r-c", "")], allow_open=True)
    with service.store.read() as conn:
        found = purge.plan(conn, policy=retention.current(service.store), now=T0, rules=(*purge.RULES, extra))
    assert [(i.referral_id, i.rule) for i in found.due] == [("r-c", "office.test_rule")]
    purge.purge_referral(service.store, "r-c", rule="office.test_rule", actor="system", now=T0, allow_open=True)
    assert CANARY["c"] not in scan(service)


def test_hub_pages_and_commands_on_a_purged_referral(office):
    service, _isb, _sent = office
    later = T0 + timedelta(days=FIVE_YEARS + 1)
    purge.run(service.store, apply=True, now=later)
    clock = Clock(later)
    service.clock = clock
    coord = add_user(service, "coord2", "coordinator")
    admin = add_user(service, "admin2", "admin")
    app = create_app(service)
    with TestClient(app, raise_server_exceptions=False) as browser:
        assert sign_in(browser, coord, clock).status_code == 303
        for path in ("/hub/referrals", "/hub/referrals?status=closed", "/hub/referrals/r-a", "/hub/duplicates",
                     "/hub/stats", "/hub/stats/report?month=2026-11", "/hub/referrals/r-c"):
            page = browser.get(path)
            assert page.status_code == 200, path
            assert "QZCANARYA" not in page.text, path
        detail = browser.get("/hub/referrals/r-a").text
        assert 'data-purged="office.closed_referral"' in detail and "retention period" in detail
        browser.get("/hub/lang/ur")
        assert "مقررہ مدت" in browser.get("/hub/referrals/r-a").text
    with TestClient(app, raise_server_exceptions=False) as browser:
        assert sign_in(browser, admin, clock).status_code == 303
        log = browser.get("/hub/audit")
        assert log.status_code == 200 and "Personal data of a referral deleted" in log.text
        browser.get("/hub/lang/ur")
        assert "ریفرل کی ذاتی معلومات حذف کی گئیں" in browser.get("/hub/audit").text
        assert browser.get("/hub/audit/export").status_code == 200
    shown = hub_referrals_service.detail(service.store, COORD, "r-a", keys=service.keys, now=later)
    assert shown["purged"] == {"rule": "office.closed_referral", "at": "2031-12-05T08:00:00Z"}
    assert shown["case"] == {} and shown["reason"] is None and all(e["note"] is None for e in shown["timeline"])
    assert [p for p in duplicates.listing(service.store, COORD, status=None)
            if "r-a" in (p["a_referral"], p["b_referral"])] == []
    assert exports.htcds(service.store, COORD)[1] == 1
    assert {r["referral_id"] for r in referrals.referral_summaries(service.store, service.keys)} == {
        "r-c", "r-lhe"}
    with pytest.raises(errors.NotFound):
        referrals.referral_detail(service.store, service.keys, "r-a")


def _cli(office_dir: Path, db_url: str | None, capsys, *args: str) -> tuple[int, str, str]:
    words = 3 if args[1] == "hold" else 2
    options = ["--data-dir", str(office_dir), *(["--db", db_url] if db_url else [])]
    code = main([*args[:words], *options, *args[words:]])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_dry_run_equals_apply(office, office_dir, db_url, capsys, monkeypatch, tmp_path):
    service, _isb, _sent = office
    add_user(service, "coord3", "coordinator")
    add_user(service, "ana3", "analyst")
    clock_file = tmp_path / "clock"
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock_file))
    clock_file.write_text(str((T0 - datetime.now(UTC)).total_seconds() + (FIVE_YEARS - 1) * 86400))
    code, out, _ = _cli(office_dir, db_url, capsys, "retention", "run", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["due"] == []

    assert _cli(office_dir, db_url, capsys, "retention", "hold", "set", "r-b", "--reason", "court order",
                "--as", "coord3")[0] == 0
    assert _cli(office_dir, db_url, capsys, "retention", "hold", "set", "r-b", "--reason", "x",
                "--as", "ana3")[0] == 1
    code, out, _ = _cli(office_dir, db_url, capsys, "retention", "hold", "list", "--as", "coord3")
    assert code == 0 and "r-b" in out and "court order" in out

    clock_file.write_text(str((T0 - datetime.now(UTC)).total_seconds() + (FIVE_YEARS + 1) * 86400))
    code, out, _ = _cli(office_dir, db_url, capsys, "retention", "run", "--dry-run", "--json")
    listed = json.loads(out)
    assert code == 0 and [i["referral_id"] for i in listed["due"]] == ["r-a"]
    assert [(i["referral_id"], i["why"]) for i in listed["kept"]] == [("r-b", "legal_hold")]
    code, out, err = _cli(office_dir, db_url, capsys, "retention", "run", "--apply", "--json", "--as", "coord3")
    applied = json.loads(out)
    assert code == 0 and applied["purged"] == listed["due"] and applied["applied"] is True
    assert "retention: 1/1 referrals purged" in err
    assert CANARY["a"] not in scan(service) and CANARY["b"] in scan(service)
    code, out, _ = _cli(office_dir, db_url, capsys, "retention", "run", "--apply")
    assert code == 0 and "0 referral(s) purged, 1 kept" in out
    assert _cli(office_dir, db_url, capsys, "retention", "run", "--apply", "--as", "ana3")[0] == 1
    assert _cli(office_dir, db_url, capsys, "retention", "hold", "release", "r-b", "--as", "coord3")[0] == 0
    assert _cli(office_dir, db_url, capsys, "retention", "hold", "release", "r-b", "--as", "coord3")[0] == 1


def test_the_posts_sealed_files_lose_the_notes(office):
    """The feed carries each referral's statuses with their notes to the post, sealed to its key: files of
    expired feed versions go at a run, and the post's next file has the statuses without the notes."""
    service, isb, _sent = office
    later = T0 + timedelta(days=FIVE_YEARS + 1)

    def sealed_texts() -> list[str]:
        found = []
        with service.store.read() as conn:
            for data in conn.execute(select(feed_files.c.data).where(feed_files.c.name.like("devices/%"))).scalars():
                try:
                    doc = open_sealed_file(bytes(data), device_id=isb.device_id, device_private_key=isb.box_key)
                except ProtocolError:
                    continue  # another post's file
                found.append(json.dumps(doc, ensure_ascii=False))
        return found

    publish.current_feed(service.store, signing_key=service.keys.feed, clock=lambda: T0)
    assert any(CANARY["a"] in t for t in sealed_texts())
    purge.run(service.store, apply=True, now=later)
    assert not any(CANARY["a"] in t for t in sealed_texts())
    publish.current_feed(service.store, signing_key=service.keys.feed, clock=lambda: later)
    newest = sealed_texts()
    assert newest and not any(CANARY["a"] in t or CANARY["b"] in t for t in newest)
    statuses = json.loads(newest[-1])["statuses"]
    assert {s["status"] for s in statuses if s["referral_id"] == "r-a"} >= {"closed", "declined"}
    assert all(s["note"] is None for s in statuses if s["referral_id"] == "r-a")


def test_serve_purges_on_its_own(office, office_dir, db_url, monkeypatch, tmp_path):
    """A real `nrm-central serve` with its clock five years on runs the purge by itself (every second here)."""
    service, _isb, _sent = office
    clock_file = tmp_path / "clock"
    clock_file.write_text(str((T0 - datetime.now(UTC)).total_seconds() + (FIVE_YEARS + 1) * 86400))
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock_file))
    with CentralProcess(office_dir, db=db_url, extra=("--retention-every", "1")) as server:
        server.wait_for_log("retention run: 2 purged")
        server.wait_for_log("retention run: 0 purged", count=1)
    assert "QZCANARYA" not in server.log() and "r-a" not in server.log()
    assert CANARY["a"] not in scan(service) and CANARY["b"] not in scan(service) and CANARY["c"] in scan(service)
    with service.store.read() as conn:
        assert {r["object_id"] for r in hubstore.audit_rows(conn) if r["action"] == "retention.purge"} == {
            "r-a", "r-b"}
