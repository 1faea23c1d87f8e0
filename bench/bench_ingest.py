"""Central ingest throughput (verify + store, bundles/s) on SQLite and PostgreSQL vs raw verify + decrypt."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402
from sqlalchemy import Engine, create_engine, event, text  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

from central.ingest import Ingestor  # noqa: E402
from central.officekeys import OfficeKeys  # noqa: E402
from central.store import Store  # noqa: E402
from protocol.audit import GENESIS, Checkpoint, make_entry  # noqa: E402
from protocol.envelope import DeviceKey, open_envelope, seal_envelope  # noqa: E402
from protocol.keys import raw_public  # noqa: E402

PG = os.environ.get("NRM_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DEVICES = 8


def make_bundles(keys: OfficeKeys, count: int) -> tuple[list[bytes], dict[str, Ed25519PrivateKey]]:
    """`count` envelopes from DEVICES devices, each with one new audit entry, realistic referral payloads."""
    devices = {uuid.uuid4().hex: Ed25519PrivateKey.generate() for _ in range(DEVICES)}
    heads = dict.fromkeys(devices, GENESIS)
    out = []
    for i in range(count):
        device_id = list(devices)[i % DEVICES]
        seq = i // DEVICES + 1
        entry = make_entry(seq=seq, at="2026-11-28T09:00:00Z", actor="supervisor-2", action="referral.approve",
                           object_id=f"ref-{i}", prev=heads[device_id])
        heads[device_id] = entry["hash"]
        payload = {"referral": {"id": str(uuid.uuid4()), "services": ["shelter", "medical", "legal_aid"],
                                "urgency": "high", "reason": "presumed victim; needs safe accommodation " * 3},
                   "case": {"ref": f"ISB-2026-{i:06d}", "age_group": "adult", "language": "ur",
                            "screening": {"dimensions": {d: "positive" for d in "ABCDEF"}}},
                   "audit": [entry]}
        out.append(seal_envelope(payload, device_id=device_id, seq=seq, signing_key=devices[device_id],
                                 recipient_public_key=keys.bundle.public_key(),
                                 audit_checkpoint=Checkpoint(seq, entry["hash"]), created_at="2026-11-28T09:00:00Z"))
    return out, devices


Measured = tuple[float, float, float | None]  # bundles/s, this process's CPU ms per bundle, PG backends' ms


def raw_rate(keys: OfficeKeys, bundles: list[bytes], devices: dict[str, Ed25519PrivateKey]) -> Measured:
    """Baseline: open_envelope (HPKE open + Ed25519 verify + hash + decompress) with an in-memory registry."""
    registry = {d: DeviceKey(raw_public(k)) for d, k in devices.items()}
    start, cpu = time.perf_counter(), time.process_time()
    for data in bundles:
        open_envelope(data, recipient_private_key=keys.bundle, device_lookup=registry.get)
    return (len(bundles) / (time.perf_counter() - start), (time.process_time() - cpu) * 1000 / len(bundles), None)


BACKENDS: set[int] = set()  # PostgreSQL server processes serving this process's connections


@event.listens_for(Engine, "connect")
def _remember_backend(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    info = getattr(dbapi_connection, "info", None)  # psycopg 3 knows its server process without a query
    if info is not None and hasattr(info, "backend_pid"):
        BACKENDS.add(int(info.backend_pid))


def backend_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of each remembered PostgreSQL backend still running (same machine)."""
    found = {}
    for pid in BACKENDS:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return found


def enrol_all(store: Store, devices: dict[str, Ed25519PrivateKey]) -> None:
    """Register the devices directly (enrolment is not what is measured)."""
    from central.tables import devices as table

    with store.write() as conn:
        for device_id, key in devices.items():
            conn.execute(table.insert().values(device_id=device_id, post_code="ISB", post_name="bench",
                                               signing_key=raw_public(key),
                                               box_key=raw_public(X25519PrivateKey.generate()),
                                               enrolled_at="2026-11-28T09:00:00Z"))


def ingest_rate(url: str, keys: OfficeKeys, bundles: list[bytes], devices, *, workers: int, processes: int = 1,
                **store_args: str) -> Measured:
    """Verify + store every bundle through the real Ingestor on a fresh store.

    workers=1: one bundle after another (one commit each). workers=8: eight posts uploading at once, each
    its own bundles in order, as the HTTP server's thread pool would run them; commits are then grouped.
    processes=P: the uploaders are shared out among P office processes on the same store, each with its own
    Store and Ingestor (as P `serve` processes behind one address would be).
    """
    if processes > 1:
        return _ingest_in_processes(url, keys, bundles, devices, workers=workers, processes=processes,
                                    **store_args)
    BACKENDS.clear()  # only the server processes of this store's connections
    store = Store(url, **store_args)
    ingestor = Ingestor(store, keys)
    try:
        enrol_all(store, devices)
        lanes = [bundles[i::workers] for i in range(workers)]  # bundle i belongs to device i % DEVICES
        server0 = backend_cpu()
        start, cpu = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda lane: [ingestor.ingest(b) for b in lane], lanes))
        rate = len(bundles) / (time.perf_counter() - start)
        client_ms = (time.process_time() - cpu) * 1000 / len(bundles)
        server1 = backend_cpu()
        server_ms = (sum(t - server0.get(pid, 0.0) for pid, t in server1.items()) * 1000 / len(bundles)
                     if server1 else None)
        assert store.count_bundles() == len(bundles)
        return rate, client_ms, server_ms
    finally:
        ingestor.close()
        store.close()


