"""Drain 1,000 pending bundles to a local office (one sync pass) vs raw HTTP POST of the same bytes.

    .venv/bin/python bench/bench_sync.py [--bundles 1000] [--rounds 3] [--write]

Both sides talk to `nrm-central serve` on 127.0.0.1 (SQLite, its default) started from copies of the same office
data directory, so the office does identical work (verify, decrypt, store, sign a receipt). The baseline is a
bare httpx loop POSTing each envelope in sequence order; the sync pass adds the probe, receipt verification
against the pinned key and the stored bytes, one SQLCipher transaction per receipt, and the feed.
--write replaces only the "## Sync" section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-sync-pass-2219"


def build_post(folder: Path, office_url: str, code: str, count: int) -> None:
    """A post with `count` approved referrals sealed in its outbox (cases stored in one transaction)."""
    from app.domain.model import Organisation
    from app.services import cases, referrals, sync_transfer, users, vault
    from app.storage import referrals as referral_store
    from tests.e2e.postkit import _case

    vault.create_post(folder, post_code="TKM", post_name="Bench post", admin_username="admin", admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD) as admin:
        for name in ("supervisor", "officer"):
            users.add_user(admin, username=name, role=name, password=PASSWORD)
        cases.directory_save(admin, Organisation(id="org-shelter", name="Shelter", services=("shelter",)))
        sync_transfer.enroll_online(admin, server=office_url, code=code)
    with vault.unlock(folder, "officer", PASSWORD) as officer, officer.transaction() as conn:
        for i in range(count):
            case_id, _ = cases.store_case(officer, conn, _case(i, "org-shelter"), code="TKM")
            officer.audit(conn, "case.create", case_id)
    with vault.unlock(folder, "officer", PASSWORD) as officer:
        drafts = referral_store.list_referrals(officer.db, status="draft")
        for ref in drafts:
            referrals.submit(officer, ref["id"])
    with vault.unlock(folder, "supervisor", PASSWORD) as supervisor:
        for ref in drafts:
            referrals.approve(supervisor, ref["id"])


def envelopes(folder: Path) -> list[bytes]:
    from app.services import vault
    from app.storage import outbox

    with vault.unlock(folder, "admin", PASSWORD) as admin:
        return [r["envelope"] for r in outbox.items(admin.db, state="pending", with_bytes=True)]


def time_drain(post: Path, office_dir: Path) -> tuple[float, int]:
    from app.services import sync, vault
    from tests.support.servers import CentralProcess

    with CentralProcess(office_dir, grace=2, log_level="warning") as proc, \
            vault.unlock(post, "admin", PASSWORD) as admin:
        sync.set_server(admin, proc.url)
        start = time.perf_counter()
        report = sync.run(admin)
        elapsed = time.perf_counter() - start
    return elapsed, report.acknowledged


def time_raw(blobs: list[bytes], office_dir: Path) -> float:
    import httpx

    from tests.support.servers import CentralProcess

    with CentralProcess(office_dir, grace=2, log_level="warning") as proc, httpx.Client(base_url=proc.url) as http:
        start = time.perf_counter()
        for blob in blobs:
            answer = http.post("/v1/bundles", content=blob, headers={"Content-Type": "application/octet-stream"})
            assert answer.status_code == 201, answer.text
        return time.perf_counter() - start


def prepare(work: Path, count: int) -> tuple[Path, Path]:
    """Office + enrolled post with `count` pending bundles; the office copy is taken before any upload."""
    from tests.e2e.postkit import new_office

    office = new_office(work)
    office.start()
    try:
        build_post(work / "post", office.url, office.code(), count)
    finally:
        office.stop()
    for log in office.dir.glob("serve-*.log"):
        log.unlink()
    return work / "post", office.dir


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="update the Sync section of docs/performance.md")
    args = parser.parse_args()
    os.environ.setdefault("NRM_CENTRAL_PASSPHRASE", "test passphrase, not secret")
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    print(f"preparing a post with {args.bundles} approved referrals ...", flush=True)
    post, office = prepare(work, args.bundles)
    blobs = envelopes(post)
    drains, raws = [], []
    for n in range(args.rounds):
        run_post, run_office, raw_office = work / f"p{n}", work / f"o{n}", work / f"r{n}"
        shutil.copytree(post, run_post)
        shutil.copytree(office, run_office)
        shutil.copytree(office, raw_office)
        if n % 2:  # alternate the order: the machine's load drifts
            raws.append(time_raw(blobs, raw_office))
        elapsed, acked = time_drain(run_post, run_office)
        assert acked == args.bundles, acked
        drains.append(elapsed)
        if not n % 2:
            raws.append(time_raw(blobs, raw_office))
        print(f"round {n + 1}: drain {elapsed:.2f} s, raw POST {raws[-1]:.2f} s", flush=True)
    drain, raw = statistics.median(drains), statistics.median(raws)
    ratios = sorted(d / r for d, r in zip(drains, raws, strict=True))
    text = section(args.bundles, drain, raw, sum(map(len, blobs)) // len(blobs), args.rounds, ratios)
    print(text)
    if args.write:
        write_section(ROOT / "docs" / "performance.md", text)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def section(count: int, drain: float, raw: float, size: int, rounds: int, ratios: list[float]) -> str:
    ratio = statistics.median(ratios)
    return "\n".join([
        "## Sync",
        "",
        f"`bench/bench_sync.py` — drain {count:,} pending bundles (≈{size:,} bytes each) to `nrm-central serve` on",
        "127.0.0.1 (SQLite) in one `sync run` pass, against a bare httpx loop POSTing the same bytes to a copy of",
        f"the same office. Medians of {rounds} rounds (order alternated); {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. The machine was shared and loaded, so the",
        "figures are noisy; the ratio is the median of the per-round ratios.",
        "",
        "| what | median | per bundle | ratio |",
        "| --- | --- | --- | --- |",
        f"| sync pass: probe, upload, verify receipt, store it, feed | {drain:.2f} s | {drain / count * 1000:.1f} ms "
        f"| {ratio:.2f} × |",
        f"| raw HTTP POST of the same bytes (baseline) | {raw:.2f} s | {raw / count * 1000:.1f} ms | 1.00 × |",
        "",
        f"Per-round ratios ranged from {ratios[0]:.2f} to {ratios[-1]:.2f}. A cProfile of one pass (150 bundles) puts",
        "the post's own work at about 1 ms per bundle (receipt verified against the pinned key and the stored",
        "bytes, stored 32 per SQLCipher transaction with synchronous=FULL, referral moved to *sent*); the rest of",
        "the gap is the office's answer time, which varied by more than 2× between rounds on this loaded machine.",
        "",
        "Run: `.venv/bin/python bench/bench_sync.py --bundles 1000 --rounds 5 --write`.",
        "",
    ])


def write_section(path: Path, text: str) -> None:
    """Replace the "## Sync" section (up to the next "## " heading) and nothing else."""
    lines = path.read_text("utf-8").split("\n")
    start = lines.index("## Sync")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    path.write_text("\n".join(lines[:start] + text.rstrip("\n").split("\n") + [""] + lines[end:]), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
