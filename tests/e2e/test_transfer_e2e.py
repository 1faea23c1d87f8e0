"""Transfer of a case from Torkham to Islamabad through a real office (issue 14), on SQLite and PostgreSQL.

Two real posts (SQLCipher stores), a real `nrm-central serve`: the Torkham supervisor transfers a case, the case
becomes read-only there, travels sealed to Islamabad's device, waits in Islamabad's queue, is accepted there, and
Torkham sees every state. Also: the office never holds the person's name in clear, a replayed transfer makes no
second case, a copy opened by another post or signed by a key the office does not vouch for is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.errors import InvalidState, PermissionDenied
from app.services import sync, sync_transfer, transfer
from tests.e2e.postkit import PASSWORD, central, fresh_post
from tests.support.servers import CentralProcess, init_office, pg_available, pg_schema


@dataclass
class TwoPosts:
    office_dir: Path
    proc: CentralProcess
    tkm: object
    isb: Path


def _unlock(folder: Path, user: str):
    from app.services import vault

    return vault.unlock(folder, user, PASSWORD, sleep=lambda _s: None)


def _code(office_dir: Path, post_code: str, name: str) -> str:
    rc, out = central("enroll-code", "--data-dir", str(office_dir), "--post-code", post_code, "--post-name", name)
    assert rc == 0, out
    return out.strip()


def _isb_post(folder: Path) -> Path:
    from app.services import users, vault

    vault.create_post(folder, post_code="ISB", post_name="AHTC Islamabad (test)", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD) as admin:
        for name, role in (("supervisor", "supervisor"), ("officer", "officer")):
            users.add_user(admin, username=name, role=role, password=PASSWORD)
    return folder


def _sync(folder: Path) -> None:
    """One sync; a bundle sealed while the feed was applied (a "received" answer) goes with the next one."""
    from app.domain.errors import Refused

    with _unlock(folder, "admin") as s:
        try:
            assert sync.run(s).ok
        except Refused as exc:
            assert "still waiting" in exc.message


@pytest.fixture(params=["sqlite", "postgresql"])
def posts(request, tmp_path):
    url = None
    schema = None
    if request.param == "postgresql":
        if not pg_available():
            pytest.skip("PostgreSQL not reachable")
        schema = pg_schema()
        url = schema.__enter__()
    office_dir = init_office(tmp_path / "office", db=url)
    proc = CentralProcess(office_dir, grace=2).start()
    try:
        kit = fresh_post(tmp_path, referrals=1)
        isb = _isb_post(tmp_path / "isb")
        for folder, code, name in ((kit.dir, "TKM", "AHTC Torkham (test)"), (isb, "ISB", "AHTC Islamabad (test)")):
            with _unlock(folder, "admin") as s:
                sync_transfer.enroll_online(s, server=proc.url, code=_code(office_dir, code, name))
        _sync(kit.dir)
        _sync(isb)
        _sync(kit.dir)  # both enrolled: each post's feed now lists the other
        yield TwoPosts(office_dir, proc, kit, isb)
    finally:
        proc.stop()
        if schema is not None:
            schema.__exit__(None, None, None)


def _case_ref(folder: Path) -> str:
    from app.services import cases

    with _unlock(folder, "supervisor") as s:
        return cases.list_cases(s)[0].reference


def _office_transfers(office_dir: Path) -> list[dict]:
    from central.service import db_url
    from central.store import Store
    from central.transfers import listing

    store = Store(db_url(office_dir, None))
    try:
        with store.read() as conn:
            return listing(conn)
    finally:
        store.close()


def _office_bytes(office_dir: Path) -> bytes:
    """Everything the office stores that a transfer could leave behind: bundles, copies, device files."""
    from sqlalchemy import select

    from central.service import db_url
    from central.store import Store
    from central.tables import bundles, device_files
    from central.transfertables import transfer_copies

    store = Store(db_url(office_dir, None))
    try:
        with store.read() as conn:
            out = b"".join(bytes(r[0]) for r in conn.execute(select(bundles.c.blob)))
            out += b"".join(bytes(r[0]) for r in conn.execute(select(transfer_copies.c.sealed)))
            out += b"".join(bytes(r[0]) for r in conn.execute(select(device_files.c.sealed)))
            return out
    finally:
        store.close()


def test_a_case_moves_from_torkham_to_islamabad(posts: TwoPosts):
    from app.services import cases

    tkm = posts.tkm.dir
    with _unlock(tkm, "officer") as s:
        assert [p["code"] for p in transfer.posts(s)] == ["ISB"]
    ref = _case_ref(tkm)
    with _unlock(tkm, "supervisor") as s:
        sent = transfer.request(s, ref, to_post="ISB", reason="Detainee moved to Islamabad lock-up")
        assert sent["state"] == "approved"
        case_id = cases.show_case(s, ref)["id"]
        with pytest.raises(InvalidState, match="read-only"):
            cases.add_note(s, case_id, "a note after the transfer")
        assert transfer.for_case(s, case_id)["read_only"]
        kept = transfer.sent_document(s, sent["id"])
        assert kept["case"]["cases"][0]["person"]["given_name"] == "Test0"  # the record of what was sent
    _sync(tkm)
    (row,) = _office_transfers(posts.office_dir)
    assert (row["from_post"], row["to_post"], row["state"]) == ("TKM", "ISB", "at_office")
    assert b"Test0" not in _office_bytes(posts.office_dir)  # the office relays ciphertext only

    _sync(posts.isb)  # the copy arrives in the queue; the "received" bundle is sealed
    with _unlock(posts.isb, "supervisor") as s:
        (waiting,) = transfer.listing(s, direction="in", states=("delivered",))
        assert waiting["other_post"] == "TKM" and waiting["case_reference"] == ref
    _sync(posts.isb)  # the "received" bundle goes
    _sync(tkm)
    with _unlock(tkm, "supervisor") as s:
        assert transfer.get(s, sent["id"])["state"] == "delivered"

    with _unlock(posts.isb, "officer") as s:
        with pytest.raises(PermissionDenied, match="transfer.receive"):
            transfer.accept(s, waiting["id"])
    with _unlock(posts.isb, "supervisor") as s:
        accepted = transfer.accept(s, waiting["id"])
        assert accepted["state"] == "accepted" and accepted["reference"].startswith("ISB-")
        case = cases.show_case(s, accepted["reference"])
        assert case["person"]["given_name"] == "Test0"
        assert [c["purpose"] for c in case["consents"]] == ["referral", "data_sharing"]
        with pytest.raises(InvalidState):
            transfer.accept(s, waiting["id"])  # exactly once
        assert len(cases.list_cases(s)) == 1
    _sync(posts.isb)
    _sync(tkm)
    with _unlock(tkm, "supervisor") as s:
        assert transfer.get(s, sent["id"])["state"] == "accepted"
    assert _office_transfers(posts.office_dir)[0]["state"] == "accepted"
    _sync(posts.isb)  # nothing comes back: the office deleted the copies once answered
    with _unlock(posts.isb, "supervisor") as s:
        assert len(cases.list_cases(s)) == 1


def test_refused_transfer_leaves_the_case_writable_at_the_sender(posts: TwoPosts):
    from app.services import cases

    tkm = posts.tkm.dir
    ref = _case_ref(tkm)
    with _unlock(tkm, "officer") as s:
        asked = transfer.request(s, ref, to_post="ISB", reason="Moved")
        assert asked["state"] == "requested"  # an officer's request waits for a supervisor
    with _unlock(tkm, "supervisor") as s:
        transfer.approve(s, asked["id"])
    _sync(tkm)
    _sync(posts.isb)
    with _unlock(posts.isb, "supervisor") as s:
        (waiting,) = transfer.listing(s, direction="in")
        transfer.refuse(s, waiting["id"], reason="No custody of this person here")
        assert cases.list_cases(s) == []
    _sync(posts.isb)
    _sync(tkm)
    with _unlock(tkm, "supervisor") as s:
        found = transfer.get(s, asked["id"])
        assert (found["state"], found["note"]) == ("refused", "No custody of this person here")
    rc, out = central("transfers", "list", "--data-dir", str(posts.office_dir), "--json")  # the office's view
    assert rc == 0, out
    (row,) = json.loads(out)
    assert (row["transfer_id"], row["state"], row["note"]) == (asked["id"], "refused", "No custody of this person here")
    with _unlock(tkm, "supervisor") as s:
        cases.add_note(s, cases.show_case(s, ref)["id"], "stays with us")  # writable again


def test_replayed_and_forged_copies_are_refused(posts: TwoPosts):
    """The same copy applied twice queues it once; a copy for Islamabad does not open at a third post's device;
    a copy whose sender key the office does not vouch for is refused."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.services import sealing
    from app.storage import syncstate
    from protocol.canonical import b64e
    from protocol.keys import raw_public

    tkm = posts.tkm.dir
    with _unlock(tkm, "supervisor") as s:
        sent = transfer.request(s, _case_ref(tkm), to_post="ISB", reason="Moved")
    _sync(tkm)
    from central.service import db_url
    from central.store import Store
    from central.transfers import for_device

    store = Store(db_url(posts.office_dir, None))
    try:
        isb_device = next(d["device_id"] for d in store.devices() if d["post_code"] == "ISB")
        with store.read() as conn:
            members = for_device(conn, isb_device)
    finally:
        store.close()
    (entry,) = members["transfers_in"]
    assert entry["id"] == sent["id"]
    with _unlock(posts.isb, "admin") as s:
        device = sealing.identity(s.db)
        with s.transaction() as conn:
            forged = {**entry, "sender_key": b64e(raw_public(Ed25519PrivateKey.generate()))}
            assert transfer.apply_feed(conn, {"transfers_in": [forged]}, device=device) == 0
            assert transfer.apply_feed(conn, {"transfers_in": [entry]}, device=device) == 1
            assert transfer.apply_feed(conn, {"transfers_in": [entry]}, device=device) == 0
            codes = [r["code"] for r in syncstate.refusals(conn)]
    with _unlock(posts.isb, "supervisor") as s:
        assert len(transfer.listing(s, direction="in")) == 1
    assert "transfer_invalid" in codes
    # another post's device (Torkham's own, enrolled at the same office) cannot open Islamabad's copy
    from protocol.canonical import b64d
    from protocol.transfer import TransferInvalid, open_copy

    with _unlock(tkm, "admin") as s:
        other = sealing.identity(s.db)
    for device_id in (other.device_id, device.device_id):
        with pytest.raises(TransferInvalid):
            open_copy(b64d(entry["sealed"]), transfer_id=entry["id"], from_post="TKM", to_post="ISB",
                      device_id=device_id, device_private_key=other.box_key,
                      sender_public=b64d(entry["sender_key"]))
    with pytest.raises(TransferInvalid, match="another transfer|does not open"):  # moved to another transfer id
        open_copy(b64d(entry["sealed"]), transfer_id="0" * 32, from_post="TKM", to_post="ISB",
                  device_id=device.device_id, device_private_key=device.box_key,
                  sender_public=b64d(entry["sender_key"]))


