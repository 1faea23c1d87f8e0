"""Transfer of a case to another post (issue 14) on a real SQLCipher store: commands, exit codes, role rules,
what stops a transfer, and the upgrade of a saved store through migration 012. The journey through a real office
between two posts is tests/e2e/test_transfer_e2e.py."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.domain.errors import InvalidState, ValidationFailed
from app.services import cases, transfer, vault
from app.storage import db, outbox
from app.storage import transfers as store
from protocol.keys import raw_public
from tests.caselife.conftest import make_case
from tests.conftest import PASSWORD, run_cli

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"
TKM = {"code": "TKM", "name": "AHTC Torkham", "devices": [
    {"device_id": "dev-isb", "box_key": base64.b64encode(raw_public(X25519PrivateKey.generate())).decode()}]}


def _posts(session) -> None:
    """The office's list of other posts, applied as a verified feed's device file would be."""
    with session.transaction() as conn:
        transfer.apply_feed(conn, {"posts": [TKM, {"code": 7}, {"code": "ISB", "name": "this post itself", "devices": []}]}, device=None)


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_transfer_commands_exit_codes_and_roles(post):
    d = post.dir
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
    assert _json(run_cli("transfer", "posts", "--user", "officer", "--json", data_dir=d)) == []
    none = run_cli("case", "transfer", ref, "--to", "TKM", "--reason", "moved", "--user", "officer", data_dir=d)
    assert none.returncode == 1 and "lists no post" in none.stderr
    with post.unlock("supervisor") as sup:
        _posts(sup)
    assert _json(run_cli("transfer", "posts", "--user", "officer", "--json", data_dir=d)) == [
        {"code": "TKM", "name": "AHTC Torkham"}]
    usage = run_cli("case", "transfer", ref, "--to", "TKM", "--user", "officer", data_dir=d)
    assert usage.returncode == 2  # --reason is required
    blank = run_cli("case", "transfer", ref, "--to", "TKM", "--reason", "  ", "--user", "officer", data_dir=d)
    assert blank.returncode == 1 and "Say why" in blank.stderr
    asked = _json(run_cli("case", "transfer", ref, "--to", "tkm", "--reason", "Detainee moved", "--user", "officer",
                          "--json", data_dir=d))
    assert (asked["state"], asked["other_post"], asked["requested_by"] is not None) == ("requested", "TKM", True)
    twice = run_cli("case", "transfer", ref, "--to", "TKM", "--reason", "again", "--user", "officer", data_dir=d)
    assert twice.returncode == 1 and "already under way" in twice.stderr
    role = run_cli("transfer", "approve", asked["id"][:8], "--user", "officer", data_dir=d)
    assert role.returncode == 1 and "transfer.approve" in role.stderr
    # not enrolled: the approval is refused whole, the request stays, the case stays writable
    unenrolled = run_cli("transfer", "approve", asked["id"], "--user", "supervisor", data_dir=d)
    assert unenrolled.returncode == 1 and "not enrolled" in unenrolled.stderr
    listed = _json(run_cli("transfer", "list", "--user", "supervisor", "--state", "requested", "--json", data_dir=d))
    assert [t["id"] for t in listed] == [asked["id"]]
    declined = _json(run_cli("transfer", "decline", asked["id"], "--note", "He stays for the hearing",
                             "--user", "supervisor", "--json", data_dir=d))
    assert (declined["state"], declined["note"]) == ("declined", "He stays for the hearing")
    with post.unlock("officer") as officer:
        cases.add_note(officer, cases.show_case(officer, ref)["id"], "still here")
    wrong = run_cli("transfer", "accept", asked["id"], "--user", "supervisor", data_dir=d)
    assert wrong.returncode == 1 and "only the receiving post" in wrong.stderr
    missing = run_cli("transfer", "refuse", "deadbeefdeadbeef", "--reason", "x", "--user", "supervisor", data_dir=d)
    assert missing.returncode == 1 and "There is no transfer" in missing.stderr
    assert run_cli("transfer", "list", "--user", "admin", data_dir=d).returncode == 1  # the admin reads no cases


def test_what_stops_a_transfer(post):
    with post.unlock("officer") as officer:
        _, ref, rid = make_case(officer)
        _posts(officer)
        with pytest.raises(ValidationFailed, match="lists no post"):
            transfer.request(officer, ref, to_post="ISB", reason="moved")
    from app.services import emergency, referrals

    with post.unlock("officer") as officer:
        referrals.submit(officer, rid)
        emergency.release(officer, rid, reason="no supervisor tonight")
        with pytest.raises(InvalidState, match="emergency referral"):
            transfer.request(officer, ref, to_post="TKM", reason="moved")


def test_a_read_only_case_refuses_every_change(post):
    """Once a transfer is approved the sending post's case takes no note, edit, consent, referral or closure."""
    with post.unlock("officer") as officer:
        case_id, ref, _ = make_case(officer)
    with post.unlock("supervisor") as sup, sup.transaction() as conn:
        store.insert(conn, id="a" * 32, direction="out", case_id=case_id, case_reference=ref, other_post="TKM",
                     other_post_name="AHTC Torkham", reason="moved", state="at_office")
    from app.domain.model import ReferralDraft
    from app.services import case_edit, closure, referrals

    with post.unlock("officer") as officer:
        for attempt in (lambda: cases.add_note(officer, case_id, "x"),
                        lambda: case_edit.edit_case(officer, ref, {"person.given_name": "Y"}, reason="typo"),
                        lambda: referrals.draft_referral(officer, case_id, ReferralDraft("org-clinic", ("medical_care",),
                                                                                         "routine", "x")),
                        lambda: closure.request_closure(officer, ref, outcome="transferred")):
            with pytest.raises(InvalidState, match="transferred to another post"):
                attempt()
        assert transfer.for_case(officer, case_id)["read_only"]


