"""Issue 13 end to end: two real posts sync to `nrm-central serve`; the office finds the same person across the
posts from consented names (in the other script) and, without consent, from keyed document tags only; a
coordinator confirms one pair and dismisses another (audited); the next sync shows the confirmation on both
posts' cases. The office's database never holds the names or numbers in the clear."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.domain.model import CaseInput, Consent, Encounter, IdentityDocument, Person, ReferralDraft
from app.services import cases, referrals, sync, sync_transfer, users, vault
from app.storage import referrals as referral_store
from central.hub import duplicates
from central.hub.errors import Forbidden, Refused
from central.hub.principal import ANALYST, COORDINATOR, Principal
from central.service import open_service
from tests.e2e.postkit import PASSWORD, central, new_office
from tests.support.servers import PASSPHRASE

COORD = Principal("u-coord", "coord", COORDINATOR)
DAY = dt.date(2026, 11, 20)
ORG = "org-shelter"
# (key, person, consents to the office): the same three people seen at both posts, written differently
TKM = [("zubair", Person("Zubair", "Afridi", sex="male", estimated_age=24, nationality="PK",
                         documents=(IdentityDocument("cnic", "35202-1234567-1"),)), True),
       ("hidden", Person("Palwasha", "Wazir", sex="female", estimated_age=19, nationality="AF",
                         documents=(IdentityDocument("passport", "AB1234567"),)), False),
       ("kashif", Person("Kashif", "Lodhi", sex="male", estimated_age=30, nationality="PK"), True)]
ISB = [("zubair", Person("", name_native="زبیر آفریدی", sex="male", estimated_age=25, nationality="PK"), True),
       ("hidden", Person("Palwashah", sex="female", estimated_age=20, nationality="AF",
                         documents=(IdentityDocument("passport", "ab 123 4567"),)), False),
       ("amina", Person("Amina", "Khan", sex="female", estimated_age=30, nationality="PK"), True)]
SECRETS = ["Zubair", "Afridi", "زبیر", "Palwasha", "Wazir", "35202", "3520212345671", "AB1234567", "Kashif", "Lodhi"]


def _case(person: Person, consented: bool) -> CaseInput:
    consents = [Consent("referral", ORG, "written", DAY, ("identity",))]
    if consented:
        consents.append(Consent("data_sharing", None, "written", DAY, ("identity", "documents")))
    return CaseInput(person, Encounter(DAY, "Border post", "interception"), consents=tuple(consents),
                     referrals=(ReferralDraft(ORG, ("shelter",), "urgent", "Needs a safe place."),))


def make_post(folder, code: str, people) -> dict[str, str]:
    """A post with its users, one organisation and one submitted referral per person; {key: case id}."""
    from app.domain.model import Organisation

    vault.create_post(folder, post_code=code, post_name=f"AHTC {code} (test)", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as admin:
        for name in ("supervisor", "officer"):
            users.add_user(admin, username=name, role=name, password=PASSWORD)
        cases.directory_save(admin, Organisation(id=ORG, name="Roshni Shelter (test)", services=("shelter",)))
    ids = {}
    with vault.unlock(folder, "officer", PASSWORD, sleep=lambda _s: None) as officer:
        for key, person, consented in people:
            ids[key], _ = cases.create_case(officer, _case(person, consented))
        for ref in referral_store.list_referrals(officer.db, status="draft"):
            referrals.submit(officer, ref["id"])
    return ids


def sync_pass(folder) -> None:
    with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as admin:
        sync.run(admin)


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path)
    office.start()
    yield office
    office.stop()


def test_the_same_person_at_two_posts_is_found_decided_and_shown_at_both(tmp_path, office):
    posts = {code: (tmp_path / code, people) for code, people in (("TKM", TKM), ("ISB", ISB))}
    ids = {}
    for code, (folder, people) in posts.items():
        ids[code] = make_post(folder, code, people)
        with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as admin:
            sync_transfer.enroll_online(admin, server=office.url, code=office.code(code))
        sync_pass(folder)  # the first feed brings the office's document matching key
        with vault.unlock(folder, "supervisor", PASSWORD, sleep=lambda _s: None) as supervisor:
            for ref in referral_store.list_referrals(supervisor.db, status="submitted"):
                referrals.approve(supervisor, ref["id"])
        sync_pass(folder)

    rc, out = central("duplicates", "list", "--data-dir", str(office.dir), "--json")
    assert rc == 0, out
    pairs = {frozenset((p["a_post"] + ":" + p["a_case"], p["b_post"] + ":" + p["b_case"])): p for p in json.loads(out)}
    named = frozenset((f"TKM:{ids['TKM']['zubair']}", f"ISB:{ids['ISB']['zubair']}"))
    hidden = frozenset((f"TKM:{ids['TKM']['hidden']}", f"ISB:{ids['ISB']['hidden']}"))
    assert set(pairs) == {named, hidden}  # Kashif Lodhi and Amina Khan are nobody's pair
    assert pairs[named]["matched"] == ["name", "age"]  # Latin at one post, Urdu at the other; 24 and 25 years old
    assert pairs[hidden]["matched"] == ["document"]  # no consent: only the keyed document tag could match
    assert all(p["status"] == "open" for p in pairs.values())

    raw = b"".join(path.read_bytes() for path in office.dir.glob("*.db*")).lower()  # the database and its WAL
    assert raw and not [s for s in SECRETS if s.lower().encode("utf-8") in raw]

    service = open_service(office.dir, passphrase=PASSPHRASE)
    try:
        with pytest.raises(Forbidden):
            duplicates.listing(service.store, Principal("u-an", "analyst", ANALYST))
        duplicates.decide(service.store, COORD, pairs[named]["pair_id"], "confirm")
        duplicates.decide(service.store, COORD, pairs[hidden]["pair_id"], "dismiss")
        with pytest.raises(Refused, match="already decided"):
            duplicates.decide(service.store, COORD, pairs[hidden]["pair_id"], "confirm")
        with service.store.read() as conn:
            from central import hubstore

            actions = [(e["action"], e["object_id"]) for e in hubstore.audit_rows(conn)]
        assert ("duplicate.confirm", pairs[named]["pair_id"]) in actions
        assert ("duplicate.dismiss", pairs[hidden]["pair_id"]) in actions
    finally:
        service.close()

    for code, other in (("TKM", "ISB"), ("ISB", "TKM")):
        folder = posts[code][0]
        sync_pass(folder)
        with vault.unlock(folder, "officer", PASSWORD, sleep=lambda _s: None) as officer:
            shown = cases.show_case(officer, ids[code]["zubair"])
            other_ref = cases.show_case(officer, ids[code]["hidden"])["same_person"]
        side = "a" if pairs[named]["a_post"] == other else "b"
        assert shown["same_person"] == [{"other_post": other, "other_reference": pairs[named][f"{side}_reference"],
                                         "decided_at": shown["same_person"][0]["decided_at"]}]
        assert other_ref == []  # a dismissed pair is not sent
