"""Issue 16 end to end: a consent withdrawn at a real post travels through a real sync to `nrm-central serve` (SQLite
and PostgreSQL); from then on no hub page (coordinator or provider, English or Urdu) and no office command shows the
covered case data; the organisation that received the referral is told, confirms, the timeline records who and when;
the next sync shows the post how far the withdrawal reached. A replayed withdrawal bundle changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Need,
    Organisation,
    Person,
    ReferralDraft,
)
from app.services import cases, referrals, sync, sync_transfer, users, vault
from app.storage import outbox
from app.storage import referrals as referral_store
from central import enrol, withdrawals
from central.app import create_app
from central.hub import referrals as hub_referrals
from central.hub.accounts import accountstore, principal_of
from central.service import open_service
from central.tables import hub_events
from central.withdrawaltables import withdrawal_notices
from central.withdrawaltables import withdrawals as withdrawal_rows
from protocol.canonical import utcnow
from tests.central.hubweb import Clock, add_user, csrf_of, sign_in
from tests.support.servers import PASSPHRASE, CentralProcess

PASSWORD = "withdrawal-test-pass-7719"
ORG = "org-shelter"
DAY = dt.date(2026, 11, 20)
# Planted in every field of the person who withdraws: none may come back from the office after the withdrawal.
GONE = ("Qanarywithdrawn", "Zwqxwithdrawn", "قناریواپس", "ZW5551234", "canary reason 4471", "canary need 8812",
        "Kzqwithdrawplace")
KEPT = ("Controlkeptname",)  # the other person, who withdrew nothing: still shown (the check can fail)
REASON = "canary withdrawal words 9917"  # what the person said: never leaves the post


def _case(given: str, family: str, native: str, doc: str, reason: str, need: str, place: str) -> CaseInput:
    person = Person(given_name=given, family_name=family, name_native=native, sex="female", estimated_age=24,
                    nationality="AF", documents=(IdentityDocument("passport", doc),))
    consents = (Consent("referral", ORG, "written", DAY, ("identity", "needs")),
                Consent("data_sharing", None, "written", DAY, ("identity", "documents", "screening", "circumstances",
                                                               "needs")))
    return CaseInput(person, Encounter(DAY, place, "interception"), consents=consents,
                     needs=(Need("shelter", need),), referrals=(ReferralDraft(ORG, ("shelter",), "urgent", reason),))


def make_post(folder: Path) -> dict[str, str]:
    vault.create_post(folder, post_code="TKM", post_name="AHTC Torkham (test)", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as admin:
        for name in ("supervisor", "officer"):
            users.add_user(admin, username=name, role=name, password=PASSWORD)
        cases.directory_save(admin, Organisation(id=ORG, name="Roshni Shelter (test)", services=("shelter",)))
    with vault.unlock(folder, "officer", PASSWORD, sleep=lambda _s: None) as officer:
        gone, _ = cases.create_case(officer, _case(*GONE))
        kept, _ = cases.create_case(officer, _case(KEPT[0], "Person", "", "KP0000001", "needs a bed", "", "Torkham"))
        for ref in referral_store.list_referrals(officer.db, status="draft"):
            referrals.submit(officer, ref["id"])
    return {"gone": gone, "kept": kept}


def unlock(folder: Path, user: str):
    return vault.unlock(folder, user, PASSWORD, sleep=lambda _s: None)


def desk(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`nrm-desk …` as a real process."""
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NRM_DESK_")}
    env.update(NRM_DESK_PASSWORD=PASSWORD, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder), *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)


def office_cli(office_dir: Path, db_url: str | None, *args: str) -> str:
    import contextlib
    import io

    from central.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*args, "--data-dir", str(office_dir), *(["--db", db_url] if db_url else [])])
    assert code == 0, out.getvalue()
    return out.getvalue()


def visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def assert_none(text: str, secrets: tuple[str, ...], where: str) -> None:
    found = [s for s in secrets if s.lower() in text.lower()]
    assert not found, f"{where} still shows {found}"


@pytest.fixture
def server(office_dir, db_url):
    with CentralProcess(office_dir, db=db_url, grace=2) as proc:
        yield proc


