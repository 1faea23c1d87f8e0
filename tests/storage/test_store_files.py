"""Issue 18 items 6 and 8: a missing or empty store is never re-created; every file is 0600 from its first byte."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from app.atomic import atomic_write
from app.services import users, vault
from app.storage import db
from tests.conftest import run_cli

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_missing_or_empty_store_is_an_integrity_failure_and_never_recreated(post, state):
    store = post.dir / "post.db"
    store.unlink()
    for sidecar in ("post.db-wal", "post.db-shm"):
        (post.dir / sidecar).unlink(missing_ok=True)
    if state == "empty":
        store.touch(mode=0o600)
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir)
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert f"is {state}" in lines[0] and "restore the data folder from a backup" in lines[0]
    assert store.exists() == (state == "empty") and (not store.exists() or store.stat().st_size == 0)
    assert vault.post_exists(post.dir)  # the desktop app shows the unlock screen (and this error), not "create a post"
    again = run_cli("init", "--post-code", "ISB", "--post-name", "x", "--admin", "boss", data_dir=post.dir,
                    new_password="brand-new-pass-5531")
    assert again.returncode == 1 and "already exists" in again.stderr  # nor does init start over beside the keystore


def test_store_is_0600_after_every_rekey_whatever_the_umask(post):
    old = os.umask(0o022)
    try:
        with post.unlock("admin") as admin:
            users.remove_user(admin, username="officer")
            users.rekey(admin)
            admin.record("test.write")  # the WAL file of the rekeyed store
            for name in ("post.db", "post.db-wal", "keystore.json"):
                assert _mode(post.dir / name) == 0o600, name
    finally:
        os.umask(old)
    result = run_cli("user", "remove", "--user", "admin", "--username", "supervisor2", data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    assert _mode(post.dir / "post.db") == 0o600 and _mode(post.dir / "keystore.json") == 0o600


def test_the_rekey_copy_is_0600_before_sqlite_writes_to_it(post, monkeypatch):
    seen: list[tuple[str, int, int]] = []
    real_create = db.create_private

    def create(path):
        real_create(path)
        seen.append((Path(path).name, _mode(path), Path(path).stat().st_size))

    monkeypatch.setattr(db, "create_private", create)
    with post.unlock("admin") as admin:
        users.rekey(admin)
    assert seen == [("post.db.rekey", 0o600, 0)]
    assert _mode(post.dir / "post.db") == 0o600


def test_atomic_write_never_inherits_a_leftover_temp_files_mode(tmp_path):
    target = tmp_path / "keystore.json"
    leftover = tmp_path / f".keystore.json.{os.getpid()}.tmp"
    leftover.write_text("old")
    leftover.chmod(0o644)
    atomic_write(target, b"{}", mode=0o600)
    assert _mode(target) == 0o600 and not leftover.exists()


def test_pre_migration_copy_is_0600(tmp_path):
    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    path.chmod(0o600)
    conn = db.open_store(path, bytes(range(32)))
    db.migrate(conn, path)
    conn.close()
    assert _mode(tmp_path / "post.db.before-v2") == 0o600


def test_open_store_refuses_a_missing_file_instead_of_creating_it(tmp_path):
    with pytest.raises(db.StoreMissing):
        db.open_store(tmp_path / "post.db", bytes(32))
    assert not (tmp_path / "post.db").exists()
    conn = db.open_store(tmp_path / "post.db", bytes(32), create=True)
    conn.close()
    assert _mode(tmp_path / "post.db") == 0o600
