"""Issue 18 item 1: attacks on keystore.json through the real files and commands, each now failing safely."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.crypto.keystore import Keystore
from app.crypto.primitives import public_bytes, seal
from app.domain.errors import AuthenticationFailed, IntegrityFailure
from app.services import users, vault
from app.storage import db
from app.storage.db import WrongKeyOrDamaged
from tests.conftest import PASSWORD, run_cli

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"
OLD_USER_PASSWORD = "Torkham river 2026"  # tests/frozen/check_frozen.sh: the saved keystore's test user "old"


def _plant_recovery(post, attacker: X25519PrivateKey, *, forge_mac: bool) -> bytes:
    """What the officer of the issue does: unlock with their own password, then seal the store key to a key of
    their own as a recovery entry (forge_mac: also recompute the MAC, which the DMK lets them do)."""
    with post.unlock("officer") as s:
        dmk = s.dmk
    keystore = Keystore.load(post.dir / "keystore.json")
    keystore.set_recovery(attacker.public_key(), dmk)
    if forge_mac:
        keystore.save(dmk=dmk)
    else:
        keystore.save_attempts()  # writes the file as edited, leaving the MAC as it was
    return dmk


def _one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize("forge_mac", [False, True], ids=["file-edit", "mac-recomputed-with-dmk"])
def test_planted_recovery_key_is_refused_and_removal_never_seals_to_it(post, forge_mac):
    good_copy = (post.dir / "keystore.json").read_bytes()
    attacker = X25519PrivateKey.generate()
    old_dmk = _plant_recovery(post, attacker, forge_mac=forge_mac)

    listed = run_cli("user", "list", "--user", "admin", data_dir=post.dir)
    assert listed.returncode == 4
    assert "recovery key the store does not know" in _one_line(listed)

    removed = run_cli("user", "remove", "--user", "admin", "--username", "officer", data_dir=post.dir)
    assert removed.returncode == 4, removed.stderr
    assert "recovery key" in _one_line(removed)
    tampered = Keystore.load(post.dir / "keystore.json")
    assert tampered.generation == 0 and not tampered.has_pending_rekey()  # nothing was resealed to the planted key

    # The admin restores the keystore from a backup; the removal then goes through, and the planted key
    # (and the store key the officer learnt) open nothing any more.
    (post.dir / "keystore.json").write_bytes(good_copy)
    removed = run_cli("user", "remove", "--user", "admin", "--username", "officer", data_dir=post.dir)
    assert removed.returncode == 0, removed.stderr
    with pytest.raises(AuthenticationFailed):
        Keystore.load(post.dir / "keystore.json").recover_dmk(attacker)
    with pytest.raises(WrongKeyOrDamaged):
        db.open_store(post.dir / "post.db", tampered.recover_dmk(attacker))
    with pytest.raises(WrongKeyOrDamaged):
        db.open_store(post.dir / "post.db", old_dmk)


def test_a_key_planted_during_an_open_session_stops_the_rekey(post):
    """The GUI keeps a session open for hours: the rekey re-reads and re-checks the file before sealing."""
    attacker = X25519PrivateKey.generate()
    with post.unlock("admin") as admin:
        _plant_recovery(post, attacker, forge_mac=True)
        with pytest.raises(IntegrityFailure, match="recovery key the store does not know"):
            users.remove_user(admin, username="officer")
        dmk = admin.dmk
    keystore = Keystore.load(post.dir / "keystore.json")
    assert not keystore.has_pending_rekey() and keystore.doc["recovery"]["sealed_next"] is None
    db.open_store(post.dir / "post.db", dmk).close()  # the store was not moved to a key sealed to the attacker


def test_a_replaced_slot_key_names_the_user(post):
    attacker = X25519PrivateKey.generate()
    with post.unlock("officer") as s:
        dmk, officer_id = s.dmk, s.user.id
    path = post.dir / "keystore.json"
    keystore = Keystore.load(path)
    slot = next(x for x in keystore.doc["slots"] if x["slot_id"] == officer_id)
    slot["public_key"] = base64.b64encode(public_bytes(attacker.public_key())).decode()
    slot["sealed_dmk"] = base64.b64encode(seal(attacker.public_key(), dmk, info=keystore._info(0))).decode()
    keystore.save(dmk=dmk)
    result = run_cli("case", "list", "--user", "supervisor", data_dir=post.dir)
    assert result.returncode == 4
    assert "slot of user 'officer' holds a key the store does not know" in _one_line(result)


def test_an_added_slot_is_refused(post):
    with post.unlock("officer") as s:
        dmk = s.dmk
    path = post.dir / "keystore.json"
    keystore = Keystore.load(path)
    keystore.add_slot(slot_id="01900000-0000-7000-8000-000000000000", username="intruder", password=PASSWORD,
                      dmk=dmk)
    keystore.save(dmk=dmk)
    result = run_cli("case", "list", "--user", "intruder", data_dir=post.dir)
    assert result.returncode == 4
    assert "a slot for an account the store does not know" in _one_line(result)


@pytest.mark.parametrize("edit", ["generation", "other-slot-salt", "mac-removed", "downgraded-to-v1"])
def test_any_edit_of_the_authenticated_part_is_an_integrity_failure(post, edit):
    path = post.dir / "keystore.json"
    doc = json.loads(path.read_text())
    if edit == "generation":
        doc["generation"] += 1
    elif edit == "other-slot-salt":
        doc["slots"][0]["kdf"]["salt"] = "A" * 22 + "=="
    elif edit == "mac-removed":
        del doc["mac"]
    else:  # pretend to be a keystore from before authentication, to be adopted without a check
        doc["format"] = "nrm-desk/keystore@1"
        del doc["mac"]
    path.write_text(json.dumps(doc))
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir)  # slots[0] is the admin's
    assert result.returncode == 4, result.stderr
    line = _one_line(result)
    assert "restore keystore.json from a backup" in line or "generation" in line or "damaged" in line


def test_damaged_counter_fails_closed_and_attempts_are_counted_before_the_check(post):
    path = post.dir / "keystore.json"
    doc = json.loads(path.read_text())
    doc["attempts"] = {"count": "zero", "last_at": None}
    path.write_text(json.dumps(doc))
    waits: list[float] = []
    with pytest.raises(AuthenticationFailed):
        vault.unlock(post.dir, "officer", "wrong-password", sleep=waits.append)
    assert waits == [30.0]  # a damaged counter reads as many failures: the longest delay, never none

    doc["attempts"] = {"count": 0, "last_at": None}
    path.write_text(json.dumps(doc))

    def killed(_seconds: float) -> None:
        raise SystemExit("killed while the password is being checked")

    for _ in range(3):
        with pytest.raises(SystemExit):
            vault.unlock(post.dir, "officer", "wrong-password", sleep=killed)
    assert json.loads(path.read_text())["attempts"]["count"] == 3  # each attempt was counted before its check


def test_a_keystore_that_fails_its_mac_keeps_the_throttle(post):
    path = post.dir / "keystore.json"
    doc = json.loads(path.read_text())
    doc["mac"]["value"] = "0" * 64
    path.write_text(json.dumps(doc))
    waits: list[float] = []
    for _ in range(4):  # the right password, but the file fails its check: nothing is reset or re-authenticated
        with pytest.raises(IntegrityFailure, match="authentication code does not match"):
            vault.unlock(post.dir, "officer", PASSWORD, sleep=waits.append)
    assert waits == [0.0, 0.0, 1.0, 2.0]
    assert json.loads(path.read_text())["mac"]["value"] == "0" * 64


@pytest.mark.parametrize("damage", ["kdf-memory-text", "kdf-memory-huge", "kdf-lanes-zero", "key-not-base64",
                                    "salt-not-base64", "nested"])
def test_damaged_keystore_fields_exit_4_with_one_sentence(post, damage):
    path = post.dir / "keystore.json"
    doc = json.loads(path.read_text())
    slot = doc["slots"][-1]
    if damage == "kdf-memory-text":
        slot["kdf"]["m"] = "lots"
    elif damage == "kdf-memory-huge":
        slot["kdf"]["m"] = 10**12
    elif damage == "kdf-lanes-zero":
        slot["kdf"]["p"] = 0
    elif damage == "key-not-base64":
        slot["wrapped_key"] = "not base64 at all!"
    elif damage == "salt-not-base64":
        slot["kdf"]["salt"] = "%%%"
    else:
        doc["store_id"] = json.loads("[" * 500 + "]" * 500)
    path.write_text(json.dumps(doc))
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir)
    assert result.returncode == 4, result.stderr
    assert "keystore" in _one_line(result) and "damaged" in _one_line(result)


def test_a_keystore_of_the_previous_version_is_adopted_once(tmp_path):
    folder = tmp_path / "v1"
    folder.mkdir()
    shutil.copy(SAVED / "post-v1.db", folder / "post.db")
    shutil.copy(SAVED / "post-v1.keystore.json", folder / "keystore.json")
    with vault.unlock(folder, "old", OLD_USER_PASSWORD, sleep=lambda _s: None) as s:
        assert s.db.execute("SELECT count(*) FROM vault_keys").fetchone()[0] == len(s.keystore.public_keys())
    doc = json.loads((folder / "keystore.json").read_text())
    assert doc["format"] == "nrm-desk/keystore@2" and doc["mac"]["value"]
    with vault.unlock(folder, "old", OLD_USER_PASSWORD, sleep=lambda _s: None):
        pass  # authenticated from now on