def test_a_withdrawal_travels_to_the_office_and_the_provider_and_back(tmp_path, office_dir, db_url, server):
    folder = tmp_path / "post"
    ids = make_post(folder)
    svc = open_service(office_dir, passphrase=PASSPHRASE, db=db_url)
    try:
        code, _ = enrol.issue_code(svc.store, post_code="TKM", post_name="AHTC Torkham (test)", now=utcnow())
        with unlock(folder, "admin") as admin:
            sync_transfer.enroll_online(admin, server=server.url, code=code)
        with unlock(folder, "supervisor") as supervisor:
            for ref in referral_store.list_referrals(supervisor.db, status="submitted"):
                referrals.approve(supervisor, ref["id"])
            shown = cases.show_case(supervisor, ids["gone"])
            gone_ref = shown["referrals"][0]["id"]
            central_consent = next(c["id"] for c in shown["consents"] if c["recipient_id"] is None)
            kept_ref = cases.show_case(supervisor, ids["kept"])["referrals"][0]["id"]
        with unlock(folder, "admin") as admin:
            assert sync.run(admin).ok

        # the office works on both referrals: routed to the shelter, which acknowledges
        clock = Clock(utcnow().replace(microsecond=0))
        svc.clock = clock
        coord_user = add_user(svc, "coord", "coordinator")
        shelter_user = add_user(svc, "shelter.user", "provider", ORG)
        coord = principal_of(accountstore.user_by_name(svc.store, "coord"))
        shelter = principal_of(accountstore.user_by_name(svc.store, "shelter.user"))
        for rid in (gone_ref, kept_ref):
            hub_referrals.act(svc.store, coord, rid, "route", organisation_id=ORG, now=clock())
            hub_referrals.act(svc.store, shelter, rid, "acknowledge", now=clock())
        app = create_app(svc)
        with TestClient(app, raise_server_exceptions=True) as co, TestClient(app, raise_server_exceptions=True) as pr:
            assert sign_in(co, coord_user, clock).status_code == 303
            assert sign_in(pr, shelter_user, clock).status_code == 303
            before = co.get(f"/hub/referrals/{gone_ref}").text
            assert GONE[0] in before and GONE[4] in before  # the check below can fail: the data was shown

            # the person withdraws the consent to the central office, at the post (the real CLI)
            done = desk(folder, "consent", "withdraw", "--user", "officer", ids["gone"], central_consent,
                        "--reason", REASON, "--json")
            assert done.returncode == 0, done.stderr
            with unlock(folder, "admin") as admin:
                items = outbox.items(admin.db, state="pending")
                assert [i["kind"] for i in items] == ["withdrawal"]
                sealed = outbox.by_seq(admin.db, items[0]["seq"])
                assert sealed is not None
                blob = outbox.by_bundle(admin.db, sealed["bundle_id"])["envelope"]
            listed = json.loads(desk(folder, "consent", "list", "--user", "officer", ids["gone"], "--json").stdout)
            assert next(c for c in listed if c["id"] == central_consent)["withdrawal"]["reached"] == "waiting"

            with unlock(folder, "admin") as admin:
                assert sync.run(admin).ok  # the withdrawal goes, the feed comes back in the same pass

            # the office: the covered referral shows ids, times and the notice only — every page, both languages
            for browser, who in ((co, "coordinator"), (pr, "provider")):
                for lang in ("en", "ur"):
                    browser.cookies.set("hub_lang", lang)
                    page = browser.get(f"/hub/referrals/{gone_ref}")
                    assert page.status_code == 200, page.text
                    assert_none(page.text, (*GONE, REASON), f"the {who}'s referral page ({lang})")
                    assert "data-withdrawn=" in page.text
                    queue = browser.get("/hub/referrals")
                    assert_none(queue.text, (*GONE, REASON), f"the {who}'s queue ({lang})")
                    assert gone_ref in queue.text
                browser.cookies.set("hub_lang", "en")
            kept_page = co.get(f"/hub/referrals/{kept_ref}").text
            assert KEPT[0] in kept_page and "data-withdrawn=" not in kept_page  # the other person is untouched
            provider_page = pr.get(f"/hub/referrals/{gone_ref}").text
            assert "Consent withdrawn — stop processing and delete" in provider_page
            assert 'data-action="withdrawal-confirm"' in provider_page
            pr.cookies.set("hub_lang", "ur")
            urdu = pr.get(f"/hub/referrals/{gone_ref}").text
            assert "رضامندی واپس لے لی گئی — کارروائی روک دیں اور معلومات حذف کریں" in urdu
            pr.cookies.set("hub_lang", "en")
            dups = co.get("/hub/duplicates?status=open").text
            assert_none(dups, (*GONE, REASON), "the same-person page")
            # no more processing: a lifecycle action is refused
            refused = co.post(f"/hub/referrals/{gone_ref}/act", data={"csrf": csrf_of(before), "action": "close"})
            assert refused.status_code == 409

            # every office command: no covered data, the other referral still there
            outputs = {args: office_cli(office_dir, db_url, *args) for args in
                       (("referrals", "list", "--json"), ("referrals", "show", gone_ref, "--json"),
                        ("duplicates", "list", "--status", "all", "--json"), ("bundles", "list", "--json"))}
            for args, out in outputs.items():
                assert_none(out, (*GONE, REASON), " ".join(args))
            assert json.loads(outputs[("referrals", "show", gone_ref, "--json")])["withdrawn"] is not None
            assert KEPT[0] in office_cli(office_dir, db_url, "referrals", "show", kept_ref, "--json")
            # the statistical records, which name nobody, stay: both persons are still counted
            office_cli(office_dir, db_url, "export", "htcds", "--as", "coord", "--out", str(tmp_path / "h.csv"))
            csv_text = (tmp_path / "h.csv").read_text("utf-8")
            assert_none(csv_text, (*GONE, REASON, *KEPT), "the HTCDS export")
            assert len(csv_text.strip().splitlines()) == 3  # header and two records

            # the provider confirms; the timeline says who and when
            clock.move(minutes=5)
            page = pr.get(f"/hub/referrals/{gone_ref}").text
            confirmed = pr.post(f"/hub/referrals/{gone_ref}/withdrawal/confirm", data={"csrf": csrf_of(page)},
                                follow_redirects=False)
            assert confirmed.status_code == 303, confirmed.text
            again = pr.post(f"/hub/referrals/{gone_ref}/withdrawal/confirm", data={"csrf": csrf_of(page)})
            assert again.status_code == 409
            timeline = co.get(f"/hub/referrals/{gone_ref}").text
            assert "Stopped and deleted — confirmed" in timeline and "shelter.user" in timeline
            assert_none(timeline, (*GONE, REASON), "the timeline")

        # the office's store holds the reason nowhere, and a replayed withdrawal bundle changes nothing
        with svc.store.read() as conn:
            counts = (conn.execute(select(func.count()).select_from(withdrawal_rows)).scalar_one(),
                      conn.execute(select(func.count()).select_from(withdrawal_notices)).scalar_one(),
                      conn.execute(select(func.count()).select_from(hub_events)).scalar_one())
            assert withdrawals.referrals_to_purge(conn, clock()) == [gone_ref]  # every organisation confirmed
        repeat = httpx.post(server.url + "/v1/bundles", content=blob,
                            headers={"Content-Type": "application/octet-stream"}, timeout=30)
        assert repeat.status_code == 200  # the stored receipt again
        with svc.store.read() as conn:
            assert counts == (conn.execute(select(func.count()).select_from(withdrawal_rows)).scalar_one(),
                              conn.execute(select(func.count()).select_from(withdrawal_notices)).scalar_one(),
                              conn.execute(select(func.count()).select_from(hub_events)).scalar_one())
        if db_url is None:
            raw = b"".join(p.read_bytes() for p in office_dir.glob("*.db*"))
            assert REASON.encode() not in raw and GONE[4].encode() not in raw

        # back at the post: where the withdrawal reached, with the organisation's confirmation
        with unlock(folder, "admin") as admin:
            assert sync.run(admin).ok
        listed = json.loads(desk(folder, "consent", "list", "--user", "officer", ids["gone"], "--json").stdout)
        travel = next(c for c in listed if c["id"] == central_consent)["withdrawal"]
        assert travel["reached"] == "confirmed" and travel["referral_ids"] == [gone_ref]
        assert [p["organisation_id"] for p in travel["providers"]] == [ORG]
        assert travel["providers"][0]["confirmed_at"] is not None
        text = desk(folder, "consent", "list", "--user", "officer", ids["gone"]).stdout
        assert "every organisation confirmed it stopped and deleted" in text
    finally:
        svc.close()
