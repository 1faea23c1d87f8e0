"""Emergency referral: an officer releases it with no supervisor present; it reaches the real office (over a socket)
as an emergency, its letter is the officer's to issue, and it stays marked until another supervisor approves it."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import InvalidState, PermissionDenied, Refused, ValidationFailed
from app.services import cases, emergency, letters, referrals, sync, sync_transfer
from app.storage import outbox
from tests.e2e.postkit import central, cli, fresh_post, new_office


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path)
    yield office
    office.stop()


def test_emergency_release_reaches_the_office_marked_and_waits_for_approval(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=2)
    first, second = kit.submitted
    office.start()
    with kit.unlock("admin") as s:
        sync_transfer.enroll_online(s, server=office.url, code=office.code())
    with kit.unlock("officer") as officer:
        with pytest.raises(ValidationFailed, match="cannot wait"):
            emergency.release(officer, first, reason=" ")
        seq = emergency.release(officer, first, reason="Bleeding, night shift, no supervisor at the post.")
        assert seq is not None and first in outbox.referral_ids(officer.db)
        (mark,) = emergency.pending(officer)
        assert (mark["referral_id"], mark["approved_by"]) == (first, None)
        found = next(r for r in referrals.list_referrals(officer) if r["id"] == first)
        assert (found["status"], found["urgency"], found["approved_by"]) == ("approved", "emergency", None)
        letter = letters.issue_letter(officer, first, lang="en")  # the releasing officer may issue its letter
        assert letter.pdf_bytes.startswith(b"%PDF")
        with pytest.raises(PermissionDenied):
            letters.issue_letter(officer, second, lang="en")  # but no other referral's
        with pytest.raises(InvalidState):
            emergency.release(officer, first, reason="twice")
    with kit.unlock("admin") as s:
        assert sync.run(s).acknowledged == 1
    rc, out = central("referrals", "show", "--data-dir", str(office.dir), first, "--json")
    assert rc == 0, out
    at_office = json.loads(out)["referral"]
    assert at_office["urgency"] == "emergency"
    assert at_office["emergency_release"]["reason"] == "Bleeding, night shift, no supervisor at the post."
    assert at_office["approved_by"] is None  # the office is not told a supervisor approved it

    with kit.unlock("supervisor") as sup:
        emergency.approve(sup, first, note="Right call.")
        assert emergency.pending(sup) == []
        assert next(r for r in referrals.list_referrals(sup) if r["id"] == first)["approved_by"] == sup.user.id
        with pytest.raises(InvalidState, match="already approved"):
            emergency.approve(sup, first)


def test_consent_is_still_needed_and_a_supervisor_cannot_approve_their_own_release(post):
    from tests.caselife.conftest import make_case

    with post.unlock("officer") as officer:
        case_id, _, rid = make_case(officer, org="org-clinic")
        for consent in cases.show_case(officer, case_id)["consents"]:
            cases.withdraw_consent(officer, case_id, consent["id"], reason="She no longer wants to be referred.")
        with pytest.raises(Refused, match="no active consent"):
            emergency.release(officer, rid, reason="urgent")
        assert referrals.list_referrals(officer)[0]["status"] == "draft"
    with post.unlock("supervisor") as sup:
        _, _, rid2 = make_case(sup)
        emergency.release(sup, rid2, reason="alone at the airport desk")
        with pytest.raises(PermissionDenied, match="another supervisor"):
            emergency.approve(sup, rid2)


def test_emergency_commands(tmp_path):
    kit = fresh_post(tmp_path, referrals=1)
    (rid,) = kit.submitted
    done = cli(kit, "referral", "emergency", rid, "--reason", "no supervisor tonight", "--json", user="officer")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["emergency"] == "waiting_for_approval"
    queue = cli(kit, "referral", "emergencies", "--json", user="supervisor")
    assert [q["referral_id"] for q in json.loads(queue.stdout)] == [rid]
    denied = cli(kit, "referral", "emergency-approve", rid, user="officer")
    assert denied.returncode == 1 and "does not allow" in denied.stderr
    ok = cli(kit, "referral", "emergency-approve", rid, "--json", user="supervisor")
    assert ok.returncode == 0 and json.loads(ok.stdout)["approved_by"]