def test_office_keeps_one_transfer_for_a_replayed_send(posts: TwoPosts):
    """A second bundle naming the same transfer id (a replay by the sender) does not make a second transfer."""
    from app.services import sealing
    from app.storage import transfers as post_transfers

    tkm = posts.tkm.dir
    with _unlock(tkm, "supervisor") as s:
        sent = transfer.request(s, _case_ref(tkm), to_post="ISB", reason="Moved")
        device = sealing.identity(s.db)
        row = post_transfers.get(s.db, sent["id"])
        assert row is not None and json.loads(row["document"])["transfer_id"] == sent["id"]
        with s.transaction() as conn:  # the same send sealed again into a new bundle
            from protocol.canonical import b64e
            from protocol.keys import x25519_public
            from protocol.transfer import seal_copy, sign_transfer

            target = post_transfers.post(conn, "ISB")
            signed = sign_transfer(json.loads(row["document"]), signing_key=device.signing_key)
            copies = [{"device_id": d["device_id"], "sealed": b64e(seal_copy(
                signed, transfer_id=sent["id"], device_id=d["device_id"],
                device_public_key=x25519_public(__import__("base64").b64decode(d["box_key"]))))}
                for d in target["devices"]]
            transfer._seal(conn, device, {"kind": "transfer", "transfer": {"action": "send", "id": sent["id"],
                                                                            "to_post": "ISB", "copies": copies},
                                          "audit": []})
    _sync(tkm)
    assert len(_office_transfers(posts.office_dir)) == 1
    _sync(posts.isb)
    with _unlock(posts.isb, "supervisor") as s:
        assert len(transfer.listing(s, direction="in")) == 1
