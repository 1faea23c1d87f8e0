"""End to end: a real post syncs to `nrm-central serve`; hub services route, acknowledge and accept; the post's
`nrm-desk sync run` brings every step (and an overdue notice) into its referral history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.services import sync_transfer
from app.storage import referrals
from central.hub import referrals as hub
from central.hub.principal import COORDINATOR, PROVIDER, Principal
from central.service import open_service
from protocol.canonical import utcnow
from tests.e2e.postkit import cli, fresh_post, new_office
from tests.support.servers import PASSPHRASE

COORD = Principal("u-coord", "coord", COORDINATOR)
SHELTER = Principal("u-shelter", "shelter", PROVIDER, "org-shelter")


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path)
    yield office
    office.stop()


def test_hub_steps_reach_the_post_history(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=2)
    office.start()
    with kit.unlock("admin") as s:
        sync_transfer.enroll_online(s, server=office.url, code=office.code())
    first, second = kit.approve(2)
    assert cli(kit, "sync", "run").returncode == 0

    service = open_service(office.dir, passphrase=PASSPHRASE)  # the hub's services, beside the running server
    try:
        queue = hub.queue(service.store, COORD)
        assert sorted(r["referral_id"] for r in queue) == sorted([first, second])
        assert {r["requested_org"] for r in queue} == {"org-shelter"}  # the post's organisation, not in the directory
        hub.act(service.store, COORD, first, "route", organisation_id="org-shelter")
        hub.act(service.store, SHELTER, first, "acknowledge")
        hub.act(service.store, SHELTER, first, "accept", note="Bed ready tonight")
        # the second was routed 30 hours ago (the clock is a parameter): an urgent acknowledgement is 6 hours late
        hub.act(service.store, COORD, second, "route", organisation_id="org-shelter",
                now=utcnow() - timedelta(hours=30))
        shown = hub.detail(service.store, SHELTER, first, keys=service.keys)
        assert shown["case"]["full_name"].startswith("Test")  # the person consented "identity" for the shelter
        assert "screening_outcome" not in shown["case"]  # ... and nothing of the screening
    finally:
        service.close()

    result = cli(kit, "sync", "run")
    assert result.returncode == 0, result.stderr
    with kit.unlock("admin") as s:
        history = referrals.history(s.db, first)
        office_steps = [(h["status"], h["note"]) for h in history if h["source"] == "office"]
        # routed names the organisation as the office knows it (here: from the post's own referral)
        assert office_steps == [("received", ""), ("routed", "Roshni Shelter (test)"), ("acknowledged", ""),
                                ("accepted", "Bed ready tonight")]
        assert referrals.get(s.db, first)["status"] == "accepted"
        late = [(h["status"], h["note"]) for h in referrals.history(s.db, second) if h["source"] == "office"]
        assert ("overdue", "acknowledge") in late and ("routed", "Roshni Shelter (test)") in late


def test_letters_print_the_office_verify_page_from_root_json(tmp_path):
    """init --public-url → root.json (pinned at enrolment) → the letter prints <url>/verify, signed, and verifies;
    the office's /verify logic then says which post issued it and that the referral is active."""
    import pymupdf as fitz

    from app.services import letters
    from central.hub import verify
    from tests.e2e.postkit import Office, central

    rc, _ = central("init", "--data-dir", str(tmp_path / "office"), "--office-name", "FIA HQ",
                    "--public-url", "https://nrm.example.gov.pk/")
    assert rc == 0
    office = Office(tmp_path / "office").start()
    try:
        kit = fresh_post(tmp_path, referrals=1)
        with kit.unlock("admin") as s:
            sync_transfer.enroll_online(s, server=office.url, code=office.code())
        (rid,) = kit.approve(1)
        assert cli(kit, "sync", "run").returncode == 0
        with kit.unlock("supervisor") as s:
            issued = letters.issue_letter(s, rid, lang="en+ur")
            assert letters.verify(s, issued.pdf_bytes).valid
        text = "".join(page.get_text() for page in fitz.open(stream=issued.pdf_bytes, filetype="pdf"))
        assert "https://nrm.example.gov.pk/verify" in text
        service = open_service(office.dir, passphrase=PASSPHRASE)
        try:
            verdict = verify.verify_pdf(service.store, issued.pdf_bytes)
        finally:
            service.close()
        assert (verdict.genuine, verdict.post_code, verdict.referral_active) == (True, "TKM", True)
    finally:
        office.stop()
    rc, _ = central("init", "--data-dir", str(tmp_path / "other"), "--office-name", "X", "--public-url", "ftp://x")
    assert rc == 1
