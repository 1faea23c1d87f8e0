"""Vault and store benchmark: unlock time, and one workload on the encrypted store vs plain SQLite.

The plain baseline runs the very same storage code on a keyless sqlcipher3 connection (the same SQLite
build, no encryption), in the same process, alternating with the encrypted runs. Figures are medians.
Run: .venv/bin/python bench/bench_store.py [--cases 10000] [--rounds 3]; `import CPU` is the process's CPU time
for the import phase, which a busy machine inflates less than the wall time.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3  # noqa: E402

from app.crypto.keystore import Keystore  # noqa: E402
from app.domain.synthetic import generate_cases, generate_directory  # noqa: E402
from app.services import cases as case_service  # noqa: E402
from app.services import vault  # noqa: E402
from app.services.session import PostPaths, Session  # noqa: E402
from app.storage import cases, db, directory, users  # noqa: E402
from app.storage.cases import CaseFilter  # noqa: E402

PASSWORD = "bench-password-8812"


def plain_connection(path: Path) -> sqlcipher3.Connection:
    """The same pragmas as db.open_store, without a key: an ordinary SQLite file."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
                   "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"):
        conn.execute(pragma).fetchall()
    return conn


def prepare(conn: sqlcipher3.Connection, path: Path) -> Session:
    db.migrate(conn, path)
    with db.transaction(conn):
        conn.execute("INSERT INTO post (id, code, name, created_at) VALUES (1, 'BEN', 'Bench', '2026-01-01')")
        user = users.insert(conn, user_id="u-bench", username="bench", role="officer")
        for org in generate_directory(random.Random(0)):  # noqa: S311 — synthetic data
            directory.upsert(conn, org)
    return Session(PostPaths(path.parent), conn, user, Keystore.create(path.parent / "ks.json"), None)


def workload(session: Session, n_cases: int) -> dict[str, float]:
    """Import n cases in chunks of 2,000, then 200 searches, 200 case views, 100 notes."""
    orgs = directory.all_organisations(session.db)
    t0, cpu0 = time.perf_counter(), time.process_time()
    source = generate_cases(n_cases, seed=1, directory=orgs)
    generating = 0.0  # CPU spent making the synthetic cases (inside the import phase, reported apart)
    while True:
        g0 = time.process_time()
        chunk = list(itertools.islice(source, 2000))
        generating += time.process_time() - g0
        if not chunk:
            break
        with session.transaction() as conn:
            case_service.store_cases(session, conn, chunk, code="BEN")
    t1, cpu1 = time.perf_counter(), time.process_time()
    rng = random.Random(2)  # noqa: S311
    names = [c.display_name.split()[0] for c in cases.list_cases(session.db, CaseFilter(), limit=500)]
    for _ in range(200):
        cases.list_cases(session.db, CaseFilter(search=rng.choice(names)[:4]), limit=50)
    ids = [r[0] for r in session.db.execute("SELECT id FROM cases ORDER BY random() LIMIT 200")]
    for case_id in ids:
        cases.get_case(session.db, case_id)
    for case_id in ids[:100]:
        with session.transaction() as conn:
            cases.add_note(conn, case_id, "Follow-up call made to the shelter.", by=session.user.id)
            session.audit(conn, "case.note", case_id)
    t2 = time.perf_counter()
    return {"import": t1 - t0, "import CPU": cpu1 - cpu0, "of which generating": generating,
            "queries": t2 - t1, "total": t2 - t0}


def one_round(n_cases: int, encrypted: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "post.db"
        conn = db.open_store(path, b"\x07" * 32, create=True) if encrypted else plain_connection(path)
        try:
            return workload(prepare(conn, path), n_cases)
        finally:
            conn.close()


def unlock_times(rounds: int) -> dict[str, list[float]]:
    """Unlock with Argon2id in its child process, alternated with Argon2id in this process (the baseline)."""
    from app.crypto import kdf_child, primitives

    in_child = kdf_child.derive
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "post"
        vault.create_post(folder, post_code="BEN", post_name="Bench", admin_username="admin",
                          admin_password=PASSWORD)
        times: dict[str, list[float]] = {"child": [], "in-process": []}
        for _ in range(rounds):
            for where, derive in (("child", in_child), ("in-process", primitives.argon2id)):
                kdf_child.derive = derive  # type: ignore[assignment]
                t0 = time.perf_counter()
                vault.unlock(folder, "admin", PASSWORD).close()
                times[where].append(time.perf_counter() - t0)
        kdf_child.derive = in_child  # type: ignore[assignment]
        return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--unlock-only", action="store_true")
    parser.add_argument("--no-unlock", action="store_true", help="skip the unlock timings (import and queries only)")
    args = parser.parse_args()
    if not args.no_unlock:
        report_unlocks()
    if args.unlock_only:
        return
    results: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _ in range(args.rounds):
        for encrypted in (False, True):  # alternate, so drift hits both alike
            results[encrypted].append(one_round(args.cases, encrypted))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print("| phase | plain SQLite (median s) | SQLCipher (median s) | ratio |")
    print("|---|---|---|---|")
    for phase in ("import", "import CPU", "of which generating", "queries", "total"):
        plain = statistics.median(r[phase] for r in results[False])
        enc = statistics.median(r[phase] for r in results[True])
        print(f"| {phase} ({args.cases:,} cases) | {plain:.2f} | {enc:.2f} | {enc / plain:.2f} |")


def report_unlocks() -> None:
    unlocks = unlock_times(7)
    child, here = (statistics.median(unlocks[k]) for k in ("child", "in-process"))
    print(f"unlock (Argon2id in its child process + open), median of 7: {child * 1000:.0f} ms; "
          f"with Argon2id in this process: {here * 1000:.0f} ms; ratio {child / here:.2f}; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
