"""Statistical records over a real sync: in every bundle, nothing identifying, and office counts equal the post's."""

from __future__ import annotations

import datetime as dt
import json
from datetime import timedelta

import pytest

from app.services import dashboard, sync, sync_transfer
from app.storage import stats as post_stats
from protocol.canonical import canonical
from protocol.envelope import DeviceKey, open_envelope
from tests.e2e.postkit import central, fresh_post, new_office
from tests.support.servers import PASSPHRASE

# Distinctive strings given to a person who consented to nothing: none may reach the office in clear.
CANARIES = ("Qanaryfirst", "Zwqxfamily", "ZX98765432", "1987-03-17", "canary free text 7731", "Kzqplace",
            "قناریزوقس")


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path)
    office.start()
    yield office
    office.stop()


def _canary_case(kit) -> None:
    """A person with no consent to share anything, no referral, a date of birth, a document and free text."""
    from app.domain.model import CaseInput, Encounter, IdentityDocument, Need, Person
    from app.services import cases

    person = Person(given_name=CANARIES[0], family_name=CANARIES[1], name_native=CANARIES[6], sex="male",
                    date_of_birth=dt.date(1987, 3, 17), nationality="BD",
                    documents=(IdentityDocument("passport", CANARIES[2]),))
    case = CaseInput(person=person, encounter=Encounter(dt.date(2026, 11, 20), CANARIES[5], "detention"),
                     notes=CANARIES[4], needs=(Need("shelter", CANARIES[4]),),
                     classification="vulnerable_migrant")
    with kit.unlock("officer") as officer:
        cases.create_case(officer, case)


def _opened(office) -> list:
    """Every bundle the office holds, decrypted with the office key as a coordinator's view would."""
    from central.officekeys import load_keys
    from central.service import db_url
    from central.store import Store

    keys = load_keys(office.dir, passphrase=PASSPHRASE)
    store = Store(db_url(office.dir, None))
    try:
        lookup = lambda d: DeviceKey(store.device_key(d).signing_public, False)  # noqa: E731
        return [open_envelope(blob, recipient_private_key=keys.bundle, device_lookup=lookup)
                for _, blob in store.blobs()]
    finally:
        store.close()


def _office_stats(office, *args: str) -> dict:
    rc, out = central("user", "add", "--data-dir", str(office.dir), "--username", "analyst1", "--role", "analyst")
    assert rc == 0, out
    rc, out = central("stats", "--data-dir", str(office.dir), "--as", "analyst1", "--json", *args)
    assert rc == 0, out
    return json.loads(out)


def test_every_bundle_carries_records_that_name_nobody(tmp_path, office, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "analyst password 1234")
    kit = fresh_post(tmp_path, referrals=4)
    _canary_case(kit)
    with kit.unlock("admin") as s:
        sync_transfer.enroll_online(s, server=office.url, code=office.code())
    kit.approve(2)
    with kit.unlock("admin") as s:
        report = sync.run(s, stats_delay=timedelta(0))  # records no referral carried go at once
        assert report.ok
        sync.run(s, stats_delay=timedelta(0))  # nothing changed: no further stats bundle
        rows = post_stats.case_rows(s.db)

    opened = _opened(office)
    kinds = sorted("referral" if "referral" in o.payload else "stats" for o in opened)
    assert kinds == ["referral", "referral", "stats"]
    for bundle in opened:
        assert bundle.payload["stats"], "every bundle carries statistical records"
        if "referral" in bundle.payload:
            assert len(bundle.payload["stats"]) == 1  # its own case's record
        text = canonical(bundle.payload["stats"]).decode("utf-8")
        for canary in CANARIES:
            assert canary not in text
        for record in bundle.payload["stats"]:
            assert "date_of_birth" not in record and "notes" not in record and "name" not in record
    carried = {r["id"] for o in opened for r in o.payload["stats"]}
    assert len(carried) == len(rows) == 5  # every case, the unconsented one included

    db_bytes = b"".join(p.read_bytes() for p in office.dir.glob("central.db*"))
    for canary in CANARIES:  # bundles are stored encrypted; the records hold no personal data
        assert canary.encode("utf-8") not in db_bytes
    figures = _office_stats(office, "--k", "1")
    assert figures["totals"] == dashboard.totals(rows)
    assert figures["totals"] == {"screenings": 1, "persons": 5, "referrals": 2}
    assert figures["persons_by"]["nationality"] == {"AF": 4, "BD": 1}
    assert figures["persons_by"]["age_band"]["26-40"] == 1  # born 1987, met in 2026: 39
    assert figures["persons_by"]["age_band"]["18-25"] == 4  # estimated 24


def test_a_later_change_waits_for_the_delay_then_travels_once(tmp_path, office):
    from app.domain.model import CaseInput, Encounter, Person
    from app.services import cases

    kit = fresh_post(tmp_path, referrals=2)
    with kit.unlock("admin") as s:
        sync_transfer.enroll_online(s, server=office.url, code=office.code())
        assert sync.run(s, stats_delay=timedelta(0)).acknowledged == 1  # the two cases' records
    with kit.unlock("officer") as officer:
        cases.create_case(officer, CaseInput(person=Person(given_name="Later", sex="female"),
                                             encounter=Encounter(dt.date(2026, 12, 1), "Sost", "interception"),
                                             classification="inconclusive"))
    with kit.unlock("admin") as s:
        assert sync.run(s).acknowledged == 0  # the change waits (six hours by default)
        assert sync.run(s, stats_delay=timedelta(hours=1), clock=lambda: sync.utcnow() + timedelta(hours=2)
                        ).acknowledged == 1
        assert sync.run(s, stats_delay=timedelta(0)).acknowledged == 0  # nothing changed since
    stats_bundles = [o for o in _opened(office) if o.payload.get("kind") == "stats"]
    assert [len(o.payload["stats"]) for o in stats_bundles] == [2, 1]
