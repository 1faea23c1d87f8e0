"""The vault: keys, slots, wrong passwords, damaged stores, removal with rekey, password change, recovery."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.domain.errors import AuthenticationFailed, IntegrityFailure
from app.services import users, vault
from app.storage import db
from app.storage.db import WrongKeyOrDamaged
from tests.conftest import AMINA, PASSWORD, run_cli

NEW = "brand-new-pass-5531"


def test_store_is_encrypted_and_keystore_holds_no_names(post):
    assert not post.dir.joinpath("post.db").read_bytes().startswith(b"SQLite format 3")
    keystore = post.dir.joinpath("keystore.json").read_text()
    for name in ("admin", "supervisor", "officer", "ISB", "Islamabad"):
        assert name not in keystore
    assert oct(post.dir.joinpath("keystore.json").stat().st_mode & 0o777) == "0o600"
    assert oct(post.dir.joinpath("post.db").stat().st_mode & 0o777) == "0o600"


def test_wrong_password_exits_3_with_one_sentence(post):
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir, password="not-the-password")
    assert result.returncode == 3
    assert result.stderr.strip() == "Wrong user name or password."
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_unknown_user_looks_like_a_wrong_password(post):
    result = run_cli("case", "list", "--user", "nobody", data_dir=post.dir)
    assert result.returncode == 3
    assert result.stderr.strip() == "Wrong user name or password."


@pytest.mark.parametrize("where", ["first-page", "middle", "last-page"])
def test_flipped_byte_in_store_exits_4(post, tmp_path, where):
    doc = tmp_path / "cases.json"
    doc.write_text(json.dumps(AMINA))
    assert run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir).returncode == 0
    path = post.dir / "post.db"
    data = bytearray(path.read_bytes())
    offset = {"first-page": 200, "middle": len(data) // 2 + 100, "last-page": len(data) - 300}[where]
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    # Pages are checked as they are read; `audit verify` reads every page.
    commands = [("audit", "verify", "--user", "supervisor")]
    if where == "first-page":
        commands.append(("case", "list", "--user", "officer"))
    for command in commands:
        result = run_cli(*command, data_dir=post.dir)
        assert result.returncode == 4, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
        assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_damaged_keystore_exits_4(post):
    ks = post.dir / "keystore.json"
    ks.write_text(ks.read_text()[:-40])
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir)
    assert result.returncode == 4
    assert result.stderr.strip() == "The keystore file is damaged and cannot be read."


def test_failed_unlocks_are_counted_audited_and_slowed(post):
    waits = []
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            vault.unlock(post.dir, "officer", "wrong-password", sleep=waits.append)
    assert waits == [0.0, 0.0, 1.0, 2.0]  # growing delay before each check
    with post.unlock("supervisor") as s:
        actions = [r[0] for r in s.db.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-5:] == ["login.failed"] * 4 + ["login"]
    with post.unlock("officer"):
        pass  # the counter was reset by the successful unlock: no delay asked for


def test_removing_a_user_rekeys_the_store(post):
    recovery = X25519PrivateKey.generate()
    with post.unlock("admin") as admin:
        vault.set_recovery(admin, recovery.public_key())
        old_dmk = admin.dmk
        users.remove_user(admin, username="officer")
        assert admin.dmk != old_dmk
    with pytest.raises(WrongKeyOrDamaged):
        db.open_store(post.dir / "post.db", old_dmk)
    with pytest.raises(AuthenticationFailed):
        post.unlock("officer")
    for name in ("admin", "supervisor", "supervisor2"):
        with post.unlock(name) as s:
            assert s.user.username == name
    dmk = vault.recover(post.dir, recovery)
    db.open_store(post.dir / "post.db", dmk).close()


def test_password_change_does_not_rewrite_the_store(post):
    with post.unlock("officer") as s:
        dmk_before = s.dmk
    before = (post.dir / "post.db").read_bytes()
    result = run_cli("user", "passwd", "--user", "officer", data_dir=post.dir, new_password=NEW)
    assert result.returncode == 0, result.stderr
    after = (post.dir / "post.db").read_bytes()
    assert before[:16] == after[:16]  # same SQLCipher salt: not re-encrypted
    pages = [i for i in range(0, min(len(before), len(after)), 4096) if before[i:i + 4096] != after[i:i + 4096]]
    assert len(pages) <= 4, "only the pages of the new audit entries may change"
    db.open_store(post.dir / "post.db", dmk_before).close()  # the same key still opens it
    assert run_cli("case", "list", "--user", "officer", data_dir=post.dir).returncode == 3
    assert run_cli("case", "list", "--user", "officer", data_dir=post.dir, password=NEW).returncode == 0


def test_weak_slot_parameters_are_upgraded_at_unlock(post):
    ks_path = post.dir / "keystore.json"
    with post.unlock("officer") as s:
        slot = next(x for x in s.keystore.doc["slots"] if x["slot_id"] == s.user.id)
        # Re-wrap the slot under weaker parameters, as an older version would have written it.
        from app.crypto import primitives

        weak = primitives.KdfParams(8 * 1024, 1, 1, b"0123456789abcdef")
        old = (primitives.DEFAULT_MEMORY_KIB, primitives.DEFAULT_ITERATIONS)
        primitives.DEFAULT_MEMORY_KIB, primitives.DEFAULT_ITERATIONS = weak.memory_kib, weak.iterations
        try:
            s.keystore.change_password(s.user.id, s.slot_private, PASSWORD)
        finally:
            primitives.DEFAULT_MEMORY_KIB, primitives.DEFAULT_ITERATIONS = old
        s.keystore.save(dmk=s.dmk)
        assert slot["kdf"]["m"] == 8 * 1024
    with post.unlock("officer"):
        pass
    upgraded = next(x for x in json.loads(ks_path.read_text())["slots"] if x["kdf"]["m"] != 8 * 1024)
    assert upgraded["kdf"]["m"] >= 64 * 1024 and upgraded["kdf"]["t"] >= 3
    assert all(x["kdf"]["m"] >= 64 * 1024 for x in json.loads(ks_path.read_text())["slots"])


def test_store_newer_than_the_code_is_refused(post):
    with post.unlock("admin") as s:
        s.db.execute("PRAGMA user_version = 999")
    with pytest.raises(Exception, match="newer NRM Desk"):
        post.unlock("admin")


def test_init_refuses_weak_password_and_existing_post(tmp_path, post):
    weak = run_cli("init", "--post-code", "LHR", "--post-name", "Lahore", "--admin", "boss",
                   data_dir=tmp_path / "new", password=None, new_password="short")
    assert weak.returncode == 1 and "too weak" in weak.stderr
    assert not (tmp_path / "new" / "keystore.json").exists()
    again = run_cli("init", "--post-code", "ISB", "--post-name", "x", "--admin", "boss", data_dir=post.dir,
                    new_password=NEW)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_integrity_failure_is_the_damaged_store_error():
    assert issubclass(WrongKeyOrDamaged, IntegrityFailure) and WrongKeyOrDamaged.exit_code == 4