def test_a_saved_v5_post_upgrades_through_012(tmp_path):
    folder = tmp_path / "post"
    folder.mkdir()
    shutil.copy(SAVED / "post-v5.db", folder / "post.db")
    shutil.copy(SAVED / "post-v5.keystore.json", folder / "keystore.json")
    with vault.unlock(folder, "supervisor", PASSWORD, sleep=lambda _s: None) as sup:
        assert db.schema_version(sup.db) == db.migrations()[-1][0] >= 12
        assert sup.db.execute("SELECT reference FROM cases").fetchall() == [("OLD-2026-000001",)]
        assert transfer.listing(sup) == [] and transfer.posts(sup) == []
        with sup.transaction() as conn:  # the rebuilt outbox takes a transfer bundle (no referral)
            outbox.add(conn, seq=1, bundle_id="b" * 32, referral_id=None, envelope=b"x", blob_sha256="0" * 64,
                       audit_size=1, audit_head="0" * 64, kind="transfer")
        with pytest.raises(Exception, match="CHECK|constraint"), sup.transaction() as conn:
            outbox.add(conn, seq=2, bundle_id="c" * 32, referral_id=None, envelope=b"x", blob_sha256="0" * 64,
                       audit_size=1, audit_head="0" * 64, kind="withdrawn-by-nobody")
        with pytest.raises(Exception, match="never changes"), sup.transaction() as conn:
            conn.execute("UPDATE outbox SET envelope = ? WHERE seq = 1", (b"y",))
        assert outbox.by_seq(sup.db, 1)["kind"] == "transfer"


def test_a_purged_case_takes_its_transfer_record_with_it(post):
    """The transfer row keeps the whole document sent: the retention purge removes it with the case."""
    from app.storage import retention as retention_store

    with post.unlock("officer") as officer:
        case_id, ref, _ = make_case(officer)
    with post.unlock("supervisor") as sup, sup.transaction() as conn:
        store.insert(conn, id="e" * 32, direction="out", case_id=case_id, case_reference=ref, other_post="TKM",
                     reason="moved", state="accepted", document=json.dumps({"case": "Zarmina"}))
        counts = retention_store.purge_cases(conn, [case_id])
        assert counts["transfer"] == 1 and counts["case"] == 1
        assert conn.execute("SELECT count(*) FROM transfers").fetchone()[0] == 0