def _ingest_in_processes(url: str, keys: OfficeKeys, bundles: list[bytes], devices, *, workers: int,
                         processes: int, **store_args: str) -> Measured:
    """ingest_rate with the uploader lanes shared out among `processes` forked office processes."""
    store = Store(url, **store_args)
    try:
        enrol_all(store, devices)
    finally:
        store.close()  # no connection crosses the fork
    lanes = [bundles[i::workers] for i in range(workers)]
    context = multiprocessing.get_context("fork")  # the children inherit the keys and bundles
    ready, results = context.Barrier(processes + 1), context.Queue()

    def child(mine: list[list[bytes]]) -> None:
        BACKENDS.clear()
        own = Store(url, **store_args)
        ingestor = Ingestor(own, keys)
        try:
            ready.wait()
            server0, cpu = backend_cpu(), time.process_time()
            with ThreadPoolExecutor(max_workers=len(mine)) as pool:
                list(pool.map(lambda lane: [ingestor.ingest(b) for b in lane], mine))
            done, cpu = time.perf_counter(), time.process_time() - cpu
            server = sum(t - server0.get(pid, 0.0) for pid, t in backend_cpu().items())
            results.put((done, cpu, server))
        finally:
            ingestor.close()
            own.close()

    children = [context.Process(target=child, args=(lanes[k::processes],)) for k in range(processes)]
    for process in children:
        process.start()
    ready.wait()
    start = time.perf_counter()
    reports = [results.get() for _ in children]
    for process in children:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"an office process failed (exit code {process.exitcode})")
    store = Store(url, **store_args)
    try:
        assert store.count_bundles() == len(bundles)
    finally:
        store.close()
    rate = len(bundles) / (max(r[0] for r in reports) - start)
    return (rate, sum(r[1] for r in reports) * 1000 / len(bundles), sum(r[2] for r in reports) * 1000 / len(bundles))


def pg_url() -> str | None:
    """A fresh schema on the local PostgreSQL, or None when it is not reachable."""
    name = "nrm_bench_" + uuid.uuid4().hex[:10]
    try:
        with create_engine(PG, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
    except OperationalError:
        return None
    return f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{name}"


def drop_pg(url: str) -> None:
    """Drop the schema a pg_url() call created."""
    name = url.rsplit("%3D", 1)[1]
    with create_engine(PG, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))


def main() -> None:
    """Run `--rounds` rounds of each measurement and print medians as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--workers", default="1,8", help="comma-separated uploader counts")
    parser.add_argument("--sync", default="FULL,NORMAL", help="SQLite synchronous settings to run")
    parser.add_argument("--processes", default="1", help="comma-separated office process counts (PostgreSQL; "
                        "the uploaders are shared out among them)")
    args = parser.parse_args()
    backends, sync_modes = args.backends.split(","), args.sync.split(",")
    load_at_start = os.getloadavg()
    keys = OfficeKeys.generate()
    bundles, devices = make_bundles(keys, args.bundles)
    results: dict[str, list[Measured]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            results.setdefault("raw verify + decrypt (baseline)", []).append(raw_rate(keys, bundles, devices))
            for workers in (int(w) for w in args.workers.split(",")):
                for sync in sync_modes if "sqlite" in backends else ():
                    url = f"sqlite+pysqlite:///{tmp}/central-{r}-{sync}-{workers}.db"
                    results.setdefault(f"ingest, SQLite synchronous={sync}, {workers} uploader(s)", []).append(
                        ingest_rate(url, keys, bundles, devices, workers=workers, sqlite_synchronous=sync))
                for processes in (int(p) for p in args.processes.split(",")):
                    if processes > workers:
                        continue
                    url = pg_url() if "postgresql" in backends else None
                    if url is None:
                        continue
                    where = f", {processes} office processes" if processes > 1 else ""
                    try:
                        results.setdefault(f"ingest, PostgreSQL, {workers} uploader(s){where}", []).append(
                            ingest_rate(url, keys, bundles, devices, workers=workers, processes=processes))
                    finally:
                        drop_pg(url)
    base = statistics.median(m[0] for m in results["raw verify + decrypt (baseline)"])
    print(f"{args.bundles} bundles of {statistics.median(len(b) for b in bundles):.0f} bytes, "
          f"{DEVICES} devices, {args.rounds} rounds, medians; load average at start "
          f"{' '.join(f'{x:.1f}' for x in load_at_start)}, at end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| what | bundles/s (median) | ratio to raw | min | max | CPU ms/bundle, the office process(es) |"
          " CPU ms/bundle, PostgreSQL backends |")
    print("|---|---|---|---|---|---|---|")
    for name, measured in results.items():
        rates = [m[0] for m in measured]
        server = [m[2] for m in measured if m[2] is not None]
        print(f"| {name} | {statistics.median(rates):.0f} | {statistics.median(rates) / base:.2f} | "
              f"{min(rates):.0f} | {max(rates):.0f} | {statistics.median(m[1] for m in measured):.2f} | "
              f"{f'{statistics.median(server):.2f}' if server else '-'} |")


if __name__ == "__main__":
    main()
