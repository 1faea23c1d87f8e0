"""After a scripted session with planted canaries, nothing on disk, in temp files or in logs holds them."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import AMINA, PASSWORD, ROOT, run_cli

CANARIES = ["Zqxcanary", "Kwvcanary", "ٹکینری", "CNRY998877", "Jwpcanaryplace", "Vbncanarynote", "Hgfalias"]


def _doc() -> dict:
    doc = copy.deepcopy(AMINA)
    person = doc["cases"][0]["person"]
    person.update(given_name=CANARIES[0], family_name=CANARIES[1], name_native="آمنہ " + CANARIES[2],
                  aliases=[CANARIES[6]], documents=[{"type": "passport", "number": CANARIES[3]}])
    doc["cases"][0]["encounter"]["place"] = CANARIES[4]
    doc["cases"][0]["notes"] = CANARIES[5] + " travelled with two other girls."
    return doc


def _files(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file():
            yield path


def _leaks(folder: Path) -> list[str]:
    found = []
    needles = [c.encode("utf-8") for c in CANARIES] + [c.encode("utf-16-le") for c in CANARIES]
    for path in _files(folder):
        data = path.read_bytes()
        if data.startswith(b"SQLite format 3"):
            found.append(f"{path.name}: plaintext SQLite")
        found += [f"{path.name}: canary" for n in needles if n in data]
    return found


def test_no_canary_anywhere_after_a_session(post, tmp_path):
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    log = tmp_path / "session.log"
    env = {"TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    doc = tmp_path / "incoming" / "cases.json"  # the officer's own input file is not the app's to erase
    doc.parent.mkdir()
    doc.write_text(json.dumps(_doc(), ensure_ascii=False))
    steps = [
        ("--debug", "case", "import", "--user", "officer", str(doc)),
        ("--debug", "case", "list", "--user", "officer", "--search", CANARIES[0][:5]),
        ("--debug", "case", "show", "--user", "officer", "ISB-2026-000001", "--json"),
        ("--debug", "case", "list", "--user", "officer", "--search", CANARIES[3]),
        ("--debug", "referral", "list", "--user", "supervisor", "--json"),
        ("--debug", "audit", "verify", "--user", "supervisor"),
        ("--debug", "user", "remove", "--user", "admin", "--username", "supervisor2"),
        ("--debug", "case", "show", "--user", "nobody", "ISB-2026-000001"),
    ]
    with log.open("w") as fh:
        for args in steps:
            result = run_cli(*args, data_dir=post.dir, env=env)
            fh.write(result.stderr)
    shown = run_cli("case", "show", "--user", "officer", "ISB-2026-000001", "--json", data_dir=post.dir)
    assert CANARIES[0] in shown.stdout  # the data is really there, behind the key
    # A writer killed mid-transaction leaves its -wal and -shm behind: they must not leak either.
    worker = ROOT / "tests" / "reliability" / "vault_worker.py"
    proc = subprocess.Popen([sys.executable, str(worker), "write", str(post.dir), "50"], cwd=ROOT,
                            env={**os.environ, **env, "NRM_TEST_PASSWORD": PASSWORD}, stdout=subprocess.PIPE, text=True)
    for _ in range(20):
        proc.stdout.readline()
    proc.kill()
    proc.communicate()
    assert (post.dir / "post.db-wal").exists()
    problems = _leaks(post.dir) + _leaks(tmp)
    log_text = log.read_text(encoding="utf-8")
    problems += [f"log: {c}" for c in CANARIES if c in log_text]
    assert not problems, problems
    assert list(_files(post.dir))  # the scan saw the store, keystore and sidecars
